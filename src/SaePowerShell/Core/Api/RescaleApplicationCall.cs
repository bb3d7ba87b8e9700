using System.Globalization;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>RescaleApplication (how many instances) and RescaleApplicationVertically (CPU and memory of each).</summary>
internal static class RescaleApplicationCall
{
    public static ApiRequest Horizontal(ServiceLocation location, AppTarget target, int replicas, ReleaseStrategy strategy) =>
        SaeRequests.RescaleApplication(location, target.NamespaceId, appId: target.AppId, replicas: replicas,
            minReadyInstances: strategy.MinReadyInstances, minReadyInstanceRatio: strategy.MinReadyInstanceRatio).About(target.AppId);

    /// <summary>
    /// The SDK types Cpu (millicores) and Memory (MB) as strings here, whole numbers all the same; and it spells this
    /// API's ready-instance parameters in lower camel case (minReadyInstances), so they are sent as it spells them.
    /// </summary>
    public static ApiRequest Vertical(ServiceLocation location, AppTarget target, int cpu, int memory, ReleaseStrategy strategy) =>
        SaeRequests.RescaleApplicationVertically(location, target.NamespaceId, appId: target.AppId,
            cpu: cpu.ToString(CultureInfo.InvariantCulture), memory: memory.ToString(CultureInfo.InvariantCulture),
            minReadyInstances: strategy.MinReadyInstances, minReadyInstanceRatio: strategy.MinReadyInstanceRatio).About(target.AppId);
}
