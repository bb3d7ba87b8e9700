using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SaePowerShell.Emulator.Credentials;

/// <summary>IMDSv2 session tokens handed out by <c>PUT …/latest/api/token</c>, each valid for its TTL on the emulator's clock.</summary>
internal sealed class MetadataTokens(TimeProvider clock)
{
    public const int MaxTtlSeconds = 21600;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    public string Issue(int ttlSeconds)
    {
        DateTimeOffset now = clock.GetUtcNow();
        foreach (KeyValuePair<string, DateTimeOffset> spent in _expiries.Where(t => t.Value <= now))
        {
            _expiries.TryRemove(spent);
        }

        string token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(36));
        _expiries[token] = now.AddSeconds(ttlSeconds);
        return token;
    }

    public bool IsValid(string token) => _expiries.TryGetValue(token, out DateTimeOffset expiry) && clock.GetUtcNow() < expiry;
}
