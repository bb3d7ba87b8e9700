namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// One SAE request as the admin log reports it (camelCase JSON), rejected ones included. <see cref="Status"/> is 0 when
/// no answer was sent (a reset fault, or the client went away); <see cref="Fault"/> is the fired rule's fault, else null.
/// <see cref="Nonce"/> is the x-acs-signature-nonce header as received (SAE requests only), so a test can see a client
/// (or its HTTP stack) send the very same signed request twice.
/// </summary>
internal sealed record RequestLogEntry(
    int Sequence,
    string? Api,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    int Status,
    string? Code,
    string? NamespaceId,
    IReadOnlyList<string> AppIds,
    string? SignatureScheme,
    string? AccessKeyId,
    string? Fault,
    string? Nonce = null);

/// <summary>
/// Every SAE request received, so tests can assert what a client actually sent (and what it did not send twice).
/// Sequence numbers are handed out on arrival and the log is kept in that order, even when a slower request finishes later.
/// </summary>
internal sealed class RequestLog
{
    /// <summary>
    /// The log keeps (at least) the newest this many entries: no test looks further back, and a long benchmark or chaos run must
    /// not grow the emulator without bound. Sequence numbers go on counting, so a gap at the start shows what was dropped.
    /// </summary>
    public const int MaxEntries = 100_000;

    private readonly Lock _gate = new();
    private readonly List<RequestLogEntry> _entries = [];
    private int _lastSequence;
    private int _generation;

    /// <summary>Reserves the next sequence number; the generation lets a clear drop requests that were in flight.</summary>
    public (int Generation, int Sequence) Begin()
    {
        lock (_gate)
        {
            return (_generation, ++_lastSequence);
        }
    }

    /// <summary>Adds the entry with its secrets masked (<see cref="LogRedaction"/>), unless a clear came in between.</summary>
    public void Add(int generation, RequestLogEntry entry)
    {
        entry = entry with { Query = LogRedaction.Redact(entry.Query) };
        lock (_gate)
        {
            if (generation != _generation)
            {
                return;
            }

            int index = _entries.Count;
            while (index > 0 && _entries[index - 1].Sequence > entry.Sequence)
            {
                index--;
            }

            _entries.Insert(index, entry);

            // Dropped in slices, so a full log does not shift every entry on every request.
            if (_entries.Count > MaxEntries + (MaxEntries / 10))
            {
                _entries.RemoveRange(0, _entries.Count - MaxEntries);
            }
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate)
        {
            return _entries.ToArray();
        }
    }

    /// <summary>Empties the log and restarts numbering at 1, so a test can assert on "the first request after clearing".</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _lastSequence = 0;
            _generation++;
        }
    }
}
