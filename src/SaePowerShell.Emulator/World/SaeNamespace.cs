namespace SaePowerShell.Emulator.World;

/// <summary>A namespace as SAE reports it, plus the account-level fault the seed pinned on it.</summary>
internal sealed record SaeNamespace(string NamespaceId, string NamespaceName, string RegionId, string? Fault)
{
    /// <summary>CreateNamespace/UpdateNamespace's NamespaceDescription; a seeded namespace has none.</summary>
    public string Description { get; init; } = "";

    /// <summary>CreateNamespace/UpdateNamespace's EnableMicroRegistration; SAE turns it on unless told otherwise.</summary>
    public bool EnableMicroRegistration { get; init; } = true;

    /// <summary>The network every emulated namespace (and so every application and instance in it) is in.</summary>
    public const string EmulatedVpcId = "vpc-emulator";

    public const string EmulatedVSwitchId = "vsw-emulator";

    public const string EmulatedSecurityGroupId = "sg-emulator";
}
