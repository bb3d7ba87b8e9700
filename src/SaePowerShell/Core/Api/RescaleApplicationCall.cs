using System.Globalization;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>RescaleApplication (how many instances) and RescaleApplicationVertically (CPU and memory of each).</summary>
internal static class RescaleApplicationCall
{
    public static ApiRequest Horizontal(ServiceLocation location, AppTarget target, int replicas, ReleaseStrategy strategy) =>
        ApplicationChangeCall.For(SaeApi.RescaleApplication, location, target.AppId, target.NamespaceId)
            .With("Replicas", replicas.ToString(CultureInfo.InvariantCulture))
            .With("MinReadyInstances", strategy.MinReadyInstances?.ToString(CultureInfo.InvariantCulture))
            .With("MinReadyInstanceRatio", strategy.MinReadyInstanceRatio?.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The SDK types Cpu (millicores) and Memory (MB) as strings here, whole numbers all the same; and it spells this
    /// API's ready-instance parameters in lower camel case (minReadyInstances), so they are sent as it spells them.
    /// </summary>
    public static ApiRequest Vertical(ServiceLocation location, AppTarget target, int cpu, int memory, ReleaseStrategy strategy) =>
        ApplicationChangeCall.For(SaeApi.RescaleApplicationVertically, location, target.AppId, target.NamespaceId)
            .With("Cpu", cpu.ToString(CultureInfo.InvariantCulture))
            .With("Memory", memory.ToString(CultureInfo.InvariantCulture))
            .With("minReadyInstances", strategy.MinReadyInstances?.ToString(CultureInfo.InvariantCulture))
            .With("minReadyInstanceRatio", strategy.MinReadyInstanceRatio?.ToString(CultureInfo.InvariantCulture));
}
