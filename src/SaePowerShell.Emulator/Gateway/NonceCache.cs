namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// Signature nonces seen in the last 15 minutes, per AccessKey. Older ones may be reused because the timestamp check
/// already refuses any request that old, which is also why the window and the clock skew limit are the same.
/// </summary>
internal sealed class NonceCache(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    private readonly Queue<(DateTimeOffset SeenAt, (string, string) Key)> _byAge = new();
    private readonly HashSet<(string AccessKeyId, string Nonce)> _seen = [];

    /// <summary>Remembers the nonce; false when it was already used within the window.</summary>
    public bool TryUse(string accessKeyId, string nonce)
    {
        DateTimeOffset now = clock.GetUtcNow();
        lock (_gate)
        {
            while (_byAge.Count > 0 && now - _byAge.Peek().SeenAt > Window)
            {
                _seen.Remove(_byAge.Dequeue().Key);
            }

            if (!_seen.Add((accessKeyId, nonce)))
            {
                return false;
            }

            _byAge.Enqueue((now, (accessKeyId, nonce)));
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byAge.Clear();
            _seen.Clear();
        }
    }
}
