namespace SaePowerShell;

/// <summary>
/// One target of a metric scaling rule: SAE adds instances while the average over them is above <see cref="Target"/>
/// and removes them while it is below. CPU and MEMORY are percentages; QPS is requests a second, RT milliseconds,
/// tcpActiveConn connections, each per instance. The SLB kinds name their load balancer.
/// </summary>
public sealed class SaeScalingMetric
{
    /// <summary>CPU, MEMORY, QPS, RT, tcpActiveConn, SLB_QPS, SLB_RT, INTRANET_SLB_QPS or INTRANET_SLB_RT.</summary>
    public string MetricType { get; set; } = string.Empty;

    /// <summary>The average the rule keeps the instances at (SAE's MetricTargetAverageUtilization).</summary>
    public int Target { get; set; }

    /// <summary>For the SLB kinds: the load balancer measured.</summary>
    public string? SlbId { get; set; }

    /// <inheritdoc />
    public override string ToString() => MetricType + "=" + Target.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
