using Microsoft.Net.Http.Headers;
using SaePowerShell.Emulator.Credentials;

namespace SaePowerShell.Emulator.Admin;

/// <summary>
/// Anything under <c>/_emulator</c> that is not GET or HEAD changes the emulator (reset, seed, faults, the log, a
/// metadata token), and a web page on any site can make the browser send a "simple" cross-site request to 127.0.0.1:
/// a POST with <c>Content-Type: text/plain</c>, say, needs no CORS preflight, and the browser delivers it even though
/// the page cannot read the answer. Such requests are refused unless they carry something only a preflighted request
/// can: the <see cref="HeaderName"/> header, the metadata token's TTL header (IMDSv2's own custom header), or
/// <c>Content-Type: application/json</c>. A preflight itself (OPTIONS) gets the same 403 and no CORS headers, so the
/// browser never sends the real request.
/// </summary>
internal static class CrossSiteRequestCheck
{
    public const string HeaderName = "X-Sae-Emulator";
    public const string ErrorCode = "CrossSiteRequestRefused";

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        HttpRequest request = context.Request;

        // Routing matches paths case-insensitively, so /_EMULATOR/reset is the reset endpoint as well.
        if (!request.Path.StartsWithSegments(AdminEndpoints.Prefix, StringComparison.OrdinalIgnoreCase)
            || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || IsPreflighted(request))
        {
            await next(context);
            return;
        }

        await Results.Json(
            new
            {
                code = ErrorCode,
                message = $"{request.Method} {request.Path} changes the emulator, so it needs the header '{HeaderName}: 1' or 'Content-Type: application/json' (which a browser cannot send cross-site without a CORS preflight).",
            },
            EmulatorJson.Admin,
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }

    private static bool IsPreflighted(HttpRequest request) =>
        !string.IsNullOrEmpty(request.Headers[HeaderName])
        || request.Headers.ContainsKey(CredentialEndpoints.TokenTtlHeader)
        || (MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? type)
            && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
}
