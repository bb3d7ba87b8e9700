namespace SaePowerShell.Emulator.World;

/// <summary>A namespace as SAE reports it, plus the account-level fault the seed pinned on it.</summary>
internal sealed record SaeNamespace(string NamespaceId, string NamespaceName, string RegionId, string? Fault)
{
    /// <summary>The network every emulated namespace (and so every application and instance in it) is in.</summary>
    public const string EmulatedVpcId = "vpc-emulator";

    public const string EmulatedVSwitchId = "vsw-emulator";

    public const string EmulatedSecurityGroupId = "sg-emulator";
}
