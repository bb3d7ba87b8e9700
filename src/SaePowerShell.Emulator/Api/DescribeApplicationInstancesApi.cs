using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeApplicationInstances: the instances of the application's group, sorted by status and then id (Reverse
/// turns the order round), optionally only one InstanceId or the ones a batch (PipelineId) created; paged, 10 by
/// default as the SDK documents. A stopped application has none.
/// </summary>
internal sealed partial class DescribeApplicationInstancesApi : ISaeApi
{
    public const int DefaultPageSize = 10;

    // The SDK's ascending order of instance statuses; an emulated instance is Pending or Running.
    private static readonly string[] StatusOrder =
        ["Error", "CrashLoopBackOff", "ErrImagePull", "ImagePullBackOff", "Pending", "Unknown", "Terminating", "NotFound", "PodInitializing", "Init:0/1", "Running"];

    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        string groupId = call.Required("GroupId");
        if (groupId != app.GroupId)
        {
            throw new SaeException(SaeErrors.WithMessage("GroupId", $"{groupId} is not a group of the application {app.AppId}; its group is {app.GroupId}."));
        }

        // The SDK documents the page size as within (0, 1000000000).
        Paging paging = Paging.Read(call, DefaultPageSize, 1, 999_999_999);
        bool reverse = call.OptionalBool("Reverse", false);
        IEnumerable<SaeInstance> instances = app.InstanceList;
        if (call.Optional("InstanceId") is { Length: > 0 } instanceId)
        {
            instances = instances.Where(i => i.InstanceId == instanceId);
        }

        if (call.Optional("PipelineId") is { Length: > 0 } pipelineId)
        {
            instances = instances.Where(i => i.CreatedByPipelineId == pipelineId);
        }

        List<SaeInstance> sorted = instances.OrderBy(i => Array.IndexOf(StatusOrder, i.ContainerStatus)).ThenBy(i => i.InstanceId, StringComparer.Ordinal).ToList();
        if (reverse)
        {
            sorted.Reverse();
        }

        return Answer(new()
        {
            CurrentPage = paging.CurrentPage,
            PageSize = paging.PageSize,
            TotalSize = sorted.Count,
            Instances = paging.Slice(sorted).Select(i => Describe(app, i)).ToList(),
        });
    }

    private static DescribeApplicationInstancesData.InstancesItem Describe(SaeApplication app, SaeInstance instance) => new()
    {
        InstanceId = instance.InstanceId,
        GroupId = app.GroupId,
        InstanceContainerStatus = instance.ContainerStatus,
        MainContainerStatus = instance.ContainerStatus,

        // No health check is configured on an emulated application; a pending instance has not been checked yet.
        InstanceHealthStatus = instance.IsRunning ? "WithoutHealthCheckConfig" : "NotCheckedYet",
        InstanceContainerIp = instance.ContainerIp,
        InstanceContainerRestarts = instance.Restarts,
        CreateTimeStamp = instance.CreatedAt.ToUnixTimeMilliseconds(),
        ImageUrl = instance.Version.ImageUrl,
        PackageVersion = instance.Version.PackageVersion,
        VSwitchId = SaeNamespace.EmulatedVSwitchId,
        Timestamp = instance.UpdatedAt.ToUnixTimeMilliseconds(),
        DebugStatus = false,
        // No instance has an elastic IP, Sidecars = sidecars, tags of its own or traffic withheld; a health check never failed.
        Eip = "",
        SidecarContainersStatus = [],
        Tags = [],
        TrafficStatus = "",
        UnhealthyMessage = "",
    };
}
