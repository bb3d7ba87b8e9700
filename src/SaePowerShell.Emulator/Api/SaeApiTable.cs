namespace SaePowerShell.Emulator.Api;

/// <summary>The APIs the emulator serves. Adding one is a new <see cref="ISaeApi"/> file plus a line here.</summary>
internal static class SaeApiTable
{
    public static readonly IReadOnlyList<ISaeApi> All =
    [
        new ListApplicationsApi(),
        new BatchStartApplicationsApi(),
        new BatchStopApplicationsApi(),
        new BatchRestartApplicationsApi(),
        new DescribeChangeOrderApi(),
        new ListChangeOrdersApi(),
        new DescribeApplicationStatusApi(),
        new DescribeNamespaceListApi(),
        new CreateNamespaceApi(),
        new DescribeNamespaceApi(),
        new UpdateNamespaceApi(),
        new DeleteNamespaceApi(),
        new ListNamespaceChangeOrdersApi(),
        new DescribeRegionsApi(),
        new TagResourcesApi(),
        new UntagResourcesApi(),
        new ListTagResourcesApi(),
        new CreateConfigMapApi(),
        new DescribeConfigMapApi(),
        new ListNamespacedConfigMapsApi(),
        new UpdateConfigMapApi(),
        new DeleteConfigMapApi(),
        new ListSecretsApi(),
        new DescribeSecretApi(),
        new CreateSecretApi(),
        new UpdateSecretApi(),
        new DeleteSecretApi(),
        new DescribeWebApplicationApi(),
        new StartWebApplicationApi(),
        new DeployApplicationApi(),
        new RescaleApplicationApi(),
        new DeleteApplicationApi(),
        new CreateApplicationApi(),
        new UpdateApplicationDescriptionApi(),
        new UpdateAppSecurityGroupApi(),
        new UpdateApplicationVswitchesApi(),
        new RescaleApplicationVerticallyApi(),
        new ListAppVersionsApi(),
        new RollbackApplicationApi(),
        new DescribeApplicationConfigApi(),
        new DescribeApplicationGroupsApi(),
        new DescribeApplicationInstancesApi(),
        new RestartInstancesApi(),
        new DeleteInstancesApi(),
        new ConfirmPipelineBatchApi(),
        new DescribePipelineApi(),
        new AbortChangeOrderApi(),
        new AbortAndRollbackChangeOrderApi(),
        new ListAppEventsApi(),
        new DescribeInstanceLogApi(),
    ];

    /// <summary>The emulated API of this official name, or null when the emulator does not emulate it.</summary>
    public static ISaeApi? ByName(string name) => All.FirstOrDefault(api => api.Name == name);
}
