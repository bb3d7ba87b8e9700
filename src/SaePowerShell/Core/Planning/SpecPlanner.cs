using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// A spec against the live application: missing, it is created; there, the properties that differ (compared as
/// <see cref="FieldComparison"/> says, so no false drift) become <see cref="ApplicationUpdatePlanner"/>'s calls, and
/// the tags that differ one TagResources. What no API changes on a live application (set at creation) is a
/// difference with no call. Region-bound values (network) are carried only within their region, or given anew. The
/// scaling rules a spec lists are planned by <see cref="SpecScalingRules"/> against <c>liveRules</c>, its load-balancer
/// bindings by <see cref="SpecLoadBalancers"/> against <c>liveLoadBalancers</c> (their ids mapped for another region).
/// </summary>
internal static class SpecPlanner
{
    /// <summary>
    /// <paramref name="targetNamespace"/> is where it is applied; <paramref name="overrides"/> the apply's own values
    /// (the network, for another region); <paramref name="idOf"/> a mounted object's id there by (field, name).
    /// </summary>
    public static SpecPlan Plan(SaeApplicationSpec spec, string targetNamespace, SaeApplication? live, SaeApplicationConfig? liveConfig,
        IReadOnlyList<SaeScalingRule>? liveRules, IReadOnlyDictionary<string, object?> overrides, Func<string, string, long?> idOf,
        IReadOnlyList<SaeApplicationLoadBalancer>? liveLoadBalancers = null, IReadOnlyDictionary<string, string?>? loadBalancerIds = null)
    {
        string? specRegion = spec.RegionId ?? RegionIds.FromNamespaceId(spec.NamespaceId);
        bool otherRegion = !string.Equals(specRegion, RegionIds.FromNamespaceId(targetNamespace), StringComparison.Ordinal);
        IReadOnlyList<SaeApplicationLoadBalancer>? wantedLoadBalancers = spec.LoadBalancers is null ? null
            : SpecLoadBalancers.Mapped(spec, otherRegion, loadBalancerIds ?? new Dictionary<string, string?>());
        IDictionary<string, object?> wanted = Wanted(spec, targetNamespace, overrides);
        var differences = new List<SaeApplicationDifference>();
        SaeApplicationDifference Difference(string property, object? liveValue, object? wantedValue, string call) => new SaeApplicationDifference
        {
            AppName = spec.AppName,
            NamespaceId = targetNamespace,
            Property = property,
            Live = liveValue is null ? null : FieldComparison.Show(liveValue),
            Wanted = FieldComparison.Show(wantedValue),
            Call = call,
        };

        if (live is null || liveConfig is null)
        {
            Dictionary<string, object?> values = ApplicationSpecs.Values(spec, wanted, idOf);
            differences.Add(Difference("(application)", null, spec.AppName, "CreateApplication"));
            IReadOnlyList<ScalingRuleCall> creates = RuleCalls(spec, targetNamespace, Array.Empty<SaeScalingRule>(), differences);
            IReadOnlyList<LoadBalancerCall> binds = LoadBalancerCalls(spec, targetNamespace, wantedLoadBalancers, Array.Empty<SaeApplicationLoadBalancer>(), differences);
            return new SpecPlan(spec, targetNamespace, null, values, Array.Empty<PlannedCall>(), new SortedDictionary<string, string>(spec.Tags, StringComparer.Ordinal), creates, binds, differences);
        }

        IDictionary<string, object?> current = ApplicationSpecs.FromConfiguration(liveConfig, live.Tags).Configuration;
        var changed = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> pair in wanted)
        {
            if (!FieldComparison.Same(current.TryGetValue(pair.Key, out object? now) ? now : null, pair.Value))
            {
                changed[pair.Key] = pair.Value;
            }
        }

