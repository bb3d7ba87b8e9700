using System.Text.Json;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ScalingRuleMetric, the JSON string SAE documents: {"minReplicas":1,"maxReplicas":3,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":20}],
/// "scaleUpRules":{…},"scaleDownRules":{…}}. A range SAE would refuse (min above max, max under 1), an unknown metric
/// type, a percentage outside 1..100, or an SLB metric without its slbId is InvalidParameter.WithMessage naming
/// ScalingRuleMetric and the value.
/// </summary>
internal static class ScalingRuleMetricParser
{
    private const string Parameter = "ScalingRuleMetric";

    /// <summary>The documented metric types; CPU and MEMORY are percentages, the SLB ones need their load balancer.</summary>
    public static readonly IReadOnlyList<string> Types = ["CPU", "MEMORY", "QPS", "RT", "tcpActiveConn", "SLB_QPS", "SLB_RT", "INTRANET_SLB_QPS", "INTRANET_SLB_RT"];

    public static ScalingMetric Parse(string json)
    {
        JsonElement root = ScalingRuleJson.Object(json, Parameter);
        int min = ScalingRuleJson.Int(root, "minReplicas", Parameter) ?? throw Bad("minReplicas is missing.");
        int max = ScalingRuleJson.Int(root, "maxReplicas", Parameter) ?? throw Bad("maxReplicas is missing.");
        if (min < 1 || max > SaeApplication.MaxInstances)
        {
            throw Bad($"minReplicas {min} and maxReplicas {max} must be between 1 and {SaeApplication.MaxInstances}.");
        }

        if (min > max)
        {
            throw Bad($"minReplicas {min} is above maxReplicas {max}.");
        }

        JsonElement? metrics = ScalingRuleJson.Member(root, "metrics");
        if (metrics is not { ValueKind: JsonValueKind.Array } list || list.GetArrayLength() == 0)
        {
            throw Bad("metrics must be a non-empty array.");
        }

        var targets = new List<ScalingMetricTarget>();
        foreach (JsonElement item in list.EnumerateArray())
        {
            ScalingMetricTarget target = Target(item);
            if (targets.Any(t => t.MetricType == target.MetricType))
            {
                throw Bad($"metricType {target.MetricType} is given twice.");
            }

            targets.Add(target);
        }

        return new ScalingMetric(min, max, targets, Step(root, "scaleUpRules"), Step(root, "scaleDownRules"));
    }

    private static ScalingMetricTarget Target(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Bad("each metric must be an object.");
        }

        string type = ScalingRuleJson.String(item, "metricType", Parameter) ?? throw Bad("a metric has no metricType.");
        if (!Types.Contains(type, StringComparer.Ordinal))
        {
            throw Bad($"metricType {type} is not one of {string.Join(", ", Types)}.");
        }

        int value = ScalingRuleJson.Int(item, "metricTargetAverageUtilization", Parameter) ?? throw Bad($"the {type} metric has no metricTargetAverageUtilization.");
        int most = type is "CPU" or "MEMORY" ? 100 : int.MaxValue;
        if (value < 1 || value > most)
        {
            throw Bad($"metricTargetAverageUtilization {value} of {type} is not between 1 and {most}.");
        }

        string? slbId = ScalingRuleJson.String(item, "slbId", Parameter);
        if (type.Contains("SLB", StringComparison.Ordinal) && string.IsNullOrEmpty(slbId))
        {
            throw Bad($"the {type} metric needs its slbId.");
        }

        return new ScalingMetricTarget(type, value, slbId, ScalingRuleJson.String(item, "slbProject", Parameter),
            ScalingRuleJson.String(item, "slbLogstore", Parameter), ScalingRuleJson.String(item, "vport", Parameter));
    }

    private static ScalingStep? Step(JsonElement root, string name)
    {
        JsonElement? rules = ScalingRuleJson.Member(root, name);
        if (rules is null)
        {
            return null;
        }

        if (rules.Value.ValueKind != JsonValueKind.Object)
        {
            throw Bad($"{name} must be an object.");
        }

        long step = ScalingRuleJson.Long(rules.Value, "step", Parameter) ?? 100;
        long window = ScalingRuleJson.Long(rules.Value, "stabilizationWindowSeconds", Parameter) ?? 0;
        if (step < 1 || window is < 0 or > 3600)
        {
            throw Bad($"{name} step {step} must be 1 or more and stabilizationWindowSeconds {window} between 0 and 3600.");
        }

        return new ScalingStep(step, ScalingRuleJson.Bool(rules.Value, "disabled", Parameter) ?? false, window);
    }

    private static SaeException Bad(string reason) => new(SaeErrors.WithMessage(Parameter, reason));
}
