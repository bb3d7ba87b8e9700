namespace SaePowerShell.Emulator.World;

/// <summary>A namespace as SAE reports it, plus the account-level fault the seed pinned on it.</summary>
internal sealed record SaeNamespace(string NamespaceId, string NamespaceName, string RegionId, string? Fault);
