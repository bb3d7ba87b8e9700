using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Planning;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Makes a spec's plan, each call with its own never-twice evidence: a create looked up by name
/// (<see cref="ApplicationCreation"/>), each change as <see cref="ApplicationUpdate"/> makes it, the tags read back
/// (<see cref="TagChanges"/>), the scaling-rule calls as <see cref="ScalingRuleChanges"/> judges them, the load-balancer
/// calls as <see cref="LoadBalancerChanges"/> does, each after the change order before it ended. The calls go in the
/// plan's order, so at most one change order runs per application.
/// </summary>
internal static class SpecApply
{
    /// <summary>The change orders SAE answered, in order.</summary>
    public static async Task<IReadOnlyList<SaeChangeOrder>> RunAsync(SaeClient client, ServiceLocation location, SpecPlan plan, ChangeOrderLedger ledger, object? input, CancellationToken cancellationToken)
    {
        var orders = new List<SaeChangeOrder>();
        string? appId = plan.AppId;
        if (plan.CreateValues != null)
        {
            SaeChangeOrder created = await ApplicationCreation.CreateAsync(client, location, plan.NamespaceId, plan.Spec.AppName, plan.CreateValues, cancellationToken).ConfigureAwait(false);
            orders.Add(created);
            appId = created.AppId;
        }

        if (appId is null)
        {
            return orders;
        }

        var target = new AppTarget(appId, plan.NamespaceId, location.RegionId, input);
        foreach (PlannedCall call in plan.Calls)
        {
            if (await ApplicationUpdate.RunAsync(client, location, target, call, ledger, cancellationToken).ConfigureAwait(false) is SaeChangeOrder order)
            {
                orders.Add(order);
            }
        }

        if (plan.TagsToSet.Count > 0)
        {
            await TagChanges.TagAsync(client, location, new[] { appId }, plan.TagsToSet.ToDictionary(p => p.Key, p => p.Value), cancellationToken).ConfigureAwait(false);
        }

        foreach (ScalingRuleCall call in plan.RuleCalls)
        {
            await RuleAsync(client, location, appId, plan.NamespaceId, call, cancellationToken).ConfigureAwait(false);
        }

        foreach (LoadBalancerCall call in plan.LoadBalancerCalls)
        {
            // One change order at a time on an application: SAE refuses a bind while another order of it runs.
            if (orders.Count > 0)
            {
                await EndedAsync(client, location, orders[orders.Count - 1], cancellationToken).ConfigureAwait(false);
            }

            LoadBalancerOutcome outcome = call.Bind
                ? await LoadBalancerChanges.BindAsync(client, location, appId, plan.NamespaceId, call.Spec,
                    await LoadBalancersAsync(client, location, appId, plan.NamespaceId, call.Spec.Kind, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false)
                : await LoadBalancerChanges.UnbindAsync(client, location, appId, plan.NamespaceId, call.Spec, cancellationToken).ConfigureAwait(false);
            if (outcome.ChangeOrder != null)
            {
                orders.Add(outcome.ChangeOrder);
            }
        }

        return orders;
    }

    /// <summary>The application's load balancers of a kind now: what a bind adds to, and judges a lost answer against.</summary>
    private static async Task<IReadOnlyList<SaeApplicationLoadBalancer>> LoadBalancersAsync(SaeClient client, ServiceLocation location, string appId, string namespaceId, string kind, CancellationToken cancellationToken)
    {
        ApiResponse read = await client.SendAsync(LoadBalancerCalls.List(location, appId, namespaceId, kind), cancellationToken).ConfigureAwait(false);
        return LoadBalancerCalls.Parse(read, appId, namespaceId, location, kind);
    }

    /// <summary>Waits for a change order of the plan to end (DescribeChangeOrder each second); one that fails stops the plan with its error.</summary>
    private static async Task EndedAsync(SaeClient client, ServiceLocation location, SaeChangeOrder order, CancellationToken cancellationToken)
    {
        DateTimeOffset deadline = client.Clock.UtcNow + TimeSpan.FromMinutes(30);
        SaeChangeOrder seen = order;
        while (true)
        {
            ApiResponse read = await client.SendAsync(DescribeChangeOrderCall.Request(location, order.ChangeOrderId, order.NamespaceId), cancellationToken).ConfigureAwait(false);
            seen = DescribeChangeOrderCall.Parse(read, seen, location);
            if (Waiting.ChangeOrderOutcome.IsOver(seen))
            {
                if (Waiting.ChangeOrderOutcome.FailureOf(seen) is SaeChangeOrderException failed)
                {
                    throw failed;
                }

                return;
            }

            if (client.Clock.UtcNow >= deadline)
            {
                throw Waiting.ChangeOrderOutcome.TimedOut(seen, TimeSpan.FromMinutes(30));
            }

            await client.Clock.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task<SaeScalingRule> RuleAsync(SaeClient client, ServiceLocation location, string appId, string namespaceId, ScalingRuleCall call, CancellationToken cancellationToken) => call.Kind switch
    {
        ScalingRuleCallKind.Create => ScalingRuleChanges.CreateAsync(client, location, appId, namespaceId, call.Name, ScalingRuleSpec.Of(call.Wanted!), call.Wanted!.Enabled, cancellationToken),
        ScalingRuleCallKind.Update => ScalingRuleChanges.UpdateAsync(client, location, call.Live!, ScalingRuleSpec.Of(call.Wanted!), cancellationToken),
        ScalingRuleCallKind.Delete => ScalingRuleChanges.DeleteAsync(client, location, call.Live!, cancellationToken),
        _ => ScalingRuleChanges.SwitchAsync(client, location, call.Live!, call.Kind == ScalingRuleCallKind.Enable, cancellationToken),
    };
}
