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

    /// <summary>Regions.Region[]; an item without a RegionId is no region.</summary>
    public static IReadOnlyList<SaeRegion> Parse(ApiResponse response) =>
        (JsonRead.Child(JsonRead.Child(response.Body, "Regions"), "Region") as JArray ?? new JArray())
            .Select(SaeRegion.Read).Where(region => region.RegionId.Length > 0).ToList();
}
