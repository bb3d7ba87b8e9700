using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeNamespaceList (sae-api.md §3.8): the namespaces of one region (all, without a region header), not paged.</summary>
internal sealed partial class DescribeNamespaceListApi : ISaeApi
{
    /// <summary>
    /// Without ContainCustom=true SAE lists only the region's default namespace(s), as the console's first call does;
    /// with it, the custom ones too. HybridCloudExclude is validated and otherwise has nothing to do: no emulated
    /// namespace is a hybrid cloud one.
    /// </summary>
    public SaeResult Handle(SaeCall call)
    {
        bool containCustom = call.OptionalBool("ContainCustom", false);
        _ = call.OptionalBool("HybridCloudExclude", false);
        IEnumerable<SaeNamespace> namespaces = call.World.Namespaces;
        if (call.RegionHeader is { } region)
        {
            // As for ListApplications: the real endpoint is regional, and the header is how the emulator knows which region was meant.
            namespaces = namespaces.Where(n => n.RegionId == region);
        }

        if (!containCustom)
        {
            namespaces = namespaces.Where(n => !IsCustom(n));
        }

        return Answer(namespaces.Select(Describe).ToList());
    }

    /// <summary>"cn-hangzhou:demo" is a custom namespace; a bare region id is that region's default namespace.</summary>
    private static bool IsCustom(SaeNamespace ns) => ns.NamespaceId.Contains(':', StringComparison.Ordinal);

    private static DescribeNamespaceListItem Describe(SaeNamespace ns)
    {
        // "cn-hangzhou:demo" is a custom namespace whose short id is "demo"; a bare region id is that region's default namespace.
        int colon = ns.NamespaceId.IndexOf(':', StringComparison.Ordinal);
        bool custom = colon >= 0;
        return new()
        {
            NamespaceId = ns.NamespaceId,
            NamespaceName = ns.NamespaceName,
            RegionId = ns.RegionId,
            NameSpaceShortId = custom ? ns.NamespaceId[(colon + 1)..] : ns.RegionId,
            VpcId = SaeNamespace.EmulatedVpcId,
            VSwitchId = SaeNamespace.EmulatedVSwitchId,
            SecurityGroupId = SaeNamespace.EmulatedSecurityGroupId,
            Custom = custom,
            Current = false,
            HybridCloudEnable = false,
            AgentInstall = "",
        };
    }
}
