using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// A scaling rule as SAE answers it: Create and Update answer the rule with EnableIdle; Describe adds the min-ready
/// settings, the step rules and the metric status; the listing adds the timer's TimeZone and the metric's source. Each
/// answer has exactly its API's declared fields; times are epoch milliseconds.
/// </summary>
internal static class ScalingRuleDescription
{
    public enum Shape
    {
        Changed,
        Described,
        Listed,
    }

    public static Dictionary<string, object?> Of(SaeScalingRule rule, SaeApplication app, Shape shape)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["AppId"] = rule.AppId,
            ["CreateTime"] = rule.CreatedAt.ToUnixTimeMilliseconds(),
            ["LastDisableTime"] = rule.LastDisabledAt?.ToUnixTimeMilliseconds(),
            ["Metric"] = rule.Metric is null ? null : Metric(rule.Metric, app, shape),
            ["ScaleRuleEnabled"] = rule.Enabled,
            ["ScaleRuleName"] = rule.Name,
            ["ScaleRuleType"] = rule.Type,
            ["Timer"] = rule.Timer is null ? null : Timer(rule.Timer, shape),
            ["UpdateTime"] = rule.UpdatedAt.ToUnixTimeMilliseconds(),
        };
        if (shape == Shape.Changed)
        {
            data["EnableIdle"] = rule.EnableIdle;
        }
        else
        {
            data["MinReadyInstances"] = rule.MinReadyInstances;
            data["MinReadyInstanceRatio"] = rule.MinReadyInstanceRatio;
        }

        return data;
    }

    private static Dictionary<string, object?> Timer(ScalingTimer timer, Shape shape)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["BeginDate"] = timer.BeginDate,
            ["EndDate"] = timer.EndDate,
            ["Period"] = timer.Period,
            ["Schedules"] = timer.Schedules.Select(s => new { s.AtTime, s.MaxReplicas, s.MinReplicas, s.TargetReplicas }).ToArray(),
        };
        if (shape == Shape.Listed)
        {
            // The emulator's clock is UTC, and so is every schedule it keeps.
            data["TimeZone"] = "UTC";
        }

        return data;
    }

    private static Dictionary<string, object?> Metric(ScalingMetric metric, SaeApplication app, Shape shape)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["MaxReplicas"] = metric.MaxReplicas,
            ["MinReplicas"] = metric.MinReplicas,
            ["Metrics"] = metric.Metrics.Select(m => new
            {
                m.MetricType,
                MetricTargetAverageUtilization = m.TargetAverageUtilization,
                m.SlbId,
                m.SlbProject,
                m.SlbLogstore,
                m.Vport,
            }).ToArray(),
        };
        if (shape == Shape.Changed)
        {
            return data;
        }

        data["ScaleUpRules"] = metric.ScaleUp;
        data["ScaleDownRules"] = metric.ScaleDown;
        // The emulator measures nothing: the status is the application's own replicas, current and desired alike.
        var status = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["CurrentMetrics"] = Array.Empty<object>(),
            ["CurrentReplicas"] = (long)app.Instances,
            ["DesiredReplicas"] = (long)app.Instances,
            ["NextScaleMetrics"] = Array.Empty<object>(),
        };
        if (shape == Shape.Listed)
        {
            status["MaxReplicas"] = (long)metric.MaxReplicas;
            status["MinReplicas"] = (long)metric.MinReplicas;
            data["MetricSource"] = "default";
        }

        data["MetricsStatus"] = status;
        return data;
    }
}
