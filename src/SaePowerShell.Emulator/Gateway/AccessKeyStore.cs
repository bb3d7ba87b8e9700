namespace SaePowerShell.Emulator.Gateway;

/// <summary>One AccessKey the gateway accepts; with a security token it behaves like an STS credential.</summary>
internal sealed record AccessKey(string AccessKeyId, string AccessKeySecret, string? SecurityToken);

/// <summary>The keys the emulator's account owns. Today one; a dictionary so the lookup reads like the real gateway's.</summary>
internal sealed class AccessKeyStore(IEnumerable<AccessKey> keys)
{
    private readonly Dictionary<string, AccessKey> _keys = keys.ToDictionary(k => k.AccessKeyId, StringComparer.Ordinal);

    public AccessKey? Find(string accessKeyId) => _keys.GetValueOrDefault(accessKeyId);
}
