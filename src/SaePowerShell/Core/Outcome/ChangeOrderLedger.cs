using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// What one command knows of the change orders it made, and the order in which it makes them: an outcome check that
/// reads a namespace's change orders must tell ours from our siblings'. Calls on one namespace therefore go one at
/// a time, so that when a call's answer is lost every earlier sibling's change order is already known here.
/// </summary>
internal sealed class ChangeOrderLedger
{
    private readonly HashSet<string> _known = new HashSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> _namespaces = new Dictionary<string, SemaphoreSlim>(StringComparer.Ordinal);

    public void Add(string changeOrderId)
    {
        lock (_known)
        {
            _known.Add(changeOrderId);
        }
    }

    public bool Contains(string changeOrderId)
    {
        lock (_known)
        {
            return _known.Contains(changeOrderId);
        }
    }

    /// <summary>Waits for the namespace's turn; dispose the result to pass it on.</summary>
    public async Task<IDisposable> TakeTurnAsync(string namespaceId, CancellationToken cancellationToken)
    {
        SemaphoreSlim turn;
        lock (_namespaces)
        {
            if (!_namespaces.TryGetValue(namespaceId, out turn!))
            {
                turn = new SemaphoreSlim(1, 1);
                _namespaces[namespaceId] = turn;
            }
        }

        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(turn);
    }

    private sealed class Turn : IDisposable
    {
        private SemaphoreSlim? _semaphore;

        public Turn(SemaphoreSlim semaphore) => _semaphore = semaphore;

        public void Dispose() => Interlocked.Exchange(ref _semaphore, null)?.Release();
    }
}
