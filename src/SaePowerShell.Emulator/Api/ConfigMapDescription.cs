using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>A config map as DescribeConfigMap and ListNamespacedConfigMaps answer it (times in epoch milliseconds, longs).</summary>
internal static class ConfigMapDescription
{
    public static object Describe(SaeConfigMap map) => new
    {
        map.ConfigMapId,
        map.Name,
        map.NamespaceId,
        map.Description,
        map.Data,
        CreateTime = map.CreatedAt.ToUnixTimeMilliseconds(),
        UpdateTime = map.UpdatedAt.ToUnixTimeMilliseconds(),

        // No emulated application mounts config maps.
        RelateApps = Array.Empty<object>(),
    };
}
