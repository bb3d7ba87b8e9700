using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeNamespaceResources: a namespace (NamespaceId, or NameSpaceShortId in the header's region) with what is in
/// it: its application count, its network (the emulated VPC, vSwitch and security group) and its newest change order.
/// There is no jump server, no SLS configuration and no APM agent: those fields are empty.
/// </summary>
internal sealed partial class DescribeNamespaceResourcesApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeNamespace ns = NamespaceDescription.Find(call);
        ChangeOrder? last = call.World.ChangeOrders.LastOrDefault(o => o.NamespaceId == ns.NamespaceId);
        return Answer(new()
        {
            ApmJavaAgentVersion = "",
            AppCount = (long)call.World.ApplicationsIn(ns.NamespaceId).Count,
            BelongRegion = ns.RegionId,
            Description = ns.Description,
            JumpServerAppId = "",
            JumpServerIp = "",
            LastChangeOrderId = last?.ChangeOrderId ?? "",
            LastChangeOrderRunning = last?.IsActive ?? false,
            LastChangeOrderStatus = last?.Status.ToApplicationStatusName() ?? "",
            NameSpaceShortId = NamespaceDescription.ShortIdOf(ns),
            NamespaceId = ns.NamespaceId,
            NamespaceName = ns.NamespaceName,
            NotificationExpired = false,
            SecurityGroupId = SaeNamespace.EmulatedSecurityGroupId,
            SlsConfigs = "",
            TenantId = NamespaceDescription.TenantIdOf(ns),
            UserId = ListChangeOrdersApi.EmulatorUserId,
            VSwitchId = SaeNamespace.EmulatedVSwitchId,
            VSwitchName = SaeNamespace.EmulatedVSwitchId,
            VpcId = SaeNamespace.EmulatedVpcId,
            VpcName = SaeNamespace.EmulatedVpcId,
        });
    }
}
