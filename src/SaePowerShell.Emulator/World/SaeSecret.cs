namespace SaePowerShell.Emulator.World;

/// <summary>
/// A secret (CreateSecret, UpdateSecret): its SecretData maps each key to the value's base64, as Kubernetes keeps a
/// secret's data and as the client sent it; the emulator never decodes it.
/// </summary>
internal sealed record SaeSecret(long SecretId, string Name, string NamespaceId, string Type, IReadOnlyDictionary<string, string> Data, DateTimeOffset CreatedAt)
{
    public DateTimeOffset UpdatedAt { get; init; } = CreatedAt;
}
