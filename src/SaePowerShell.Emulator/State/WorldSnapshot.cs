using System.Text.Json;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.State;

/// <summary>
/// A whole world as a document (camelCase JSON): what <c>--state-file</c> keeps, <c>GET /_emulator/snapshot</c> answers
/// and <c>PUT /_emulator/snapshot</c> puts back. Unlike a seed it holds everything a world has come to: versions,
/// instances with their logs, events, change orders in flight with their batches, config maps, tags, ledgers and the
/// counters that hand out the next ids. <see cref="WorldSnapshots"/> captures and restores it.
/// </summary>
internal sealed record WorldSnapshot
{
    /// <summary>What <see cref="Format"/> always says, so another JSON file is not mistaken for a world.</summary>
    public const string FormatName = "sae-emulator-world";

    /// <summary>The layout this emulator writes and reads; a file with a higher one was written by a newer emulator.</summary>
    public const int CurrentFormatVersion = 1;

    public string Format { get; init; } = FormatName;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The emulator clock when the world was taken; at restore every time moves by (now − this).</summary>
    public required DateTimeOffset SavedAt { get; init; }

    public long ChangeOrderDelayMs { get; init; }

    public bool BatchOrdersPerNamespace { get; init; }

    /// <summary>The last config map id handed out.</summary>
    public long LastConfigMapId { get; init; }

    /// <summary>The last secret id handed out.</summary>
    public long LastSecretId { get; init; }

    /// <summary>Missing (0, none) from a state file written before ingresses were kept.</summary>
    public long LastIngressId { get; init; }

    public IReadOnlyList<SaeIngress> Ingresses { get; init; } = [];

    /// <summary>The job templates with their runs; missing (none) from a state file written before jobs were kept.</summary>
    public IReadOnlyList<SaeJob> Jobs { get; init; } = [];

    /// <summary>The deleted job templates, which their change orders still name.</summary>
    public IReadOnlyList<SaeJob> DeletedJobs { get; init; } = [];

    /// <summary>How many container IPs have been handed out.</summary>
    public int AddressesUsed { get; init; }

    public IReadOnlyList<SnapshotNamespace> Namespaces { get; init; } = [];

    public IReadOnlyList<SnapshotApplication> Applications { get; init; } = [];

    public IReadOnlyList<SnapshotWebApplication> WebApplications { get; init; } = [];

    public IReadOnlyList<SnapshotConfigMap> ConfigMaps { get; init; } = [];

    /// <summary>Secrets with their data as stored (base64 values): a state file holds them as the emulator does.</summary>
    public IReadOnlyList<SnapshotSecret> Secrets { get; init; } = [];

    /// <summary>
    /// Every application's scaling rules, in creation order, as the world keeps them (plain records of values: the
    /// world's own are the file's shape); a state file written before they were kept has none.
    /// </summary>
    public IReadOnlyList<SaePowerShell.Emulator.World.SaeScalingRule> ScalingRules { get; init; } = [];

    /// <summary>Oldest first, as the world keeps them.</summary>
    public IReadOnlyList<SnapshotChangeOrder> ChangeOrders { get; init; } = [];

    /// <summary>Every event, in the order recorded.</summary>
    public IReadOnlyList<SnapshotEvent> Events { get; init; } = [];

    /// <summary>
    /// The other accounts' worlds by account id (the document itself is the emulator's own account); left out when the
    /// emulator has no other accounts, so such a file reads as before. A nested world has no accounts of its own.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, WorldSnapshot>? Accounts { get; init; }
}

/// <summary>A namespace; Description and EnableMicroRegistration may be missing from a state file written before they were kept.</summary>
internal sealed record SnapshotNamespace(string NamespaceId, string NamespaceName, string RegionId, string? Fault, string? Description = null, bool? EnableMicroRegistration = null);

internal sealed record SnapshotApplication
{
    public required string AppId { get; init; }

    public required string AppName { get; init; }

    public required string NamespaceId { get; init; }

    public string Description { get; init; } = "";

    public required string GroupId { get; init; }

    public required SnapshotSettings Settings { get; init; }

    /// <summary>Oldest first.</summary>
    public required IReadOnlyList<SnapshotVersion> Versions { get; init; }

