using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Catalog;

namespace SaePowerShell.Core.Endpoints;

/// <summary>
/// Whether a -RegionId is one SAE serves. A mistyped region (cn-hangzou) would otherwise answer an empty listing, or
/// fail to resolve, and look like "no applications"; it is refused, with the regions there are.
/// </summary>
internal static class RegionCheck
{
    /// <summary>Regions with a public endpoint need no question; any other is asked about (DescribeRegions, cached).</summary>
    public static bool NeedsAsking(string regionId) => !RegionIds.Known.Contains(regionId, StringComparer.Ordinal);

    /// <summary>Null when SAE serves the region; otherwise why the command refuses it, with the closest one it does serve.</summary>
    public static string? Refusal(string regionId, IReadOnlyCollection<string> served)
    {
        if (served.Count == 0 || served.Contains(regionId, StringComparer.Ordinal))
        {
            return null;
        }

        IReadOnlyList<string> closest = ApiCatalog.Closest(regionId, served, 1);
        return "SAE does not serve a region '" + regionId + "'" + (closest.Count > 0 ? "; did you mean " + closest[0] + "?" : ".")
            + " Its regions are: " + string.Join(", ", served.OrderBy(r => r, StringComparer.Ordinal)) + " (Get-SaeRegion).";
    }
}
