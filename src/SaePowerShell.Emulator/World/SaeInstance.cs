namespace SaePowerShell.Emulator.World;

/// <summary>
/// One instance (pod) of a running application, on one version. Instances are never moved to another version: a
/// deploy, a rollback or a vertical rescale replaces them with new ones, as Kubernetes replaces pods.
/// </summary>
internal sealed class SaeInstance
{
    public const string Running = "Running";
    public const string Pending = "Pending";

    public required string InstanceId { get; init; }

    public required string AppId { get; init; }

    public required AppVersion Version { get; init; }

    public required string ContainerIp { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The batch (pipeline) that created it; null for the instances a seed starts with.</summary>
    public string? CreatedByPipelineId { get; init; }

    /// <summary><see cref="Running"/>, or <see cref="Pending"/> for the ones a seed says are not running yet.</summary>
    public string ContainerStatus { get; set; } = Running;

    public bool IsRunning => ContainerStatus == Running;

    public long Restarts { get; set; }

    /// <summary>When its status last changed: DescribeApplicationInstances' Timestamp.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The log since its last (re)start, line by line.</summary>
    public List<string> Log { get; } = [];

    /// <summary>The log from before its last restart (DescribeInstanceLog with Previous=true); empty if it never restarted.</summary>
    public List<string> PreviousLog { get; } = [];
}
