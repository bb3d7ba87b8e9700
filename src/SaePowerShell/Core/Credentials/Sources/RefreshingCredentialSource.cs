using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Core.Credentials.Sources;

/// <summary>
/// Temporary credentials (STS, instance metadata, a credentials URI): fetched on first use, kept, and fetched again
/// before they expire. Concurrent callers share one fetch, so a burst of calls makes one STS request, not many.
/// </summary>
internal abstract class RefreshingCredentialSource : ICredentialSource
{
    private static readonly TimeSpan LongestMargin = TimeSpan.FromMinutes(5);

    private readonly object _gate = new object();
    private readonly IClock _clock;
    private SaeCredential? _current;
    private DateTimeOffset _fetchedAt;
    private Task<SaeCredential>? _fetching;

    protected RefreshingCredentialSource(IClock clock)
    {
        _clock = clock;
    }

    public abstract string Description { get; }

    public abstract string AccountKey { get; }

    /// <summary>What makes two sources the same, so that commands share one (SharedSources): by default, what it describes.</summary>
    public virtual string CacheKey => Description;

    /// <summary>How many fetches were made; tests use it to prove that callers share one.</summary>
    public int Fetches { get; private set; }

    public Task<SaeCredential> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_current != null && !NeedsRefresh(_current))
            {
                return Task.FromResult(_current);
            }

            if (_fetching is null)
            {
                // On the thread pool: a fetch that finished at once would otherwise clear _fetching (the lock is
                // re-entrant) before this line set it, leaving a finished, or failed, fetch in place for good.
                Fetches++;
                _fetching = Task.Run(FetchAndKeepAsync);
            }

            return WaitAsync(_fetching, cancellationToken);
        }
    }

    /// <summary>Fetches new credentials; the fetch is not cancelled by one caller leaving, since others may wait for it.</summary>
    protected abstract Task<SaeCredential> FetchAsync(CancellationToken cancellationToken);

    /// <summary>Clears the temporary credential it holds; the next use fetches a new one.</summary>
    public virtual void Forget()
    {
        SaeCredential? current;
        lock (_gate)
        {
            current = _current;
            _current = null;
        }

        current?.Secret.Clear();
    }

    private async Task<SaeCredential> FetchAndKeepAsync()
    {
        try
        {
            SaeCredential fresh = await FetchAsync(CancellationToken.None).ConfigureAwait(false);
            lock (_gate)
            {
                _current = fresh;
                _fetchedAt = _clock.UtcNow;
            }

            return fresh;
        }
        finally
        {
            lock (_gate)
            {
                _fetching = null;
            }
        }
    }

    /// <summary>Refresh a little before expiry: five minutes, or a fifth of the lifetime for short-lived credentials.</summary>
    private bool NeedsRefresh(SaeCredential credential)
    {
        if (credential.Expiration is null)
        {
            return false;
        }

        TimeSpan lifetime = credential.Expiration.Value - _fetchedAt;
        TimeSpan margin = TimeSpan.FromTicks(Math.Min(LongestMargin.Ticks, Math.Max(0, lifetime.Ticks / 5)));
        return _clock.UtcNow >= credential.Expiration.Value - margin;
    }

    private static async Task<SaeCredential> WaitAsync(Task<SaeCredential> fetching, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            return await fetching.ConfigureAwait(false);
        }

        var cancelled = new TaskCompletionSource<bool>();
        using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
        {
            if (await Task.WhenAny(fetching, cancelled.Task).ConfigureAwait(false) != fetching)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }

        return await fetching.ConfigureAwait(false);
    }
}
