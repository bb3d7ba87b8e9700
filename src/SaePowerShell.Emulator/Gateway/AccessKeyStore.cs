using System.Collections.Concurrent;

namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// One AccessKey the gateway accepts. With a security token it behaves like an STS credential (the token must come
/// with every request); with an expiry it stops working at that instant of the emulator's clock. It opens the world of
/// its account only (an STS credential: the account of its role).
/// </summary>
internal sealed record AccessKey(
    string AccessKeyId, string AccessKeySecret, string? SecurityToken, DateTimeOffset? ExpiresAt = null, string AccountId = Accounts.EmulatorAccounts.DefaultAccountId)
{
    public bool HasExpired(DateTimeOffset now) => ExpiresAt is { } expiresAt && now >= expiresAt;
}

/// <summary>
/// The keys the emulator accepts, of every account: the configured pairs, plus every STS credential the emulator has issued
/// (AssumeRole, AssumeRoleWithOIDC, the ECS metadata and credentials URI stand-ins). Concurrent, because keys are
/// issued while other requests are being verified.
/// </summary>
internal sealed class AccessKeyStore
{
    /// <summary>
    /// How long an expired STS key is still recognised (and answered InvalidSecurityToken.Expired rather than
    /// InvalidAccessKeyId.NotFound); after that it is forgotten, so a long run that keeps refreshing does not grow the store.
    /// </summary>
    public static readonly TimeSpan ExpiredKeyMemory = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, AccessKey> _keys = new(StringComparer.Ordinal);

    public AccessKeyStore(IEnumerable<AccessKey> keys)
    {
        foreach (AccessKey key in keys)
        {
            Add(key);
        }
    }

    public AccessKey? Find(string accessKeyId) => _keys.GetValueOrDefault(accessKeyId);

    public void Add(AccessKey key)
    {
        if (!_keys.TryAdd(key.AccessKeyId, key))
        {
            throw new InvalidOperationException($"The AccessKeyId {key.AccessKeyId} is already in use.");
        }
    }

    /// <summary>Forgets STS keys that expired more than <see cref="ExpiredKeyMemory"/> before <paramref name="now"/>.</summary>
    public void ForgetLongExpired(DateTimeOffset now)
    {
        foreach (AccessKey key in _keys.Values)
        {
            if (key.ExpiresAt is { } expiresAt && now - expiresAt > ExpiredKeyMemory)
            {
                _keys.TryRemove(new KeyValuePair<string, AccessKey>(key.AccessKeyId, key));
            }
        }
    }
}
