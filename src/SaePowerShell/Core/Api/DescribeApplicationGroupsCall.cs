using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>DescribeApplicationGroups: an application's instance groups, whose ids DescribeApplicationInstances requires.</summary>
internal static class DescribeApplicationGroupsCall
{
    public static ApiRequest Request(ServiceLocation location, string appId, string? namespaceId) =>
        SaeRequests.DescribeApplicationGroups(location, namespaceId, appId: appId);

    /// <summary>The group ids, in SAE's order. Data is an array; the paging parameters exist but the answer carries no total.</summary>
    public static IReadOnlyList<string> Parse(ApiResponse response)
    {
        var groups = new List<string>();
        if (response.Data is JArray items)
        {
            foreach (JToken item in items)
            {
                if (JsonRead.String(item, "GroupId") is string id && id.Length > 0 && !groups.Contains(id))
                {
                    groups.Add(id);
                }
            }
        }

        return groups;
    }
}
