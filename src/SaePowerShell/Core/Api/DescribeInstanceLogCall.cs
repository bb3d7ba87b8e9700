using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>DescribeInstanceLog: an instance's log as one text (Data is a string), or its log from before its last restart.</summary>
internal static class DescribeInstanceLogCall
{
    /// <summary>The SDK types Previous as a string; SAE reads "true" and "false".</summary>
    public static ApiRequest Request(ServiceLocation location, string instanceId, string? namespaceId, string? containerId, bool previous) =>
        SaeRequests.DescribeInstanceLog(location, namespaceId, instanceId: instanceId, containerId: containerId, previous: previous ? "true" : null);

    public static string Parse(ApiResponse response) =>
        response.Data is JValue value && value.Type == JTokenType.String ? (string)value! : response.Data?.ToString() ?? string.Empty;
}
