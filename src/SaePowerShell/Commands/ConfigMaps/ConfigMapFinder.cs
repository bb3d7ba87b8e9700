using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands.ConfigMaps;

/// <summary>
/// The part the config-map cmdlets hold: the namespace-object finder (<see cref="NamespaceObjectFinder{T}"/>) told how
/// config maps are listed (ListNamespacedConfigMaps) and read (DescribeConfigMap).
/// </summary>
internal static class ConfigMapFinder
{
    public static readonly NamespaceObjectKind<SaeConfigMap> Kind = new NamespaceObjectKind<SaeConfigMap>(
        "config map", "InvalidConfigMapName.NotFound", "InvalidConfigMapNamePattern", map => map.Name,
        ConfigMapCalls.List, ConfigMapCalls.ParseList, ConfigMapCalls.Describe, ConfigMapCalls.ParseOne);

    public static NamespaceObjectFinder<SaeConfigMap> For(SaeCmdletBase cmdlet) => new NamespaceObjectFinder<SaeConfigMap>(cmdlet, Kind);
}
