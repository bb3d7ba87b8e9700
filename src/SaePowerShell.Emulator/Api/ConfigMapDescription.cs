using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>A config map as DescribeConfigMap and ListNamespacedConfigMaps answer it (times in epoch milliseconds, longs).</summary>
internal static class ConfigMapDescription
{
    public static DescribeConfigMapData Describe(SaeConfigMap map) => new()
    {
        ConfigMapId = map.ConfigMapId,
        Name = map.Name,
        NamespaceId = map.NamespaceId,
        Description = map.Description,
        Data = map.Data,
        CreateTime = map.CreatedAt.ToUnixTimeMilliseconds(),
        UpdateTime = map.UpdatedAt.ToUnixTimeMilliseconds(),

        // No emulated application mounts config maps.
        RelateApps = [],
    };
}
