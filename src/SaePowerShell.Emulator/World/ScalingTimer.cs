namespace SaePowerShell.Emulator.World;

/// <summary>
/// A rule's ScalingRuleTimer: the period ("day-of-month month day-of-week", as "* * *", "* * Sat,Sun" or "1,15 * *"),
/// optional begin and end dates (yyyy-MM-dd), and its schedules in the order sent.
/// </summary>
internal sealed record ScalingTimer(string Period, string? BeginDate, string? EndDate, IReadOnlyList<ScalingSchedule> Schedules);

/// <summary>
/// One point of a timer: at AtTime (HH:mm) a timing rule sets TargetReplicas; a mix rule sets the metric range
/// MinReplicas..MaxReplicas instead.
/// </summary>
internal sealed record ScalingSchedule(string AtTime, int? TargetReplicas, int? MinReplicas, int? MaxReplicas);
