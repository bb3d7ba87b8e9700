using System;

namespace SaePowerShell;

/// <summary>
/// One running instance of an SAE application, as DescribeApplicationInstances describes it. Pipe it to
/// Restart-SaeApplicationInstance, Remove-SaeApplicationInstance or Get-SaeInstanceLog.
/// </summary>
public sealed record SaeApplicationInstance
{
    /// <summary>The instance id.</summary>
    public string InstanceId { get; init; } = string.Empty;

    /// <summary>The application the instance belongs to.</summary>
    public string AppId { get; init; } = string.Empty;

    /// <summary>The application's name, when it was piped in.</summary>
    public string? AppName { get; init; }

    /// <summary>The application's namespace, when known; it tells the region to call.</summary>
    public string? NamespaceId { get; init; }

    /// <summary>The region of the namespace.</summary>
    public string? RegionId { get; init; }

    /// <summary>The instance group (DescribeApplicationGroups) the instance is in.</summary>
    public string? GroupId { get; init; }

    /// <summary>The container's status, such as Running, Pending or CrashLoopBackOff.</summary>
    public string? Status { get; init; }

    /// <summary>The main container's status.</summary>
    public string? MainContainerStatus { get; init; }

    /// <summary>The health check's verdict, such as WithoutHealthCheckConfig or ReadinessUnhealthy.</summary>
    public string? HealthStatus { get; init; }

    /// <summary>Why the instance is unhealthy, when it is.</summary>
    public string? UnhealthyMessage { get; init; }

    /// <summary>The container's IP address.</summary>
    public string? ContainerIp { get; init; }

    /// <summary>The elastic IP address bound to the instance, if any.</summary>
    public string? Eip { get; init; }

    /// <summary>How many times the container has restarted.</summary>
    public long? Restarts { get; init; }

    /// <summary>The image the instance runs.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The version of the package the instance runs.</summary>
    public string? PackageVersion { get; init; }

    /// <summary>The vSwitch the instance is in.</summary>
    public string? VSwitchId { get; init; }

    /// <summary>When the instance was created.</summary>
    public DateTimeOffset? CreateTime { get; init; }

    /// <inheritdoc />
    public override string ToString() => InstanceId;
}
