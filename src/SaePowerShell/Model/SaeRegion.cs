using System.Collections.Generic;

namespace SaePowerShell;

/// <summary>A region SAE serves, as DescribeRegions describes it.</summary>
public sealed record SaeRegion
{
    /// <summary>The region id, such as cn-hangzhou.</summary>
    public string RegionId { get; init; } = string.Empty;

    /// <summary>The region's name as the console shows it.</summary>
    public string? LocalName { get; init; }

    /// <summary>The host SAE answers on in that region.</summary>
    public string? RegionEndpoint { get; init; }

    /// <summary>The zones SAE recommends in the region.</summary>
    public IReadOnlyList<string> RecommendZones { get; init; } = new string[0];

    /// <inheritdoc />
    public override string ToString() => RegionId;
}
