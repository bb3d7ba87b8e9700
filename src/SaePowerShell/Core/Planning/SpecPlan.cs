using System.Collections.Generic;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// What applying one spec takes: a CreateApplication when the application is missing (with its values), else the
/// planned calls; the tags to set; the scaling-rule calls; the load-balancer calls; and every difference, for Compare-SaeApplication and -WhatIf.
/// </summary>
internal sealed record SpecPlan(SaeApplicationSpec Spec, string NamespaceId, string? AppId, IReadOnlyDictionary<string, object?>? CreateValues,
    IReadOnlyList<PlannedCall> Calls, IReadOnlyDictionary<string, string> TagsToSet, IReadOnlyList<ScalingRuleCall> RuleCalls, IReadOnlyList<LoadBalancerCall> LoadBalancerCalls, IReadOnlyList<SaeApplicationDifference> Differences)
{
    /// <summary>How many state-changing calls it makes.</summary>
    public int CallCount => (CreateValues is null ? 0 : 1) + Calls.Count + (TagsToSet.Count > 0 ? 1 : 0) + RuleCalls.Count + LoadBalancerCalls.Count;

    /// <summary>The calls in order, by API name.</summary>
    public IEnumerable<string> CallNames()
    {
        if (CreateValues != null)
        {
            yield return "CreateApplication";
        }

        foreach (PlannedCall call in Calls)
        {
            yield return call.ToString();
        }

        if (TagsToSet.Count > 0)
        {
            yield return "TagResources (" + string.Join(", ", TagsToSet.Keys) + ")";
        }

        foreach (ScalingRuleCall call in RuleCalls)
        {
            yield return call.ToString();
        }

        foreach (LoadBalancerCall call in LoadBalancerCalls)
        {
            yield return call.ToString();
        }
    }
}
