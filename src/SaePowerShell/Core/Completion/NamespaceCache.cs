using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Completion;

/// <summary>
/// Namespace ids for tab completion, fetched with DescribeNamespaceList and kept for a minute per endpoint, region
/// and AccessKey. Completion must never fail or hang: any problem (offline, no credentials) yields nothing.
/// </summary>
internal static class NamespaceCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(3);
    private static readonly ConcurrentDictionary<string, Entry> Entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);

    public static IReadOnlyList<string> Get(ServiceLocation location, Func<Context.CommandContext> makeContext)
    {
        Context.CommandContext context;
        try
        {
            context = makeContext();
        }
        catch (Exception)
        {
            return Array.Empty<string>();
        }

        string key = location.Endpoint + "|" + location.RegionId + "|" + context.Source.AccountKey;
        if (Entries.TryGetValue(key, out Entry? cached) && DateTime.UtcNow - cached.Fetched < MaxAge)
        {
            return cached.Ids;
        }

        try
        {
            using (var cancellation = new CancellationTokenSource(CallTimeout))
            {
                var response = context.Client.SendAsync(DescribeNamespaceListCall.Request(location), cancellation.Token).GetAwaiter().GetResult();
                var ids = DescribeNamespaceListCall.Parse(response, location).Select(n => n.NamespaceId).ToList();
                Entries[key] = new Entry(ids, DateTime.UtcNow);
                return ids;
            }
        }
        catch (Exception)
        {
            // Completion is a convenience: offline, denied or slow, it offers nothing rather than an error.
            return Array.Empty<string>();
        }
    }

    private sealed record Entry(IReadOnlyList<string> Ids, DateTime Fetched);
}
