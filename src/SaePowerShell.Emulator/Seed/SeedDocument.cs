namespace SaePowerShell.Emulator.Seed;

/// <summary>
/// The starting world of the emulator, as written in a seed file (camelCase JSON). Optional fields are nullable here;
/// <see cref="SeedLoader"/> fills the defaults in and rejects contradictions before the world ever sees a seed.
/// </summary>
public sealed record SeedDocument
{
    public int? ChangeOrderDelayMs { get; init; }

    public IReadOnlyList<SeedNamespace> Namespaces { get; init; } = [];

    public IReadOnlyList<SeedApplication> Applications { get; init; } = [];
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
    /// null, <c>Failed</c>, <c>SystemFailed</c> or <c>Terminated</c>: every change order that includes the application is
    /// accepted, then fails in the batch holding it (status 3, 10 or 6).
    /// </summary>
    public string? ChangeOrderFault { get; init; }
}
