using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// A spec's scaling rules: written and read as typed JSON (the values the scaling-rule cmdlets take, never SAE's
/// ScalingRuleTimer and ScalingRuleMetric strings), checked as New-SaeScalingRule checks them, and planned against
/// the application's live rules by name. A spec with <c>scalingRules</c> owns them all, so a live rule it does not list
/// is deleted; a spec without the key leaves the rules alone and costs no read of them.
/// </summary>
/// <remarks>
/// A metric rule's step rules (scale-up and scale-down steps) are not part of a spec: an update keeps them as they were.
/// </remarks>
internal static class SpecScalingRules
{
    private static readonly string[] RuleKeys = { "name", "enabled", "period", "schedules", "minReplicas", "maxReplicas", "metrics" };
    private static readonly string[] ScheduleKeys = { "atTime", "targetReplicas", "minReplicas", "maxReplicas" };
    private static readonly string[] MetricKeys = { "metricType", "target", "slbId" };

    /// <summary>The rules as a spec writes them, by name; a rule's period only when it has schedules, SAE's default written out.</summary>
    public static JArray ToJson(IEnumerable<SaeScalingRule> rules) => new JArray(rules.OrderBy(r => r.Name, StringComparer.Ordinal).Select(ToJson));

    private static JObject ToJson(SaeScalingRule rule)
    {
        var result = new JObject { ["name"] = rule.Name, ["enabled"] = rule.Enabled };
        if (rule.Schedules.Count > 0)
        {
            result["period"] = rule.Period ?? ScalingRuleSpec.DefaultPeriod;
            result["schedules"] = new JArray(rule.Schedules.Select(s => Without(new JObject
            {
                ["atTime"] = s.AtTime,
                ["targetReplicas"] = s.TargetReplicas,
                ["minReplicas"] = s.MinReplicas,
                ["maxReplicas"] = s.MaxReplicas,
            })));
        }

        if (rule.MinReplicas.HasValue)
        {
            result["minReplicas"] = rule.MinReplicas;
        }

        if (rule.MaxReplicas.HasValue)
        {
            result["maxReplicas"] = rule.MaxReplicas;
        }

        if (rule.Metrics.Count > 0)
        {
            result["metrics"] = new JArray(rule.Metrics
                .OrderBy(m => IndexOf(m.MetricType)).ThenBy(m => m.SlbId, StringComparer.Ordinal)
                .Select(m => Without(new JObject { ["metricType"] = m.MetricType, ["target"] = m.Target, ["slbId"] = m.SlbId })));
        }

        return result;
    }

    /// <summary>A spec's <c>scalingRules</c>, each checked before any call; a problem names the file, the application, the rule and the value.</summary>
    public static IList<SaeScalingRule> Read(JToken token, Func<string, Exception> bad)
    {
        var rules = new List<SaeScalingRule>();
        foreach ((JObject rule, string position) in SpecJson.Objects(token, "scalingRules", RuleKeys, bad))
        {
            string name = rule["name"]?.Type == JTokenType.String ? (string)rule["name"]! : throw bad("has " + position + " without a name");
            string at = "scalingRules '" + name + "'";
            if (ScalingRuleSpec.NameProblem(name) is string nameProblem)
            {
                throw bad("has " + at + ": " + nameProblem);
            }

            if (rules.Any(r => r.Name == name))
            {
                throw bad("has two scaling rules named '" + name + "'");
            }

            var parsed = new SaeScalingRule
            {
                Name = name,
                Enabled = rule["enabled"] is null ? true : rule["enabled"]!.Type == JTokenType.Boolean ? (bool)rule["enabled"]! : throw bad("has " + at + " whose enabled is not true or false"),
                Period = SpecJson.Text(rule, "period", at, bad),
                MinReplicas = SpecJson.Number(rule, "minReplicas", at, bad),
                MaxReplicas = SpecJson.Number(rule, "maxReplicas", at, bad),
                Schedules = Items(rule, "schedules", at, bad).Select((s, j) =>
                {
                    string where = at + ".schedules[" + j + "]";
                    SpecJson.Known(s, ScheduleKeys, where, bad);
                    return new SaeScalingSchedule
                    {
                        AtTime = SpecJson.Text(s, "atTime", where, bad) ?? string.Empty,
                        TargetReplicas = SpecJson.Number(s, "targetReplicas", where, bad),
                        MinReplicas = SpecJson.Number(s, "minReplicas", where, bad),
                        MaxReplicas = SpecJson.Number(s, "maxReplicas", where, bad),
                    };
                }).ToList(),
                Metrics = Items(rule, "metrics", at, bad).Select((m, j) =>
                {
                    string where = at + ".metrics[" + j + "]";
                    SpecJson.Known(m, MetricKeys, where, bad);
                    return new SaeScalingMetric
                    {
                        MetricType = SpecJson.Text(m, "metricType", where, bad) ?? string.Empty,
                        Target = SpecJson.Number(m, "target", where, bad) ?? throw bad("has " + where + " without a target"),
                        SlbId = SpecJson.Text(m, "slbId", where, bad),
                    };
                }).ToList(),
            };
            if (ScalingRuleSpec.Of(parsed).Problem() is string problem)
            {
                throw bad("has " + at + " that SAE would refuse: " + problem);
            }

            rules.Add(parsed);
        }

        return rules;
    }

