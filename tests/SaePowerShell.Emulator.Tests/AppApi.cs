using System.Globalization;
using System.Text.Json;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// Requests for the single-application APIs (deploy, rollback, rescale, instances, events, logs) and the change order
/// controls, each where the surface file puts its parameters (DeployApplication's are query parameters too).
/// </summary>
internal static class AppApi
{
    public static SaeRequest Deploy(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("DeployApplication", "POST", "/pop/v1/sam/app/deployApplication", ("AppId", appId)).With(query);

    /// <summary>CreateApplication with its three required parameters (AppName, PackageType, Replicas) and an image, plus <paramref name="query"/>.</summary>
    public static SaeRequest Create(string appName, string namespaceId, int replicas, params (string Key, string Value)[] query) =>
        SaeRequest.Api("CreateApplication", "POST", "/pop/v1/sam/app/createApplication", ("AppName", appName), ("NamespaceId", namespaceId),
            ("PackageType", "Image"), ("ImageUrl", "registry.cn-hangzhou.aliyuncs.com/shop/" + appName + ":1.0"),
            ("Replicas", replicas.ToString(CultureInfo.InvariantCulture))).With(query);

    public static SaeRequest UpdateDescription(string appId, string description) =>
        SaeRequest.Api("UpdateApplicationDescription", "PUT", "/pop/v1/sam/app/updateAppDescription", ("AppId", appId), ("AppDescription", description));

    public static SaeRequest UpdateSecurityGroup(string appId, string securityGroupId) =>
        SaeRequest.Api("UpdateAppSecurityGroup", "PUT", "/pop/v1/sam/app/updateAppSecurityGroup", ("AppId", appId), ("SecurityGroupId", securityGroupId));

    public static SaeRequest UpdateVswitches(string appId, string vSwitchId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("UpdateApplicationVswitches", "PUT", "/pop/v1/sam/app/updateAppVswitches", ("AppId", appId), ("VSwitchId", vSwitchId)).With(query);

    public static SaeRequest Rollback(string appId, string versionId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("RollbackApplication", "PUT", "/pop/v1/sam/app/rollbackApplication", ("AppId", appId), ("VersionId", versionId)).With(query);

    public static SaeRequest Rescale(string appId, int replicas, params (string Key, string Value)[] query) =>
        SaeRequest.Api("RescaleApplication", "PUT", "/pop/v1/sam/app/rescaleApplication", ("AppId", appId), ("Replicas", replicas.ToString(CultureInfo.InvariantCulture))).With(query);

    public static SaeRequest RescaleVertically(string appId, string cpu, string memory) =>
        SaeRequest.Api("RescaleApplicationVertically", "POST", "/pop/v1/sam/app/rescaleApplicationVertically", ("AppId", appId), ("Cpu", cpu), ("Memory", memory));

    public static SaeRequest RestartInstances(string appId, params string[] instanceIds) =>
        SaeRequest.Api("RestartInstances", "PUT", "/pop/v1/sam/app/restartInstances", ("AppId", appId), ("InstanceIds", string.Join(",", instanceIds)));

    public static SaeRequest DeleteInstances(string appId, params string[] instanceIds) =>
        SaeRequest.Api("DeleteInstances", "PUT", "/pop/v1/sam/app/deleteInstances", ("AppId", appId), ("InstanceIds", string.Join(",", instanceIds)));

    public static SaeRequest ListAppVersions(string appId) =>
        SaeRequest.Api("ListAppVersions", "GET", "/pop/v1/sam/app/listAppVersions", ("AppId", appId));

    public static SaeRequest DescribeConfig(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("DescribeApplicationConfig", "GET", "/pop/v1/sam/app/describeApplicationConfig", ("AppId", appId)).With(query);

    public static SaeRequest DescribeGroups(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("DescribeApplicationGroups", "GET", "/pop/v1/sam/app/describeApplicationGroups", ("AppId", appId)).With(query);

    public static SaeRequest DescribeInstances(string appId, string groupId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("DescribeApplicationInstances", "GET", "/pop/v1/sam/app/describeApplicationInstances", ("AppId", appId), ("GroupId", groupId)).With(query);

    public static SaeRequest ConfirmPipelineBatch(string pipelineId, bool confirm) =>
        SaeRequest.Api("ConfirmPipelineBatch", "GET", "/pop/v1/sam/changeorder/ConfirmPipelineBatch", ("PipelineId", pipelineId), ("Confirm", confirm ? "true" : "false"));

    public static SaeRequest DescribePipeline(string pipelineId) =>
        SaeRequest.Api("DescribePipeline", "GET", "/pop/v1/sam/changeorder/DescribePipeline", ("PipelineId", pipelineId));

    public static SaeRequest Abort(string changeOrderId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("AbortChangeOrder", "PUT", "/pop/v1/sam/changeorder/AbortChangeOrder", ("ChangeOrderId", changeOrderId)).With(query);

    public static SaeRequest AbortAndRollback(string changeOrderId) =>
        SaeRequest.Api("AbortAndRollbackChangeOrder", "PUT", "/pop/v1/sam/changeorder/AbortAndRollbackChangeOrder", ("ChangeOrderId", changeOrderId));

    public static SaeRequest ListAppEvents(string namespaceId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("ListAppEvents", "GET", "/pop/v1/sam/app/listAppEvents", ("Namespace", namespaceId)).With(query);

    public static SaeRequest DescribeInstanceLog(string instanceId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("DescribeInstanceLog", "GET", "/pop/v1/sam/instance/describeInstanceLog", ("InstanceId", instanceId)).With(query);

    /// <summary>UpdateStrategy as the SDK documents it: <paramref name="batches"/> batches, manual or auto, an optional gray batch first.</summary>
    public static (string Key, string Value) Strategy(int batches, string releaseType, int? gray = null) => ("UpdateStrategy", JsonSerializer.Serialize(
        gray is null
            ? new Dictionary<string, object> { ["type"] = "BatchUpdate", ["batchUpdate"] = new { batch = batches, releaseType } }
            : new Dictionary<string, object> { ["type"] = "GrayBatchUpdate", ["batchUpdate"] = new { batch = batches, releaseType }, ["grayUpdate"] = new { gray } }));
}
