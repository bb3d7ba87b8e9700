using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Core.Api;

/// <summary>
/// What a scaling rule is to be, typed: a timer (period and schedules), a metric (replica range and targets), or both.
/// Its type follows (timing, metric, mix), and it writes SAE's ScalingRuleTimer and ScalingRuleMetric JSON strings
/// (camelCase, as SAE documents them). <see cref="Problem"/> checks it against what SAE documents, naming the value,
/// before anything is sent.
/// </summary>
internal sealed record ScalingRuleSpec(string? Period, IReadOnlyList<SaeScalingSchedule> Schedules, int? MinReplicas, int? MaxReplicas, IReadOnlyList<SaeScalingMetric> Metrics)
{
    public const string DefaultPeriod = "* * *";

    /// <summary>The documented metric types (the surface's MetricType values).</summary>
    public static readonly IReadOnlyList<string> MetricTypes = new[] { "CPU", "MEMORY", "QPS", "RT", "tcpActiveConn", "SLB_QPS", "SLB_RT", "INTRANET_SLB_QPS", "INTRANET_SLB_RT" };

    private static readonly string[] Days = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };

    public bool Timed => Schedules.Count > 0;

    public bool Metered => Metrics.Count > 0 || MinReplicas.HasValue || MaxReplicas.HasValue;

    /// <summary>SAE's ScalingRuleType: timing, metric, or mix for both.</summary>
    public string Type => Timed && Metered ? "mix" : Timed ? "timing" : "metric";

    /// <summary>The rule a read shows, as a spec, so a change can be compared with it.</summary>
    public static ScalingRuleSpec Of(SaeScalingRule rule) => new ScalingRuleSpec(rule.Period, rule.Schedules, rule.MinReplicas, rule.MaxReplicas, rule.Metrics);

    /// <summary>SAE's rule names: lower-case letters, digits and '-', beginning with a letter, at most 32 characters.</summary>
    public static string? NameProblem(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9-]{0,31}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)
            ? null
            : "The scaling rule name '" + name + "' is not one SAE takes: lower-case letters, digits and '-', beginning with a letter, at most 32 characters.";

    /// <summary>The targets the typed parameters give, in SAE's order: CPU, MEMORY, QPS, RT, tcpActiveConn.</summary>
    public static IReadOnlyList<SaeScalingMetric> MetricsOf(int? cpu, int? memory, int? qps, int? rt, int? tcp) =>
        new[] { ("CPU", cpu), ("MEMORY", memory), ("QPS", qps), ("RT", rt), ("tcpActiveConn", tcp) }
            .Where(m => m.Item2.HasValue).Select(m => new SaeScalingMetric { MetricType = m.Item1, Target = m.Item2!.Value }).ToList();

    /// <summary>
    /// A change to this rule by what <paramref name="given"/> has: its schedules and period replace these, its range
    /// replaces this one's ends, and each of its targets replaces the one of its type (the others stay).
    /// </summary>
    public ScalingRuleSpec With(ScalingRuleSpec given)
    {
        var metrics = Metrics.Where(m => !given.Metrics.Any(g => g.MetricType == m.MetricType)).Concat(given.Metrics)
            .OrderBy(m => Array.IndexOf(MetricTypes.ToArray(), m.MetricType)).ToList();
        return new ScalingRuleSpec(given.Period ?? Period, given.Schedules.Count > 0 ? given.Schedules : Schedules,
            given.MinReplicas ?? MinReplicas, given.MaxReplicas ?? MaxReplicas, metrics);
    }

    /// <summary>What is wrong with the values given, each alone (a rule still to be merged with SAE's), or null.</summary>
    public string? GivenProblem()
    {
        if (Period != null && !IsPeriod(Period))
        {
            return PeriodProblem(Period);
        }

        foreach (SaeScalingSchedule schedule in Schedules)
        {
            if (!DateTime.TryParseExact(schedule.AtTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return "The schedule time '" + schedule.AtTime + "' is not a time of day HH:mm (00:00 to 23:59).";
            }

            if (schedule.TargetReplicas < 0 || schedule.MinReplicas < 1 || schedule.MinReplicas > schedule.MaxReplicas)
            {
                return "The schedule at " + schedule + " is not one SAE takes: TargetReplicas 0 or more, MinReplicas 1 or more and not above MaxReplicas.";
            }
        }

        if (MinReplicas < 1)
        {
            return "-MinReplicas " + MinReplicas + " must be 1 or more.";
        }

        if (MinReplicas > MaxReplicas)
        {
            return "-MinReplicas " + MinReplicas + " is above -MaxReplicas " + MaxReplicas + ".";
        }

        return Metrics.Select(TargetProblem).FirstOrDefault(p => p != null);
    }

    private static string? TargetProblem(SaeScalingMetric metric)
    {
        if (!MetricTypes.Contains(metric.MetricType, StringComparer.Ordinal))
        {
            return "The metric type '" + metric.MetricType + "' is not one SAE lists: " + string.Join(", ", MetricTypes) + ".";
        }

        int most = metric.MetricType is "CPU" or "MEMORY" ? 100 : int.MaxValue;
        return metric.Target < 1 || metric.Target > most
            ? "The " + metric.MetricType + " target " + metric.Target + " must be " + (most == 100 ? "a percentage from 1 to 100." : "1 or more.")
            : null;
    }

    private static string PeriodProblem(string period) =>
        "The period '" + period + "' is not one SAE takes: '* * *' (every day), '* * Sat,Sun' (days of the week Sun to Sat), or '1,15 * *' (days of the month 1 to 31).";

    /// <summary>What is wrong with it, naming the value, or null. Checked in the order a person reads the command line.</summary>
    public string? Problem()
    {
        if (!Timed && !Metered)
        {
            return "A scaling rule needs -Schedule (a timing rule), or -MinReplicas, -MaxReplicas and a metric such as -CpuPercent (a metric rule), or both (a mixed rule).";
        }

        return (Timed ? TimerProblem() : null) ?? (Metered ? MetricProblem() : null);
    }

    private string? TimerProblem()
    {
        string period = Period ?? DefaultPeriod;
        if (!IsPeriod(period))
        {
            return PeriodProblem(period);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SaeScalingSchedule schedule in Schedules)
        {
            if (!DateTime.TryParseExact(schedule.AtTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return "The schedule time '" + schedule.AtTime + "' is not a time of day HH:mm (00:00 to 23:59).";
            }

            if (!seen.Add(schedule.AtTime))
            {
                return "Two schedules are at " + schedule.AtTime + "; give each time once.";
            }

            string? problem = Metered ? MixedPointProblem(schedule) : TimedPointProblem(schedule);
            if (problem != null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? TimedPointProblem(SaeScalingSchedule schedule) =>
        schedule.TargetReplicas is not int target ? "The schedule at " + schedule.AtTime + " has no TargetReplicas."
        : target < 0 ? "The schedule at " + schedule.AtTime + " has TargetReplicas " + target + "; it must be 0 or more."
        : schedule.MinReplicas.HasValue || schedule.MaxReplicas.HasValue ? "The schedule at " + schedule.AtTime + " has MinReplicas or MaxReplicas, which only a mixed rule (with a metric) takes; a timing rule takes TargetReplicas."
        : null;

    private static string? MixedPointProblem(SaeScalingSchedule schedule) =>
        schedule.MinReplicas is not int min || schedule.MaxReplicas is not int max ? "The schedule at " + schedule.AtTime + " needs MinReplicas and MaxReplicas: with a metric, the rule is mixed, and each point sets the range."
        : min < 1 ? "The schedule at " + schedule.AtTime + " has MinReplicas " + min + "; it must be 1 or more."
        : min > max ? "The schedule at " + schedule.AtTime + " has MinReplicas " + min + " above MaxReplicas " + max + "."
        : null;

    private string? MetricProblem()
    {
        if (MinReplicas is not int min || MaxReplicas is not int max)
        {
            return "A metric rule needs both -MinReplicas and -MaxReplicas.";
        }

        if (min < 1)
        {
            return "-MinReplicas " + min + " must be 1 or more.";
        }

        if (min > max)
        {
            return "-MinReplicas " + min + " is above -MaxReplicas " + max + ".";
        }

        if (Metrics.Count == 0)
        {
            return "A metric rule needs a metric: -CpuPercent, -MemoryPercent, -Qps, -ResponseTimeMs or -TcpConnections.";
        }

        return Metrics.Select(TargetProblem).FirstOrDefault(p => p != null);
    }

    /// <summary>"day-of-month month day-of-week", as SAE documents: "*" or days 1..31, "*", "*" or Sun..Sat; not both kinds of day.</summary>
    public static bool IsPeriod(string period)
    {
        string[] fields = period.Split(' ');
        return fields.Length == 3 && fields[1] == "*"
            && (fields[0] == "*" || fields[0].Split(',').All(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int day) && day >= 1 && day <= 31))
            && (fields[2] == "*" || fields[2].Split(',').All(d => Days.Contains(d, StringComparer.Ordinal)))
            && (fields[0] == "*" || fields[2] == "*");
    }

    /// <summary>ScalingRuleTimer, or null for a metric rule.</summary>
    public string? TimerJson() => !Timed ? null : Compact(new JObject
    {
        ["period"] = Period ?? DefaultPeriod,
        ["schedules"] = new JArray(Schedules.Select(s => Metered
            ? new JObject { ["atTime"] = s.AtTime, ["minReplicas"] = s.MinReplicas, ["maxReplicas"] = s.MaxReplicas }
            : new JObject { ["atTime"] = s.AtTime, ["targetReplicas"] = s.TargetReplicas })),
    });

    /// <summary>ScalingRuleMetric, or null for a timing rule; <paramref name="steps"/> are the rule's scaleUpRules and scaleDownRules, kept as read.</summary>
    public string? MetricJson(JObject? steps = null)
    {
        if (!Metered)
        {
            return null;
        }

        var metric = new JObject
        {
            ["minReplicas"] = MinReplicas,
            ["maxReplicas"] = MaxReplicas,
            ["metrics"] = new JArray(Metrics.Select(m => m.SlbId is null
                ? new JObject { ["metricType"] = m.MetricType, ["metricTargetAverageUtilization"] = m.Target }
                : new JObject { ["metricType"] = m.MetricType, ["metricTargetAverageUtilization"] = m.Target, ["slbId"] = m.SlbId })),
        };
        foreach (JProperty step in steps?.Properties() ?? Enumerable.Empty<JProperty>())
        {
            metric[step.Name] = step.Value.DeepClone();
        }

        return Compact(metric);
    }

    /// <summary>Whether a rule read back is this spec: its type, timer and metric (SAE's step rules aside).</summary>
    public bool SameAs(SaeScalingRule rule) =>
        string.Equals(rule.Type, Type, StringComparison.Ordinal) && string.Equals(Of(rule).TimerJson(), TimerJson(), StringComparison.Ordinal)
        && string.Equals(Of(rule).MetricJson(), MetricJson(), StringComparison.Ordinal);

    private static string Compact(JObject value) => value.ToString(Formatting.None);
}