    /// <summary>
    /// What makes the live rules those wanted, fewest calls first: a rule not wanted deleted, one that differs updated
    /// (and switched when only its state differs, or as well), a missing one created in its wanted state.
    /// </summary>
    public static IReadOnlyList<ScalingRuleCall> Plan(IReadOnlyList<SaeScalingRule> wanted, IReadOnlyList<SaeScalingRule> live)
    {
        var calls = new List<ScalingRuleCall>();
        foreach (SaeScalingRule gone in live.Where(l => !wanted.Any(w => w.Name == l.Name)).OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            calls.Add(new ScalingRuleCall(ScalingRuleCallKind.Delete, null, gone));
        }

        foreach (SaeScalingRule rule in wanted.OrderBy(w => w.Name, StringComparer.Ordinal))
        {
            SaeScalingRule? now = live.FirstOrDefault(l => l.Name == rule.Name);
            if (now is null)
            {
                calls.Add(new ScalingRuleCall(ScalingRuleCallKind.Create, rule, null));
                continue;
            }

            if (!JToken.DeepEquals(Shape(rule), Shape(now)))
            {
                calls.Add(new ScalingRuleCall(ScalingRuleCallKind.Update, rule, now));
            }

            if (rule.Enabled != now.Enabled)
            {
                calls.Add(new ScalingRuleCall(rule.Enabled ? ScalingRuleCallKind.Enable : ScalingRuleCallKind.Disable, rule, now));
            }
        }

        return calls;
    }

    /// <summary>A rule as a message shows it: its spec JSON on one line.</summary>
    public static string Show(SaeScalingRule? rule) => rule is null ? "(none)" : ToJson(rule).ToString(Newtonsoft.Json.Formatting.None);

    // What a rule is, apart from its name and whether it is enabled.
    private static JObject Shape(SaeScalingRule rule)
    {
        JObject shape = ToJson(rule);
        shape.Remove("name");
        shape.Remove("enabled");
        return shape;
    }

    private static int IndexOf(string metricType)
    {
        int index = ScalingRuleSpec.MetricTypes.ToList().IndexOf(metricType);
        return index < 0 ? int.MaxValue : index;
    }

    private static JObject Without(JObject obj)
    {
        foreach (JProperty empty in obj.Properties().Where(p => p.Value.Type == JTokenType.Null).ToList())
        {
            empty.Remove();
        }

        return obj;
    }

    private static IEnumerable<JObject> Items(JObject obj, string key, string at, Func<string, Exception> bad) =>
        obj[key] is null || obj[key]!.Type == JTokenType.Null ? Enumerable.Empty<JObject>()
        : obj[key] is JArray items ? items.Select((item, i) => item as JObject ?? throw bad("has " + at + "." + key + "[" + i + "] that is not an object")).ToList()
        : throw bad("has " + at + "." + key + " that is not a list");
}
