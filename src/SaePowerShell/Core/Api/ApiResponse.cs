using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>A successful answer: SAE's envelope with its <c>Data</c>; ClientRequestId is the signature nonce of the attempt that got it.</summary>
internal sealed record ApiResponse(int HttpStatus, JObject Body, string ClientRequestId)
{
    public JToken? Data => JsonRead.Child(Body, "Data");

    public string? RequestId => JsonRead.String(Body, "RequestId");

    public string? TraceId => JsonRead.String(Body, "TraceId");
}
