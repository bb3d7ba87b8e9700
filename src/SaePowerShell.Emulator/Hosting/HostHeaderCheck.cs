using System.Globalization;
using System.Net;

namespace SaePowerShell.Emulator.Hosting;

/// <summary>
/// The first thing every request meets: its Host must name this machine's loopback (<c>127.x.x.x</c>,
/// <c>localhost</c> or <c>[::1]</c>) together with the port the request arrived on. A web page can point a name it
/// controls at 127.0.0.1 (DNS rebinding) and then read the emulator's answers as same-origin, STS credentials
/// included; the browser still sends that name as Host, so refusing any other Host closes the hole. A Host without a
/// port is refused too: the emulator never listens on a default port, so such a Host did not come from a URL naming it.
/// </summary>
internal static class HostHeaderCheck
{
    public const string ErrorCode = "InvalidHost";

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        string host = context.Request.Headers.Host.ToString();
        if (IsAllowed(host, context.Connection.LocalPort))
        {
            await next(context);
            return;
        }

        // Before any other processing: nothing is read, logged or changed for such a request. Code and Message as the
        // gateway's own errors spell them, since SAE and STS clients meet this answer as much as admin scripts do.
        string port = context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture);
        await Results.Json(
            new
            {
                Code = ErrorCode,
                Message = $"The SAE emulator only answers Host 127.0.0.1:{port}, localhost:{port} or [::1]:{port} (a loopback name and its own port), not '{host}'.",
            },
            EmulatorJson.Sae,
            statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
    }

    /// <summary>True for a loopback name followed by <c>:</c><paramref name="port"/>, exactly.</summary>
    public static bool IsAllowed(string host, int port)
    {
        int colon = host.LastIndexOf(':');
        if (colon <= 0 || host.EndsWith(']'))
        {
            return false;
        }

        string portText = host[(colon + 1)..];
        if (portText.Length is 0 or > 5 || !portText.All(char.IsAsciiDigit)
            || int.Parse(portText, NumberStyles.None, CultureInfo.InvariantCulture) != port)
        {
            return false;
        }

        string name = host[..colon];
        if (name.StartsWith('[') && name.EndsWith(']'))
        {
            return IPAddress.TryParse(name[1..^1], out IPAddress? v6) && v6.Equals(IPAddress.IPv6Loopback);
        }

        return string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase) || IsLoopbackDottedQuad(name);
    }

    /// <summary>
    /// Four decimal parts, the first 127. Stricter than IPAddress.TryParse, which also takes "127.1" or "2130706433":
    /// no browser URL needs those, and a Host the check has to think about is a Host it should refuse.
    /// </summary>
    private static bool IsLoopbackDottedQuad(string name)
    {
        string[] parts = name.Split('.');
        return parts.Length == 4
            && parts.All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, CultureInfo.InvariantCulture) <= 255)
            && parts[0] == "127";
    }
}
