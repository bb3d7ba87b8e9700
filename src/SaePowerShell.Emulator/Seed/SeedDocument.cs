namespace SaePowerShell.Emulator.Seed;

/// <summary>
/// The starting world of the emulator, as written in a seed file (camelCase JSON). Optional fields are nullable here;
/// <see cref="SeedLoader"/> fills the defaults in and rejects contradictions before the world ever sees a seed.
/// </summary>
public sealed record SeedDocument
{
    public int? ChangeOrderDelayMs { get; init; }

    /// <summary>Added to every SAE API answer (benchmarks); <c>--latency-ms</c> wins over it. Default 0.</summary>
    public int? LatencyMs { get; init; }

    /// <summary>
    /// Batch start, stop and restart change orders belong to the namespace only: applications do not report them
    /// (<c>--batch-orders-per-namespace</c> turns this on whatever the seed says). Default false.
    /// </summary>
    public bool? BatchOrdersPerNamespace { get; init; }

    /// <summary>Seeds the fault plan's random numbers (rules with a <c>rate</c>); default 0, so runs repeat.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>The fault plan: rules tried in order on every SAE API request (see <see cref="SeedFaultRule"/>).</summary>
    public IReadOnlyList<SeedFaultRule> Faults { get; init; } = [];

    public IReadOnlyList<SeedNamespace> Namespaces { get; init; } = [];

    public IReadOnlyList<SeedApplication> Applications { get; init; } = [];

    /// <summary>v2 web applications (DescribeWebApplication, StartWebApplication); optional, default none.</summary>
    public IReadOnlyList<SeedWebApplication>? WebApplications { get; init; }

    /// <summary>Job templates (ListJobs, ExecJob); optional, default none.</summary>
    public IReadOnlyList<SeedJob>? Jobs { get; init; }

    /// <summary>
    /// Accounts besides the emulator's own (the <c>--access-key-id</c> one), each with its keys and its own world; a
    /// key of one account never sees another's. Only in the emulator's seed; see <see cref="SeedAccount"/>.
    /// </summary>
    public IReadOnlyList<SeedAccount>? Accounts { get; init; }
}

/// <summary>A job template in a seed: an image job that has never run, its id apart from the applications'.</summary>
public sealed record SeedJob
{
    public string AppId { get; init; } = "";

    public string AppName { get; init; } = "";

    public string NamespaceId { get; init; } = "";

    public string? Description { get; init; }

    /// <summary>Default: the emulator's image named after the job.</summary>
    public string? ImageUrl { get; init; }

    public string? Command { get; init; }

    /// <summary>A JSON array as a string, as CreateJob takes it.</summary>
    public string? CommandArgs { get; init; }

    /// <summary>A JSON object as a string, as CreateJob takes it; kept, never fired.</summary>
    public string? TriggerConfig { get; init; }

    /// <summary>Default 1.</summary>
    public int? Replicas { get; init; }
}

/// <summary>A v2 web application in a seed: its own id space, apart from <see cref="SeedApplication"/>.</summary>
public sealed record SeedWebApplication
{
    /// <summary>Any text without control characters: it travels percent-encoded in the path, so tests can use awkward ones.</summary>
    public string ApplicationId { get; init; } = "";

    public string ApplicationName { get; init; } = "";

    public string NamespaceId { get; init; } = "";

    public string? Description { get; init; }
}

/// <summary>
/// One fault plan rule as written in a seed or <c>PUT /_emulator/faults</c>; <see cref="Faults.FaultPlan"/> validates it.
/// </summary>
public sealed record SeedFaultRule
{
    /// <summary>The API name (e.g. <c>BatchStartApplications</c>) the rule applies to; null for any.</summary>
    public string? Api { get; init; }

    /// <summary>The request's NamespaceId parameter the rule applies to; null for any (requests without one included).</summary>
    public string? NamespaceId { get; init; }

    /// <summary>Fire on the first N matching requests only.</summary>
    public int? Count { get; init; }

    /// <summary>Fire on this fraction (0..1) of matching requests, drawn from the plan's seeded random numbers.</summary>
    public double? Rate { get; init; }

    /// <summary><c>error:Code</c>, <c>http:429|500|503</c>, <c>latency</c>, <c>resetBeforeEffect</c>, <c>resetAfterEffect</c>, <c>closeAfterEffect</c>,
    /// <c>truncatedBody</c>, <c>htmlBody</c> or <c>wrongClock</c>.</summary>
    public string? Fault { get; init; }

    /// <summary>Delay before the fault acts (or, for <c>latency</c>, before the normal answer); default 0.</summary>
    public int? LatencyMs { get; init; }
}

public sealed record SeedNamespace
{
    /// <summary><c>region</c> (the region's default namespace) or <c>region:name</c>, as SAE writes namespace ids.</summary>
    public string NamespaceId { get; init; } = "";

    public string? NamespaceName { get; init; }

    /// <summary>Defaults to the part of <see cref="NamespaceId"/> before the colon.</summary>
    public string? RegionId { get; init; }

    /// <summary>null, <c>System.Upgrading</c> or <c>user.indebt</c>: every batch start, stop or restart on the namespace fails with it.</summary>
    public string? Fault { get; init; }
}

public sealed record SeedApplication
{
    public string AppId { get; init; } = "";

    public string AppName { get; init; } = "";

    public string NamespaceId { get; init; } = "";

    /// <summary>Configured (target) instances; default 1.</summary>
    public int? Instances { get; init; }

    /// <summary>Default: <see cref="Instances"/> when RUNNING, 0 when STOPPED.</summary>
    public int? RunningInstances { get; init; }

    /// <summary><c>RUNNING</c> or <c>STOPPED</c> (default).</summary>
    public string? Status { get; init; }

    /// <summary>Millicores; default 500.</summary>
    public int? Cpu { get; init; }

    /// <summary>MB; default 1024.</summary>
    public int? Mem { get; init; }

    public string? Description { get; init; }

    /// <summary>
    /// The image the application's first version runs; default
    /// <c>registry.cn-hangzhou.aliyuncs.com/sae-demo/&lt;appName&gt;:1.0</c>.
    /// </summary>
    public string? ImageUrl { get; init; }

    /// <summary>
    /// null, <c>Failed</c>, <c>SystemFailed</c>, <c>Terminated</c> or <c>Abnormal</c>: every change order that includes the
    /// application is accepted, then fails in the batch holding it (status 3, 10 or 6; Abnormal: the batch 3, the order
    /// stays executing with SubStatus 1).
    /// </summary>
    public string? ChangeOrderFault { get; init; }

    /// <summary>
    /// The rest of its configuration as DescribeApplicationConfig answers it, by field name (<c>"Liveness":
    /// "{\"httpGet\":…}"</c>, <c>"ConfigMapMountDesc": [{"ConfigMapId": 1, …}]</c>, <c>"VSwitchId": "vsw-…"</c>);
    /// each field left out answers SAE's default.
    /// </summary>
    public Dictionary<string, System.Text.Json.JsonElement>? Config { get; init; }
}
