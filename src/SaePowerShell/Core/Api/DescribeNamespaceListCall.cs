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

                // What SAE may leave out: the region (its id names it), the short id under its other spelling, Custom (a custom namespace's id has a colon).
                SaeNamespace ns = SaeNamespace.Read(item);
                namespaces.Add(ns with
                {
                    RegionId = ns.RegionId.Length > 0 ? ns.RegionId : RegionIds.FromNamespaceId(id) ?? location.RegionId ?? string.Empty,
                    NamespaceShortId = ns.NamespaceShortId ?? JsonRead.NonEmptyString(item, "NamespaceShortId"),
                    Custom = JsonRead.Bool(item, "Custom") ?? id.IndexOf(':') >= 0,
                });
            }
        }

        return namespaces;
    }
}