        Dictionary<string, object?> byId = ApplicationSpecs.Values(spec, changed, idOf);
        (ApplicationSettings settings, IReadOnlyList<string> fixedAtCreation) = Settings(byId);
        IReadOnlyList<PlannedCall> calls = settings.IsEmpty ? Array.Empty<PlannedCall>() : ApplicationUpdatePlanner.Plan(liveConfig, settings);
        foreach (KeyValuePair<string, object?> pair in changed)
        {
            PlannedCall? call = calls.FirstOrDefault(c => c.Changes.Contains(pair.Key, StringComparer.OrdinalIgnoreCase) || (pair.Key == "Envs" && c.Changes.Contains("Envs")));
            string how = call?.Api.Action ?? (fixedAtCreation.Contains(pair.Key) ? "none: set when the application is created" : "none: already as wanted once SAE's form is applied");
            if (call != null || fixedAtCreation.Contains(pair.Key))
            {
                differences.Add(Difference(pair.Key, current.TryGetValue(pair.Key, out object? now) ? now : null, pair.Value, how));
            }
        }

        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> tag in spec.Tags)
        {
            if (!live.Tags.TryGetValue(tag.Key, out string? value) || value != tag.Value)
            {
                tags[tag.Key] = tag.Value;
                differences.Add(Difference("Tags." + tag.Key, live.Tags.TryGetValue(tag.Key, out string? was) ? was : null, tag.Value, "TagResources"));
            }
        }

        IReadOnlyList<ScalingRuleCall> ruleCalls = RuleCalls(spec, targetNamespace, liveRules ?? Array.Empty<SaeScalingRule>(), differences);
        IReadOnlyList<LoadBalancerCall> loadBalancerCalls = LoadBalancerCalls(spec, targetNamespace, wantedLoadBalancers, liveLoadBalancers ?? Array.Empty<SaeApplicationLoadBalancer>(), differences);
        return new SpecPlan(spec, targetNamespace, live.AppId, null, calls, tags, ruleCalls, loadBalancerCalls, differences);
    }

    /// <summary>The load-balancer calls, each a difference too; none when the spec does not list its bindings.</summary>
    private static IReadOnlyList<LoadBalancerCall> LoadBalancerCalls(SaeApplicationSpec spec, string targetNamespace, IReadOnlyList<SaeApplicationLoadBalancer>? wanted,
        IReadOnlyList<SaeApplicationLoadBalancer> live, List<SaeApplicationDifference> differences)
    {
        if (wanted is null)
        {
            return Array.Empty<LoadBalancerCall>();
        }

        IReadOnlyList<LoadBalancerCall> calls = SpecLoadBalancers.Plan(wanted, live);
        foreach (LoadBalancerCall call in calls)
        {
            differences.Add(new SaeApplicationDifference
            {
                AppName = spec.AppName,
                NamespaceId = targetNamespace,
                Property = call.Property,
                Live = call.Live is null ? null : SpecLoadBalancers.Show(call.Live),
                Wanted = SpecLoadBalancers.Show(call.Wanted),
                Call = call.Action,
            });
        }

        return calls;
    }

    /// <summary>The scaling-rule calls, each a difference too; none when the spec does not list its rules.</summary>
    private static IReadOnlyList<ScalingRuleCall> RuleCalls(SaeApplicationSpec spec, string targetNamespace, IReadOnlyList<SaeScalingRule> liveRules, List<SaeApplicationDifference> differences)
    {
        if (spec.ScalingRules is null)
        {
            return Array.Empty<ScalingRuleCall>();
        }

        IReadOnlyList<ScalingRuleCall> calls = SpecScalingRules.Plan(spec.ScalingRules.ToList(), liveRules);
        foreach (ScalingRuleCall call in calls)
        {
            differences.Add(new SaeApplicationDifference
            {
                AppName = spec.AppName,
                NamespaceId = targetNamespace,
                Property = "ScalingRules." + call.Name,
                Live = call.Live is null ? null : SpecScalingRules.Show(call.Live),
                Wanted = SpecScalingRules.Show(call.Wanted),
                Call = call.Action,
            });
        }

        return calls;
    }

    /// <summary>The spec's configuration with the apply's own values, refusing network values that cannot cross regions.</summary>
    private static IDictionary<string, object?> Wanted(SaeApplicationSpec spec, string targetNamespace, IReadOnlyDictionary<string, object?> overrides)
    {
        var wanted = new SortedDictionary<string, object?>(spec.Configuration, StringComparer.Ordinal);
        string? from = spec.RegionId ?? RegionIds.FromNamespaceId(spec.NamespaceId);
        string? to = RegionIds.FromNamespaceId(targetNamespace);
        if (!string.Equals(from, to, StringComparison.Ordinal))
        {
            string[] stuck = CreateApplicationCall.RegionBound.Where(name => wanted.ContainsKey(name) && !overrides.ContainsKey(name)).ToArray();
            if (stuck.Length > 0)
            {
                throw new SaeConfigurationException("RegionBoundValue",
                    (spec.Source ?? "the spec") + ", application " + spec.AppName + ": its " + string.Join(", ", stuck) + " belong to " + from + " and cannot be carried into " + to
                    + "; give " + string.Join(", ", stuck.Select(s => "-" + s)) + " for " + to + ". Nothing was sent for it.");
            }
        }

        foreach (KeyValuePair<string, object?> pair in overrides)
        {
            wanted[pair.Key] = pair.Value;
        }

        return wanted;
    }

    /// <summary>Changed values as Set-SaeApplication's settings; those DeployApplication does not take either are fixed at creation.</summary>
    private static (ApplicationSettings, IReadOnlyList<string>) Settings(IReadOnlyDictionary<string, object?> changed)
    {
        ApiDefinition deploy = ApiCatalog.Find(SaeApi.DeployApplication.Action)!;
        var rest = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var fixedAtCreation = new List<string>();
        string[] narrow = { "Replicas", "Cpu", "Memory", "SecurityGroupId", "VSwitchId", "AppDescription" };
        foreach (KeyValuePair<string, object?> pair in changed.Where(p => !narrow.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
        {
            if (deploy.Find(pair.Key) is ApiParameter parameter)
            {
                rest[parameter.Name] = pair.Value;
            }
            else
            {
                fixedAtCreation.Add(pair.Key);
            }
        }

        int? Number(string name) => changed.TryGetValue(name, out object? value) && value != null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;
        string? Text(string name) => changed.TryGetValue(name, out object? value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
        return (new ApplicationSettings(Number("Replicas"), Number("Cpu"), Number("Memory"), Text("SecurityGroupId"), Text("VSwitchId"), Text("AppDescription"), rest), fixedAtCreation);
    }
}
