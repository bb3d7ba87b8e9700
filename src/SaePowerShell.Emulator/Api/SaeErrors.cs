namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The SAE error catalogue (sae-api.md §5.2 and the per-API tables): status, code and message exactly as documented,
/// with <c>%s</c> filled in. The spellings "Mamespace" and "ChangerOrder" are SAE's own.
/// </summary>
internal static class SaeErrors
{
    public static SaeError NotEmpty(string parameter) =>
        new(400, "InvalidParameter.NotEmpty", $"You must specify the parameter {parameter}.");

    public static SaeError Obviously(string parameter) =>
        new(400, "InvalidParameter.Obviously", $"The specified parameter is invalid {{{parameter}}}.");

    /// <summary>SAE's catch-all for a value it can name but not accept, with the reason after the colon.</summary>
    public static SaeError WithMessage(string parameter, string reason) =>
        new(400, "InvalidParameter.WithMessage", $"The parameter is invalid {{{parameter}}}: {reason}");

    /// <summary>
    /// A v2 web application id that is not in the namespace. SAE's documentation names no code for it; this is the
    /// v1 AppId code with the id in the message, so a client can tell which of several ids it got wrong.
    /// </summary>
    public static SaeError WebApplicationNotFound(string applicationId) =>
        new(404, "InvalidAppId.NotFound", $"The specified ApplicationId does not exist: {applicationId}.");

    /// <summary>A ConfigMapId that names no config map; the code is the emulator's (SAE documents none), in SAE's pattern.</summary>
    public static SaeError ConfigMapNotFound(long configMapId) =>
        new(404, "InvalidConfigMapId.NotFound", $"The specified ConfigMapId does not exist: {configMapId}.");

    /// <summary>A SecretId that names no secret of the namespace; the code is the emulator's (SAE documents none), in SAE's pattern.</summary>
    public static SaeError SecretNotFound(long secretId) =>
        new(404, "InvalidSecretId.NotFound", $"The specified SecretId does not exist: {secretId}.");

    /// <summary>A ScalingRuleName that names no rule of the application; the code is the emulator's (SAE documents none), in SAE's pattern.</summary>
    public static SaeError ScalingRuleNotFound(string name) =>
        new(404, "InvalidScalingRuleName.NotFound", $"The specified ScalingRuleName does not exist: {name}.");

    /// <summary>A PipelineId that names no batch of any change order; the code is the emulator's, in SAE's pattern.</summary>
    /// <summary>A job run (DescribeJobStatus, DeleteHistoryJob) the job does not have; SAE documents no code, so the emulator names it as its others.</summary>
    public static SaeError JobRunNotFound(string jobId) =>
        new(404, "InvalidJobId.NotFound", $"The specified JobId does not exist: {jobId}.");

    public static readonly SaeError PipelineNotFound =
        new(404, "InvalidPipelineId.NotFound", "The specified PipelineId does not exist.");

    /// <summary>
    /// More instances than the emulator keeps for one application (<see cref="World.SaeApplication.MaxInstances"/>):
    /// SAE's documented quota code, with the emulator's reason after its (undocumented) message.
    /// </summary>
    public static SaeError ApplicationQuotaExceeded(string parameter, int requested) =>
        new(400, "NoComputeResourceQuota.App.Exceed", $"The compute resource quota of the application is exceeded: {parameter} {requested} is more than the {World.SaeApplication.MaxInstances} instances the emulator keeps for one application.");

    public static readonly SaeError NamespaceNotFound =
        new(404, "InvalidNamespaceId.NotFound", "The specified NamespaceId does not exist.");

    /// <summary>DeleteNamespace of a namespace that still has applications; the code is the emulator's, in SAE's pattern.</summary>
    public static SaeError NamespaceHasApplications(string namespaceId, int count) =>
        new(400, "Namespace.AppExists", $"The namespace {namespaceId} still has {count} application(s); delete them first.");

    public static readonly SaeError VpcNotFound =
        new(404, "InvalidVpcId.NotFound", "The specified VpcId does not exist.");

    public static readonly SaeError AppIdNotFound =
        new(404, "InvalidAppId.NotFound", "The specified AppId does not exist.");

    public static readonly SaeError ApplicationNotFound =
        new(400, "InvalidApplication.NotFound", "The current application does not exist.");

    public static readonly SaeError ChangeOrderNotFound =
        new(400, "InvalidChangeOrder.NotFound", "The current change order does not exist.");

    public static readonly SaeError AppsNotInSameNamespace =
        new(400, "Invalid.App.List.Not.Same.Namespace", "The selected applications do not belong to the same namespace.");

    public static readonly SaeError ChangeOrderRunning =
        new(400, "Application.ChangerOrderRunning", "An application change process is in progress. Please try again later.");

    public static readonly SaeError NamespaceHasNoApplications =
        new(400, "Mamespace.Have.No.Applications", "There are no applications in this namespace.");

    /// <summary>
    /// Every code of sae-api.md §5.2 with its status and message, for the fault plan's <c>error:Code</c>. A <c>%s</c>
    /// the emulator has nothing to fill in with reads "emulated fault"; the NoComputeResourceQuota messages are not
    /// documented and are the emulator's wording.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, SaeError> Documented = new SaeError[]
    {
        new(404, "InvalidResponse.Api", "The response of API emulated fault is empty."),
        new(400, "Application.InvalidStatus", "The application status is abnormal. Please try again later."),
        ChangeOrderRunning,
        new(400, "Application.NotDeployYet", "The application has not been deployed. Please deploy it and try again."),
        AppIdNotFound,
        ApplicationNotFound,
        ChangeOrderNotFound,
        new(400, "InvalidComponent.NotFound", "The current component (such as JDK, Tomcat, or EDASWebContainer) does not exist."),
        NamespaceNotFound,
        new(400, "InvalidPackageType.NotFound", "The package type must be War, FatJar, or Image."),
        new(400, "InvalidParam.ProtocolNotSupport", "Only TCP protocol is supported."),
        NotEmpty("emulated fault"),
        Obviously("emulated fault"),
        new(400, "InvalidParameter.WithMessage", "The parameter is invalid {emulated fault}: emulated fault"),
        new(400, "InvalidServerlessRegion.Unsupported", "The current region is not supported: emulated fault"),
        VpcNotFound,
        new(400, "NoAvailableCluster.NotFound", "No clusters are available for the current region."),
        new(400, "NoComputeResourceQuota.Exceed", "The compute resource quota is exceeded."),
        new(400, "NoComputeResourceQuota.App.Exceed", "The compute resource quota of the application is exceeded."),
        new(400, "NoComputeResourceQuota.User.Exceed", "The compute resource quota of the user is exceeded."),
        Fault("System.Upgrading"),
        NamespaceHasNoApplications,
        AppsNotInSameNamespace,
        Fault("user.indebt"),
        new(400, "Resouce.no.permission", "You are not authorized to operate on the specified resources."),
    }.ToDictionary(e => e.ErrorCode, StringComparer.Ordinal);

    /// <summary>The account-level faults a seed can pin on a namespace, by code.</summary>
    public static SaeError Fault(string code) => code switch
    {
        "System.Upgrading" => new(400, code, "The system is being upgraded. Please try again later."),
        "user.indebt" => new(400, code, "The user has an outstanding payment."),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a known namespace fault."),
    };
}
