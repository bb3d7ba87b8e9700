namespace SaePowerShell.Emulator.World;

/// <summary>A rule's ScalingRuleMetric: the replica range, its targets, and the optional step rules up and down.</summary>
internal sealed record ScalingMetric(int MinReplicas, int MaxReplicas, IReadOnlyList<ScalingMetricTarget> Metrics, ScalingStep? ScaleUp, ScalingStep? ScaleDown);

/// <summary>One target: CPU or MEMORY in percent, QPS, RT (ms) or tcpActiveConn per instance; the SLB kinds name their load balancer.</summary>
internal sealed record ScalingMetricTarget(string MetricType, int TargetAverageUtilization, string? SlbId, string? SlbProject, string? SlbLogstore, string? Vport);

/// <summary>scaleUpRules / scaleDownRules: at most Step instances at a time, after a stabilization window; Disabled turns that direction off.</summary>
internal sealed record ScalingStep(long Step, bool Disabled, long StabilizationWindowSeconds);
