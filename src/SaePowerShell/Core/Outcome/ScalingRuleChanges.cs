using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Creating, changing, switching and deleting an application's scaling rule, each through the one never-twice loop
/// (<see cref="SendOnce"/>) with the evidence the cmdlet table names for it. A create is looked up by name in the
/// application's rules: exactly one of that name made around our send is ours; none means it did not arrive, and it is
/// sent again; an older one leaves it unknown. A change, an enable and a disable are read back
/// (DescribeApplicationScalingRule): the new value there, where the old differed, means it took effect; anything else
/// is "outcome unknown", never a resend. A delete is looked up: gone means done; still there, that it did not arrive.
/// </summary>
internal static class ScalingRuleChanges
{
    public static Task<SaeScalingRule> CreateAsync(SaeClient client, ServiceLocation location, string appId, string? namespaceId, string name, ScalingRuleSpec spec, bool enabled, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, ScalingRuleCalls.Create(location, appId, namespaceId, name, spec, enabled), "scaling rule " + name,
            (response, _) => ScalingRuleCalls.ParseOne(response, appId, namespaceId, location),
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeCreated(await ListAsync(client, location, appId, namespaceId, token).ConfigureAwait(false), appId, name, sentAt),
                "looking it up", token),
            found => "scaling rule " + found.Name + " of application " + found.AppId, cancellationToken);

    /// <summary>Of the application's rules: the verdict on a create of <paramref name="name"/> sent at <paramref name="sentAt"/>.</summary>
    internal static OutcomeVerdict<SaeScalingRule> JudgeCreated(IReadOnlyList<SaeScalingRule> all, string appId, string name, DateTimeOffset sentAt)
    {
        List<SaeScalingRule> named = all.Where(r => string.Equals(r.Name, name, StringComparison.Ordinal)).ToList();
        if (named.Count == 0)
        {
            return OutcomeVerdict<SaeScalingRule>.DidNotTakeEffect("application " + appId + " has no scaling rule named " + name);
        }

        if (named.Count > 1)
        {
            return OutcomeVerdict<SaeScalingRule>.Unknown("application " + appId + " has " + named.Count + " scaling rules named " + name);
        }

        SaeScalingRule only = named[0];
        if (only.CreateTime is not DateTimeOffset created || created < sentAt - OutcomeCheck.Tolerance)
        {
            // Not ours by its time (or no time to tell by), yet SAE's times carry no zone: unknown, never a resend.
            return OutcomeVerdict<SaeScalingRule>.Unknown("the scaling rule " + name + " of application " + appId + " was there before the call");
        }

        return OutcomeVerdict<SaeScalingRule>.TookEffect(only);
    }

    public static Task<SaeScalingRule> UpdateAsync(SaeClient client, ServiceLocation location, SaeScalingRule current, ScalingRuleSpec spec, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, ScalingRuleCalls.Update(location, current, spec), "scaling rule " + current.Name,
            (response, _) => Placed(ScalingRuleCalls.ParseOne(response, current.AppId, current.NamespaceId, location), current),
            (sentAt, token) => ReadBack(client, location, current, read => JudgeUpdated(current, read, spec), token),
            found => "scaling rule " + found.Name + " is as wanted", cancellationToken);

    /// <summary>A change read back: the rule as wanted, where before it was not, took effect; else unknown (someone else's change, or ours not yet there).</summary>
    internal static OutcomeVerdict<SaeScalingRule> JudgeUpdated(SaeScalingRule before, SaeScalingRule read, ScalingRuleSpec spec)
    {
        bool wantedNow = spec.SameAs(read);
        return wantedNow && !spec.SameAs(before)
            ? OutcomeVerdict<SaeScalingRule>.TookEffect(Placed(read, before))
            : OutcomeVerdict<SaeScalingRule>.Unknown(wantedNow
                ? "the scaling rule " + read.Name + " was already so before the call"
                : "the scaling rule " + read.Name + " is not as sent (" + read.Type + ")");
    }

    /// <summary>Enable or disable; the answer has no Data, so the result is the rule as it was with the new state.</summary>
    public static Task<SaeScalingRule> SwitchAsync(SaeClient client, ServiceLocation location, SaeScalingRule current, bool enable, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, ScalingRuleCalls.Switch(location, current, enable), "scaling rule " + current.Name,
            (_, __) => Switched(current, enable),
            (sentAt, token) => ReadBack(client, location, current, read => JudgeSwitched(current, read, enable), token),
            found => "scaling rule " + found.Name + (enable ? " is enabled" : " is disabled"), cancellationToken);

    /// <summary>An enable or disable read back: in the wanted state, where before it was not, took effect; else unknown.</summary>
    internal static OutcomeVerdict<SaeScalingRule> JudgeSwitched(SaeScalingRule before, SaeScalingRule read, bool enable) =>
        read.Enabled == enable && before.Enabled != enable
            ? OutcomeVerdict<SaeScalingRule>.TookEffect(Placed(read, before))
            : OutcomeVerdict<SaeScalingRule>.Unknown(read.Enabled == enable
                ? "the scaling rule " + read.Name + " was already " + (enable ? "enabled" : "disabled") + " before the call"
                : "the scaling rule " + read.Name + " is still " + (read.Enabled ? "enabled" : "disabled"));

    public static Task<SaeScalingRule> DeleteAsync(SaeClient client, ServiceLocation location, SaeScalingRule rule, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, ScalingRuleCalls.Delete(location, rule), "scaling rule " + rule.Name,
            (_, __) => rule,
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeDeleted(await ListAsync(client, location, rule.AppId, rule.NamespaceId, token).ConfigureAwait(false), rule),
                "looking it up", token),
            _ => "scaling rule " + rule.Name + " is gone", cancellationToken);

    /// <summary>A delete looked up: gone from the application means it took effect; still there, that it did not.</summary>
    internal static OutcomeVerdict<SaeScalingRule> JudgeDeleted(IReadOnlyList<SaeScalingRule> all, SaeScalingRule rule) =>
        all.Any(r => string.Equals(r.Name, rule.Name, StringComparison.Ordinal))
            ? OutcomeVerdict<SaeScalingRule>.DidNotTakeEffect("the scaling rule " + rule.Name + " is still there")
            : OutcomeVerdict<SaeScalingRule>.TookEffect(rule);

    private static Task<OutcomeVerdict<SaeScalingRule>> ReadBack(SaeClient client, ServiceLocation location, SaeScalingRule current,
        Func<SaeScalingRule, OutcomeVerdict<SaeScalingRule>> judge, CancellationToken cancellationToken) =>
        LookUp.Verdict(
            async () =>
            {
                ApiResponse read = await client.SendAsync(ScalingRuleCalls.Describe(location, current.AppId, current.NamespaceId, current.Name), cancellationToken).ConfigureAwait(false);
                return judge(ScalingRuleCalls.ParseOne(read, current.AppId, current.NamespaceId, location));
            },
            "reading it back", cancellationToken);

    private static async Task<IReadOnlyList<SaeScalingRule>> ListAsync(SaeClient client, ServiceLocation location, string appId, string? namespaceId, CancellationToken cancellationToken)
    {
        ApiResponse response = await client.SendAsync(ScalingRuleCalls.List(location, appId, namespaceId), cancellationToken).ConfigureAwait(false);
        return ScalingRuleCalls.ParseList(response, appId, namespaceId, location);
    }

    private static SaeScalingRule Switched(SaeScalingRule rule, bool enable)
    {
        SaeScalingRule copy = Copy(rule);
        copy.Enabled = enable;
        return copy;
    }

    // What SAE's answer does not carry is the rule's as the command knew it.
    private static SaeScalingRule Placed(SaeScalingRule read, SaeScalingRule known)
    {
        read.AppName = known.AppName;
        read.NamespaceId = known.NamespaceId;
        read.RegionId = known.RegionId;
        return read;
    }

    private static SaeScalingRule Copy(SaeScalingRule rule) => new SaeScalingRule
    {
        AppId = rule.AppId,
        Name = rule.Name,
        Type = rule.Type,
        Enabled = rule.Enabled,
        MinReadyInstances = rule.MinReadyInstances,
        MinReadyInstanceRatio = rule.MinReadyInstanceRatio,
        CreateTime = rule.CreateTime,
        UpdateTime = rule.UpdateTime,
        LastDisableTime = rule.LastDisableTime,
        NamespaceId = rule.NamespaceId,
        RegionId = rule.RegionId,
        AppName = rule.AppName,
        Period = rule.Period,
        BeginDate = rule.BeginDate,
        EndDate = rule.EndDate,
        Schedules = rule.Schedules,
        MinReplicas = rule.MinReplicas,
        MaxReplicas = rule.MaxReplicas,
        Metrics = rule.Metrics,
        MetricSteps = rule.MetricSteps,
    };
}
