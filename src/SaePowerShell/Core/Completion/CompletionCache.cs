using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SaePowerShell.Core.Completion;

/// <summary>
/// What tab completion fetched from SAE (namespaces, versions, instances), kept for a minute per key (endpoint,
/// region, AccessKey and what was asked), so that pressing Tab again costs no call under the quota. Completion must
/// never fail or hang: a problem (offline, no credentials, a slow answer) yields nothing.
/// </summary>
internal static class CompletionCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(3);
    private static readonly ConcurrentDictionary<string, Entry> Entries = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);

    public static IReadOnlyList<CompletionItem> Get(string key, Func<CancellationToken, Task<IReadOnlyList<CompletionItem>>> fetch)
    {
        if (Entries.TryGetValue(key, out Entry? cached) && Time.SystemClock.Instance.UtcNow - cached.Fetched < MaxAge)
        {
            return cached.Items;
        }

        try
        {
            using (var cancellation = new CancellationTokenSource(CallTimeout))
            {
                IReadOnlyList<CompletionItem> items = fetch(cancellation.Token).GetAwaiter().GetResult();
                Entries[key] = new Entry(items, Time.SystemClock.Instance.UtcNow);
                return items;
            }
        }
        catch (Exception)
        {
            // Completion is a convenience: offline, denied or slow, it offers nothing rather than an error.
            return Array.Empty<CompletionItem>();
        }
    }

    private sealed record Entry(IReadOnlyList<CompletionItem> Items, DateTimeOffset Fetched);
}
