using System.Globalization;

namespace SaePowerShell;

/// <summary>
/// One point of a scaling rule's timer: at <see cref="AtTime"/> (HH:mm, every day of the rule's period) a timing rule
/// sets <see cref="TargetReplicas"/> instances; a mixed rule sets the metric range <see cref="MinReplicas"/> to
/// <see cref="MaxReplicas"/> instead. New-SaeScalingRule and Set-SaeScalingRule take these, or hashtables with the same keys.
/// </summary>
public sealed class SaeScalingSchedule
{
    /// <summary>An empty schedule, for PowerShell's hashtable conversion ([SaeScalingSchedule]@{ AtTime = '08:00'; TargetReplicas = 3 }).</summary>
    public SaeScalingSchedule()
    {
    }

    /// <summary>A timing rule's point: <paramref name="targetReplicas"/> instances at <paramref name="atTime"/>.</summary>
    public SaeScalingSchedule(string atTime, int targetReplicas)
    {
        AtTime = atTime;
        TargetReplicas = targetReplicas;
    }

    /// <summary>The time of day, HH:mm (00:00 to 23:59), in the application's region's time.</summary>
    public string AtTime { get; set; } = string.Empty;

    /// <summary>A timing rule's instance count from then on.</summary>
    public int? TargetReplicas { get; set; }

    /// <summary>A mixed rule's fewest instances from then on.</summary>
    public int? MinReplicas { get; set; }

    /// <summary>A mixed rule's most instances from then on.</summary>
    public int? MaxReplicas { get; set; }

    /// <inheritdoc />
    public override string ToString() => TargetReplicas is int target
        ? AtTime + "=" + target.ToString(CultureInfo.InvariantCulture)
        : AtTime + "=" + (MinReplicas?.ToString(CultureInfo.InvariantCulture) ?? "?") + ".." + (MaxReplicas?.ToString(CultureInfo.InvariantCulture) ?? "?");
}
