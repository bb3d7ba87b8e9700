using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>DescribeRegions: the regions SAE serves, answered at the top level (Regions.Region[]), without Data.</summary>
internal static class DescribeRegionsCall
{
    public static ApiRequest Request(ServiceLocation location) => SaeRequests.DescribeRegions(location, null);

    public static IReadOnlyList<SaeRegion> Parse(ApiResponse response)
    {
        var regions = new List<SaeRegion>();
        if (JsonRead.Child(JsonRead.Child(response.Body, "Regions"), "Region") is JArray items)
        {
            foreach (JToken item in items)
            {
                if (JsonRead.String(item, "RegionId") is string id && id.Length > 0)
                {
                    JToken? zones = JsonRead.Child(JsonRead.Child(item, "RecommendZones"), "RecommendZone");
                    regions.Add(new SaeRegion
                    {
                        RegionId = id,
                        LocalName = JsonRead.String(item, "LocalName"),
                        RegionEndpoint = JsonRead.String(item, "RegionEndpoint"),
                        RecommendZones = zones is JArray list ? list.Select(z => z.ToString()).ToArray() : new string[0],
                    });
                }
            }
        }

        return regions;
    }
}
