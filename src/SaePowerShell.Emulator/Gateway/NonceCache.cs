namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// Signature nonces already used, per AccessKey, each kept for as long as its request could still pass the timestamp
/// check: until <see cref="Window"/> after the later of the request's own date and its arrival. A request dated up to
/// 15 minutes ahead stays acceptable for up to 30 minutes after it arrives, so forgetting its nonce 15 minutes after
/// arrival would let the very same request be replayed. Once the date is out of the window the timestamp check
/// refuses the request, which is why the nonce can then go.
/// </summary>
internal sealed class NonceCache(TimeProvider clock)
{
    /// <summary>The same 15 minutes as <see cref="SignatureVerifier.MaxClockSkew"/>: a date is acceptable this far either side.</summary>
    public static readonly TimeSpan Window = SignatureVerifier.MaxClockSkew;

    private readonly Lock _gate = new();
    private readonly PriorityQueue<(string AccessKeyId, string Nonce), DateTimeOffset> _byExpiry = new();
    private readonly HashSet<(string AccessKeyId, string Nonce)> _seen = [];

    /// <summary>Remembers the nonce; false when it is still remembered from an earlier request.</summary>
    /// <param name="signedAt">The request's own date (x-acs-date, Date or Timestamp), already checked to be within the window.</param>
    /// <remarks>
    /// The wrongClock fault moves the server clock ahead for one request's timestamp check only; a later request without
    /// the fault is checked against the real clock, so the real clock's window is the one the nonce has to outlive.
    /// </remarks>
    public bool TryUse(string accessKeyId, string nonce, DateTimeOffset signedAt)
    {
        DateTimeOffset now = clock.GetUtcNow();
        lock (_gate)
        {
            // A nonce stays while its request's date is still acceptable; at exactly date + 15 minutes it still is.
            while (_byExpiry.TryPeek(out (string, string) key, out DateTimeOffset expiry) && expiry < now)
            {
                _byExpiry.Dequeue();
                _seen.Remove(key);
            }

            if (!_seen.Add((accessKeyId, nonce)))
            {
                return false;
            }

            _byExpiry.Enqueue((accessKeyId, nonce), (signedAt > now ? signedAt : now) + Window);
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byExpiry.Clear();
            _seen.Clear();
        }
    }
}
