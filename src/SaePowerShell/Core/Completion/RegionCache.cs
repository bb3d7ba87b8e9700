using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Completion;

/// <summary>
/// The regions SAE says it serves (DescribeRegions), kept for an hour per endpoint host: regions change rarely, and a
/// call saved is a call under the quota. Get-SaeRegion fills it; the -RegionId completer and the check of an unknown
/// -RegionId read it.
/// </summary>
internal static class RegionCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);
    private static readonly ConcurrentDictionary<string, Entry> Entries = new ConcurrentDictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);

    /// <summary>What SAE answered last, from any endpoint, fresh or not: for completion, which makes no call.</summary>
    public static IEnumerable<string> AnyKnown()
    {
        foreach (Entry entry in Entries.Values)
        {
            foreach (SaeRegion region in entry.Regions)
            {
                yield return region.RegionId;
            }
        }
    }

    public static void Remember(ServiceLocation location, IReadOnlyList<SaeRegion> regions) => Entries[Key(location)] = new Entry(regions, Time.SystemClock.Instance.UtcNow);

    /// <summary>The regions the endpoint serves: from the cache when fresh, else asked (and remembered).</summary>
    public static async Task<IReadOnlyList<SaeRegion>> GetAsync(SaeClient client, ServiceLocation location, CancellationToken cancellationToken)
    {
        if (Entries.TryGetValue(Key(location), out Entry? cached) && Time.SystemClock.Instance.UtcNow - cached.Fetched < MaxAge)
        {
            return cached.Regions;
        }

        ApiResponse response = await client.SendAsync(DescribeRegionsCall.Request(location), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SaeRegion> regions = DescribeRegionsCall.Parse(response);
        Remember(location, regions);
        return regions;
    }

    /// <summary>For tests: forget every answer.</summary>
    internal static void Clear() => Entries.Clear();

    /// <summary>Every regional endpoint of the public service answers the same list; an endpoint given by hand is its own.</summary>
    private static string Key(ServiceLocation location) =>
        location.EndpointSource == ServiceLocator.PublicEndpointSource ? "public" : location.Endpoint.GetLeftPart(UriPartial.Authority);

    private sealed record Entry(IReadOnlyList<SaeRegion> Regions, DateTimeOffset Fetched);
}