    public required string CurrentVersionId { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? ChangeOrderFault { get; init; }

    public IReadOnlyList<SnapshotTag> Tags { get; init; } = [];

    /// <summary>The CLBs and NLBs bound to it (BindSlb, BindNlb); missing from a state file written before they were kept.</summary>
    public SlbBinding? InternetSlb { get; init; }

    public SlbBinding? IntranetSlb { get; init; }

    public IReadOnlyList<NlbBinding> Nlbs { get; init; } = [];

    /// <summary>Deleted: kept because its change orders and events name it; no API finds it.</summary>
    public bool Deleted { get; init; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<SnapshotInstance> Instances { get; init; } = [];

    /// <summary>The change orders it reports as its own (ListChangeOrders), oldest first.</summary>
    public IReadOnlyList<string> ChangeOrderIds { get; init; } = [];

    public string? LastChangeOrderId { get; init; }

    public string? HeldByChangeOrderId { get; init; }

    /// <summary>The admin state's startedBy, deployedBy, …: by CoTypeCode, oldest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Ledgers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

internal sealed record SnapshotSettings(
    int Replicas, int Cpu, int Memory, string Envs, string Timezone, int MinReadyInstances, int MinReadyInstanceRatio, int BatchWaitTime, string UpdateStrategy,
    IReadOnlyDictionary<string, JsonElement>? Configuration = null);

internal sealed record SnapshotVersion(
    string Id, string Type, DateTimeOffset CreatedAt, string PackageType, string ImageUrl, string? PackageUrl, string PackageVersion);

internal sealed record SnapshotTag(string Key, string Value);

internal sealed record SnapshotInstance
{
    public required string InstanceId { get; init; }

    public required string VersionId { get; init; }

    public required string ContainerIp { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? CreatedByPipelineId { get; init; }

    public required string ContainerStatus { get; init; }

    public long Restarts { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public IReadOnlyList<string> Log { get; init; } = [];

    public IReadOnlyList<string> PreviousLog { get; init; } = [];
}

internal sealed record SnapshotWebApplication(
    string ApplicationId, string ApplicationName, string NamespaceId, string Description, DateTimeOffset CreatedAt, DateTimeOffset LastModifiedAt, int Starts);

internal sealed record SnapshotConfigMap(
    long ConfigMapId, string Name, string NamespaceId, string Description, JsonElement Data, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record SnapshotChangeOrder
{
    public required string ChangeOrderId { get; init; }

    public required string CoTypeCode { get; init; }

    public required string NamespaceId { get; init; }

    public required IReadOnlyList<string> AppIds { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? Version { get; init; }

    public string? Description { get; init; }

    public bool IsManual { get; init; }

    public int BatchWaitTime { get; init; }

    /// <summary>What a single-application order does; null for a batch order.</summary>
    public SnapshotEffect? Effect { get; init; }

    public required int Status { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public string ErrorMessage { get; init; } = "";

    public bool IsAbnormal { get; init; }

    public bool WasAborted { get; init; }

    /// <summary>The batch index it was at when terminated; null unless it was.</summary>
    public int? StoppedAtBatch { get; init; }

    public required IReadOnlyList<SnapshotBatch> Batches { get; init; }
}

internal sealed record SnapshotBatch
{
    public required string PipelineId { get; init; }

    public required IReadOnlyList<string> AppIds { get; init; }

    public required int ParallelCount { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public required int Status { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? FailedAppId { get; init; }

    public string ErrorMessage { get; init; } = "";
}

/// <summary>
/// A single-application order's effect: <see cref="Kind"/> is <c>versionRollout</c> (deploy, rollback),
/// <c>rescale</c>, <c>verticalRescale</c>, <c>instanceRestart</c>, <c>instanceDeletion</c>, <c>applicationRemoval</c>, <c>applicationCreation</c>, <c>loadBalancerChange</c> or <c>instanceScaleIn</c>; the other members are
/// those its kind has.
/// </summary>
internal sealed record SnapshotEffect
{
    public const string VersionRolloutKind = "versionRollout";
    public const string RescaleKind = "rescale";
    public const string VerticalRescaleKind = "verticalRescale";
    public const string InstanceRestartKind = "instanceRestart";
    public const string InstanceDeletionKind = "instanceDeletion";
    public const string ApplicationRemovalKind = "applicationRemoval";
    public const string ApplicationCreationKind = "applicationCreation";
    public const string LoadBalancerChangeKind = "loadBalancerChange";
    public const string InstanceScaleInKind = "instanceScaleIn";

    public required string Kind { get; init; }

    public string? TargetVersionId { get; init; }

    public SnapshotSettings? TargetSettings { get; init; }

    public string? BeforeVersionId { get; init; }

    public SnapshotSettings? BeforeSettings { get; init; }

    /// <summary>The instances a rollout has launched so far.</summary>
    public IReadOnlyList<string>? CreatedInstanceIds { get; init; }

    public int? Replicas { get; init; }

    public int? Cpu { get; init; }

    public int? Memory { get; init; }

    public IReadOnlyList<string>? InstanceIds { get; init; }

    /// <summary>An application creation's Deploy: whether it runs its replicas once created.</summary>
    public bool? Deploy { get; init; }
}

internal sealed record SnapshotEvent(
    long Sequence, string AppId, string NamespaceId, string EventType, string Reason, string Message, string ObjectKind, string ObjectName, DateTimeOffset At);

internal sealed record SnapshotSecret(
    long SecretId, string Name, string NamespaceId, string Type, IReadOnlyDictionary<string, string> Data, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
