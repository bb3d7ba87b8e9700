using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>DescribeNamespaceList: the namespaces of a region (not paged).</summary>
internal static class DescribeNamespaceListCall
{
    /// <summary>ContainCustom=true: without it SAE lists only the region's default namespace.</summary>
    public static ApiRequest Request(ServiceLocation location) => SaeRequests.DescribeNamespaceList(location, null, containCustom: true);

    public static IReadOnlyList<SaeNamespace> Parse(ApiResponse response, ServiceLocation location)
    {
        var namespaces = new List<SaeNamespace>();
        if (response.Data is JArray array)
        {
            foreach (JToken item in array)
            {
                string? id = JsonRead.String(item, "NamespaceId");
                if (id is null)
                {
                    continue;
                }

                namespaces.Add(new SaeNamespace
                {
                    NamespaceId = id,
                    NamespaceName = JsonRead.String(item, "NamespaceName"),
                    RegionId = JsonRead.String(item, "RegionId") ?? RegionIds.FromNamespaceId(id) ?? location.RegionId ?? string.Empty,
                    NamespaceShortId = JsonRead.String(item, "NameSpaceShortId") ?? JsonRead.String(item, "NamespaceShortId"),
                    Custom = JsonRead.Bool(item, "Custom") ?? id.IndexOf(':') >= 0,
                    VpcId = JsonRead.String(item, "VpcId"),
                    VSwitchId = JsonRead.String(item, "VSwitchId"),
                    SecurityGroupId = JsonRead.String(item, "SecurityGroupId"),
                });
            }
        }

        return namespaces;
    }
}
