namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// An answer built in full before a byte is sent, so the request can be logged first (a client that reads the log
/// right after its answer always finds its request there) and so a fault can cut or drop it.
/// </summary>
internal sealed record PreparedAnswer(int Status, string? ContentType, byte[] Body, string? RequestId)
{
    private const string HtmlBadGateway = "<html><body><h1>502 Bad Gateway</h1></body></html>";

    /// <summary>A status with no body, as a proxy or load balancer answers by itself (no x-acs-request-id either).</summary>
    public static PreparedAnswer Bare(int status) => new(status, null, [], null);

    /// <summary>The page a load balancer shows when SAE behind it does not answer.</summary>
    public static PreparedAnswer BadGatewayPage() =>
        new(StatusCodes.Status502BadGateway, "text/html", System.Text.Encoding.ASCII.GetBytes(HtmlBadGateway), null);

    /// <summary>Sends the answer, or only its first <paramref name="bodyLength"/> bytes as a complete (short) body.</summary>
    public async Task SendAsync(HttpContext context, int? bodyLength = null)
    {
        int length = Math.Min(bodyLength ?? Body.Length, Body.Length);
        context.Response.StatusCode = Status;
        if (ContentType is not null)
        {
            context.Response.ContentType = ContentType;
        }

        if (RequestId is not null)
        {
            context.Response.Headers["x-acs-request-id"] = RequestId;
        }

        context.Response.ContentLength = length;
        await context.Response.Body.WriteAsync(Body.AsMemory(0, length), context.RequestAborted);
    }
}
