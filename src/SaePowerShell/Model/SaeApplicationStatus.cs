using System;

namespace SaePowerShell;

/// <summary>An application's current state, as DescribeApplicationStatus reports it.</summary>
public sealed class SaeApplicationStatus
{
    /// <summary>The application id.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The application's name, when it came down the pipeline with the application (DescribeApplicationStatus does not give it).</summary>
    public string? AppName { get; set; }

    /// <summary>The namespace, carried over from the input so the object pipes on.</summary>
    public string? NamespaceId { get; set; }

    /// <summary>The region of the call.</summary>
    public string? RegionId { get; set; }

    /// <summary>RUNNING, STOPPED or UNKNOWN.</summary>
    public string? CurrentStatus { get; set; }

    /// <summary>Instances running now.</summary>
    public int RunningInstances { get; set; }

    /// <summary>The application's last change order, if SAE still remembers it.</summary>
    public string? LastChangeOrderId { get; set; }

    /// <summary>Whether the last change order is still running.</summary>
    public bool LastChangeOrderRunning { get; set; }

    /// <summary>The last change order's status as SAE names it (READY, RUNNING, SUCCESS, FAIL, ...).</summary>
    public string? LastChangeOrderStatus { get; set; }

    /// <summary>NORMAL, or RUNNING_BUT_HAS_ERROR.</summary>
    public string? SubStatus { get; set; }

    /// <summary>When the application was created.</summary>
    public DateTimeOffset? CreateTime { get; set; }

    /// <inheritdoc />
    public override string ToString() => AppId + ": " + (CurrentStatus ?? "UNKNOWN");
}
