using System.Text.Json;

namespace SaePowerShell.Emulator.World;

/// <summary>
/// A job template (CreateJob): an application of workload "job" that runs only when triggered (ExecJob, or its
/// TriggerConfig, which the emulator keeps and never fires). Replaced whole by UpdateJob and SuspendJob, never edited
/// in place; its runs (<see cref="Runs"/>) are the history DescribeJobHistory pages through.
/// </summary>
internal sealed record SaeJob
{
    public required string AppId { get; init; }

    public required string AppName { get; init; }

    public required string NamespaceId { get; init; }

    public required string Description { get; init; }

    public required string PackageType { get; init; }

    public required int Replicas { get; init; }

    public required int Cpu { get; init; }

    public required int Memory { get; init; }

    /// <summary>Whether SuspendJob has suspended it: its trigger fires no more until it is resumed.</summary>
    public required bool Suspend { get; init; }

    /// <summary>Every other field DescribeJob answers, by its name there, as the last CreateJob or UpdateJob gave it.</summary>
    public required IReadOnlyDictionary<string, JsonElement> Configuration { get; init; }

    /// <summary>Its runs, oldest first.</summary>
    public required IReadOnlyList<JobRun> Runs { get; init; }

    /// <summary>The CreateJob or UpdateJob order that last changed it.</summary>
    public required string LastChangeOrderId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// One run of a job (ExecJob): <see cref="Replicas"/> instances from <see cref="StartedAt"/> to <see cref="EndsAt"/>,
/// then all succeeded, or all failed when <see cref="Fails"/> (its command was <c>false</c> or ended in <c>exit N</c>,
/// N not 0). <see cref="EventId"/> is the idempotency key ExecJob was given, if any.
/// </summary>
internal sealed record JobRun(string JobId, string? EventId, int Replicas, DateTimeOffset StartedAt, DateTimeOffset EndsAt, bool Fails)
{
    /// <summary>DescribeJobHistory's State: 0 not run, 1 succeeded, 2 failed, 3 running.</summary>
    public const string NotRun = "0";

    public const string Succeeded = "1";

    public const string Failed = "2";

    public const string Running = "3";

    public bool IsRunningAt(DateTimeOffset now) => now >= StartedAt && now < EndsAt;

    /// <summary>Not run before its start (ExecJob's Time), running until it ends, then succeeded or failed.</summary>
    public string StateAt(DateTimeOffset now) => now < StartedAt ? NotRun : now < EndsAt ? Running : Fails ? Failed : Succeeded;
}
