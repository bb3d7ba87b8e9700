using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The scaling-rule APIs (DescribeApplicationScalingRules, DescribeApplicationScalingRule, Create-, Update-, Delete-,
/// Enable- and DisableApplicationScalingRule). Every one names the application (AppId) and, but the listing, the rule
/// by name. Requests are built from the catalog, so the surface checks every name, type and required parameter; the
/// timer and metric go as SAE's JSON strings (<see cref="ScalingRuleSpec"/>).
/// </summary>
internal static class ScalingRuleCalls
{
    public static ApiRequest List(ServiceLocation location, string appId, string? namespaceId) =>
        SaeRequests.DescribeApplicationScalingRules(location, namespaceId, appId: appId);

    public static ApiRequest Describe(ServiceLocation location, string appId, string? namespaceId, string name) =>
        SaeRequests.DescribeApplicationScalingRule(location, namespaceId, appId: appId, scalingRuleName: name);

    public static ApiRequest Create(ServiceLocation location, string appId, string? namespaceId, string name, ScalingRuleSpec spec, bool enabled) =>
        SaeRequests.CreateApplicationScalingRule(location, namespaceId, appId: appId, scalingRuleName: name, scalingRuleType: spec.Type,
            scalingRuleTimer: spec.TimerJson(), scalingRuleMetric: spec.MetricJson(), scalingRuleEnable: enabled, callTarget: Target(appId, namespaceId, name));

    /// <summary>UpdateApplicationScalingRule: the type and both parts, whole; the rule's step rules kept as they were read.</summary>
    public static ApiRequest Update(ServiceLocation location, SaeScalingRule rule, ScalingRuleSpec spec) =>
        SaeRequests.UpdateApplicationScalingRule(location, rule.NamespaceId, appId: rule.AppId, scalingRuleName: rule.Name,
            scalingRuleType: spec.Type, scalingRuleTimer: spec.TimerJson(), scalingRuleMetric: spec.MetricJson(rule.MetricSteps), callTarget: Target(rule.AppId, rule.NamespaceId, rule.Name));

    public static ApiRequest Delete(ServiceLocation location, SaeScalingRule rule) =>
        SaeRequests.DeleteApplicationScalingRule(location, rule.NamespaceId, appId: rule.AppId, scalingRuleName: rule.Name, callTarget: Target(rule.AppId, rule.NamespaceId, rule.Name));

    /// <summary>EnableApplicationScalingRule or DisableApplicationScalingRule.</summary>
    public static ApiRequest Switch(ServiceLocation location, SaeScalingRule rule, bool enable) =>
        enable
            ? SaeRequests.EnableApplicationScalingRule(location, rule.NamespaceId, appId: rule.AppId, scalingRuleName: rule.Name, callTarget: Target(rule.AppId, rule.NamespaceId, rule.Name))
            : SaeRequests.DisableApplicationScalingRule(location, rule.NamespaceId, appId: rule.AppId, scalingRuleName: rule.Name, callTarget: Target(rule.AppId, rule.NamespaceId, rule.Name));

    /// <summary>DescribeApplicationScalingRules: Data.ApplicationScalingRules[] (one page: the request has no paging).</summary>
    public static IReadOnlyList<SaeScalingRule> ParseList(ApiResponse response, string appId, string? namespaceId, ServiceLocation location) =>
        (JsonRead.Child(response.Data, "ApplicationScalingRules") as JArray ?? new JArray()).OfType<JObject>()
            .Select(item => Read(item, appId, namespaceId, location)).ToList();

    /// <summary>DescribeApplicationScalingRule and the changes' answers: Data is the rule.</summary>
    public static SaeScalingRule ParseOne(ApiResponse response, string appId, string? namespaceId, ServiceLocation location) =>
        Read(response.Data as JObject ?? new JObject(), appId, namespaceId, location);

    /// <summary>One rule: the generated record's fields, then its timer and metric, which it does not nest.</summary>
    public static SaeScalingRule Read(JObject item, string appId, string? namespaceId, ServiceLocation location)
    {
        SaeScalingRule rule = SaeScalingRule.Read(item);
        rule.AppId = rule.AppId.Length == 0 ? appId : rule.AppId;
        rule.NamespaceId = namespaceId;
        rule.RegionId = RegionIds.Of(namespaceId, location);
        if (JsonRead.Child(item, "Timer") is JObject timer)
        {
            rule.Period = JsonRead.NonEmptyString(timer, "Period");
            rule.BeginDate = JsonRead.NonEmptyString(timer, "BeginDate");
            rule.EndDate = JsonRead.NonEmptyString(timer, "EndDate");
            rule.Schedules = (JsonRead.Child(timer, "Schedules") as JArray ?? new JArray()).OfType<JObject>().Select(s => new SaeScalingSchedule
            {
                AtTime = JsonRead.String(s, "AtTime") ?? string.Empty,
                TargetReplicas = JsonRead.Int(s, "TargetReplicas"),
                MinReplicas = JsonRead.Int(s, "MinReplicas"),
                MaxReplicas = JsonRead.Int(s, "MaxReplicas"),
            }).ToList();
        }

        if (JsonRead.Child(item, "Metric") is JObject metric)
        {
            rule.MinReplicas = JsonRead.Int(metric, "MinReplicas");
            rule.MaxReplicas = JsonRead.Int(metric, "MaxReplicas");
            rule.Metrics = (JsonRead.Child(metric, "Metrics") as JArray ?? new JArray()).OfType<JObject>().Select(m => new SaeScalingMetric
            {
                MetricType = JsonRead.String(m, "MetricType") ?? string.Empty,
                Target = JsonRead.Int(m, "MetricTargetAverageUtilization") ?? 0,
                SlbId = JsonRead.NonEmptyString(m, "SlbId"),
            }).ToList();
            rule.MetricSteps = Steps(metric);
        }

        return rule;
    }

    // scaleUpRules and scaleDownRules as the wire spells them, so an update that replaces the metric keeps them.
    private static JObject? Steps(JObject metric)
    {
        var steps = new JObject();
        foreach ((string field, string wire) in new[] { ("ScaleUpRules", "scaleUpRules"), ("ScaleDownRules", "scaleDownRules") })
        {
            if (JsonRead.Child(metric, field) is JObject rules)
            {
                steps[wire] = new JObject
                {
                    ["step"] = JsonRead.Long(rules, "Step"),
                    ["disabled"] = JsonRead.Bool(rules, "Disabled"),
                    ["stabilizationWindowSeconds"] = JsonRead.Long(rules, "StabilizationWindowSeconds"),
                };
            }
        }

        return steps.Count == 0 ? null : steps;
    }

    private static CallTarget Target(string appId, string? namespaceId, string name)
    {
        string ns = namespaceId is null ? string.Empty : " -NamespaceId " + namespaceId;
        return new CallTarget("the scaling rule '" + name + "' of application " + appId,
            where => "Look at it (Get-SaeScalingRule -AppId " + appId + ns + " -Name " + name + where + ") before trying again.");
    }
}
