using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>A successful answer: SAE's envelope with its <c>Data</c>.</summary>
internal sealed class ApiResponse
{
    public ApiResponse(int httpStatus, JObject body, string clientRequestId)
    {
        HttpStatus = httpStatus;
        Body = body;
        ClientRequestId = clientRequestId;
    }

    /// <summary>The signature nonce of the attempt that got this answer.</summary>
    public string ClientRequestId { get; }

    public int HttpStatus { get; }

    public JObject Body { get; }

    public JToken? Data => JsonRead.Child(Body, "Data");

    public string? RequestId => JsonRead.String(Body, "RequestId");

    public string? TraceId => JsonRead.String(Body, "TraceId");
}
