using System.Text.RegularExpressions;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// What CreateApplicationScalingRule and UpdateApplicationScalingRule share: the type, its timer and metric (each
/// parsed as its type needs), and the checks that the two fit together.
/// </summary>
internal static partial class ScalingRuleSettings
{
    private static readonly string[] Types = [SaeScalingRule.Timing, SaeScalingRule.MetricType, SaeScalingRule.Mix];

    /// <summary>SAE's rule names: lower-case letters, digits and hyphens, starting with a letter, at most 32 characters.</summary>
    public static string Name(SaeCall call)
    {
        string name = call.Required("ScalingRuleName");
        return NamePattern().IsMatch(name)
            ? name
            : throw new SaeException(SaeErrors.WithMessage("ScalingRuleName", $"{name} must be lower-case letters, digits and hyphens, start with a letter, and be at most 32 characters."));
    }

    public static string Type(string type) =>
        Types.Contains(type, StringComparer.Ordinal) ? type : throw new SaeException(SaeErrors.WithMessage("ScalingRuleType", $"{type} is not timing, metric or mix."));

    /// <summary>The rule <paramref name="type"/> needs: a timer for timing, a metric for metric, both for mix; the given JSON replaces, else <paramref name="current"/> stays.</summary>
    public static (ScalingTimer? Timer, ScalingMetric? Metric) Parts(SaeCall call, string type, SaeScalingRule? current)
    {
        string? timerJson = call.Optional("ScalingRuleTimer");
        string? metricJson = call.Optional("ScalingRuleMetric");
        bool timed = type != SaeScalingRule.MetricType;
        bool metered = type != SaeScalingRule.Timing;
        ScalingTimer? timer = !timed ? null
            : !string.IsNullOrWhiteSpace(timerJson) ? ScalingRuleTimerParser.Parse(timerJson, type == SaeScalingRule.Mix)
            : current?.Type == type ? current.Timer : null;
        ScalingMetric? metric = !metered ? null
            : !string.IsNullOrWhiteSpace(metricJson) ? ScalingRuleMetricParser.Parse(metricJson)
            : current?.Metric;
        if (timed && timer is null)
        {
            throw new SaeException(SaeErrors.NotEmpty("ScalingRuleTimer"));
        }

        if (metered && metric is null)
        {
            throw new SaeException(SaeErrors.NotEmpty("ScalingRuleMetric"));
        }

        if (type == SaeScalingRule.Mix && timer!.Schedules.Any(s => s.MinReplicas < metric!.MinReplicas || s.MaxReplicas > metric.MaxReplicas) is true)
        {
            throw new SaeException(SaeErrors.WithMessage("ScalingRuleTimer", $"a schedule's range is outside the metric's {metric!.MinReplicas}..{metric.MaxReplicas}."));
        }

        return (timer, metric);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex NamePattern();
}
