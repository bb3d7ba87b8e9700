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
/// Binding and unbinding an application's load balancers (BindSlb, BindNlb, UnbindSlb, UnbindNlb), each through the
/// one never-twice loop (<see cref="SendOnce"/>) with the evidence the cmdlet table names: the application's load
/// balancers looked up. A bind took effect when the listeners wanted are there and were not before the send (a new
/// NLB: exactly one NLB that was not there, with them); it did not when the load balancer is as it was before, and
/// only then is it sent again; anything else is "outcome unknown". An unbind took effect when what it named is gone;
/// still there, it did not. A bind or unbind found to have taken effect is matched with its change order among the
/// application's of its type when one was made around the send; the finding stands without it when none is.
/// </summary>
internal static class LoadBalancerChanges
{
    public static Task<LoadBalancerOutcome> BindAsync(SaeClient client, ServiceLocation location, string appId, string? namespaceId, LoadBalancerSpec spec,
        IReadOnlyList<SaeApplicationLoadBalancer> before, CancellationToken cancellationToken)
    {
        ApiRequest request = spec.IsClb
            ? LoadBalancerCalls.BindSlb(location, appId, namespaceId, spec, spec.SideWith(before.FirstOrDefault(b => (spec with { LoadBalancerId = null }).Matches(b))))
            : LoadBalancerCalls.BindNlb(location, appId, namespaceId, spec);
        string typeCode = spec.IsClb ? "CoBindSlb" : "CoBindNlb";
        return CallAsync(client, location, appId, namespaceId, spec, request, typeCode, after => JudgeBound(before, after, spec), cancellationToken);
    }

    public static Task<LoadBalancerOutcome> UnbindAsync(SaeClient client, ServiceLocation location, string appId, string? namespaceId, LoadBalancerSpec spec, CancellationToken cancellationToken)
    {
        ApiRequest request = spec.IsClb
            ? LoadBalancerCalls.UnbindSlb(location, appId, namespaceId, spec.AddressType!)
            : LoadBalancerCalls.UnbindNlb(location, appId, namespaceId, spec.LoadBalancerId!, spec.Listeners.FirstOrDefault());
        string typeCode = spec.IsClb ? "CoUnbindSlb" : "CoUnbindNlb";
        return CallAsync(client, location, appId, namespaceId, spec, request, typeCode, after => JudgeUnbound(after, spec), cancellationToken);
    }

    /// <summary>
    /// Of the application's load balancers before the send and after: the verdict on a bind of <paramref name="spec"/>,
    /// with the load balancer that now has its listeners.
    /// </summary>
    internal static OutcomeVerdict<SaeApplicationLoadBalancer> JudgeBound(IReadOnlyList<SaeApplicationLoadBalancer> before, IReadOnlyList<SaeApplicationLoadBalancer> after, LoadBalancerSpec spec)
    {
        string what = spec.Describe();
        if (!spec.IsClb && spec.LoadBalancerId is null)
        {
            // SAE buys a new NLB: one that was not there before, and has the listeners, is ours.
            List<SaeApplicationLoadBalancer> added = after.Where(a => a.Kind == LoadBalancerSpec.Nlb && !before.Any(b => b.LoadBalancerId == a.LoadBalancerId)).ToList();
            List<SaeApplicationLoadBalancer> withListeners = added.Where(spec.AllThere).ToList();
            if (added.Count == 0 && SameNlbs(before, after))
            {
                return OutcomeVerdict<SaeApplicationLoadBalancer>.DidNotTakeEffect("the application has no new NLB, and its NLBs are as they were");
            }

            return added.Count == 1 && withListeners.Count == 1
                ? OutcomeVerdict<SaeApplicationLoadBalancer>.TookEffect(Placed(withListeners[0], spec))
                : OutcomeVerdict<SaeApplicationLoadBalancer>.Unknown(added.Count + " NLB(s) are new on the application, " + withListeners.Count + " with the listeners wanted");
        }

        SaeApplicationLoadBalancer? was = before.FirstOrDefault(spec.Matches);
        SaeApplicationLoadBalancer? now = after.FirstOrDefault(spec.Matches);
        if (was != null && spec.AllThere(was))
        {
            return OutcomeVerdict<SaeApplicationLoadBalancer>.Unknown(what + " had the listeners wanted before the call");
        }

        if (now != null && spec.AllThere(now))
        {
            return OutcomeVerdict<SaeApplicationLoadBalancer>.TookEffect(Placed(now, spec));
        }

        // Unchanged is the only proof that it did not arrive: a side or NLB that changed otherwise may be someone else's call, or ours half done.
        SaeApplicationLoadBalancer? sideNow = spec.IsClb ? after.FirstOrDefault(a => (spec with { LoadBalancerId = null }).Matches(a)) : now;
        SaeApplicationLoadBalancer? sideWas = spec.IsClb ? before.FirstOrDefault(b => (spec with { LoadBalancerId = null }).Matches(b)) : was;
        return SameBinding(sideWas, sideNow)
            ? OutcomeVerdict<SaeApplicationLoadBalancer>.DidNotTakeEffect(what + " is as it was before the call")
            : OutcomeVerdict<SaeApplicationLoadBalancer>.Unknown(what + " changed, but does not have the listeners wanted");
    }

    /// <summary>An unbind looked up: what it named gone means it took effect; still there, that it did not.</summary>
    internal static OutcomeVerdict<SaeApplicationLoadBalancer> JudgeUnbound(IReadOnlyList<SaeApplicationLoadBalancer> after, LoadBalancerSpec spec)
    {
        SaeApplicationLoadBalancer? now = after.FirstOrDefault(spec.Matches);
        bool there = now != null && (spec.Listeners.Count == 0 || spec.Listeners.Any(l => LoadBalancerSpec.Listens(now, l)));
        return there
            ? OutcomeVerdict<SaeApplicationLoadBalancer>.DidNotTakeEffect(spec.Describe() + (spec.Listeners.Count == 0 ? string.Empty : " listening on " + spec.Listeners[0].Protocol + ":" + spec.Listeners[0].Port) + " is still there")
            : OutcomeVerdict<SaeApplicationLoadBalancer>.TookEffect(new SaeApplicationLoadBalancer());
    }

    private static Task<LoadBalancerOutcome> CallAsync(SaeClient client, ServiceLocation location, string appId, string? namespaceId, LoadBalancerSpec spec, ApiRequest request, string typeCode,
        Func<IReadOnlyList<SaeApplicationLoadBalancer>, OutcomeVerdict<SaeApplicationLoadBalancer>> judge, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, request, spec.Describe() + " of application " + appId,
            (response, sentAt) => new LoadBalancerOutcome(Order(ChangeOrderAnswer.IdOf(response, request.Api.Action, namespaceId, new[] { appId }, location, sentAt), typeCode, appId, namespaceId, location, response), null),
            (sentAt, token) => LookUp.Verdict(
                async () =>
                {
                    ApiResponse read = await client.SendAsync(LoadBalancerCalls.List(location, appId, namespaceId, spec.Kind), token).ConfigureAwait(false);
                    OutcomeVerdict<SaeApplicationLoadBalancer> verdict = judge(LoadBalancerCalls.Parse(read, appId, namespaceId, location, spec.Kind));
                    if (verdict.Kind != OutcomeKind.TookEffect)
                    {
                        return new OutcomeVerdict<LoadBalancerOutcome>(verdict.Kind, null, verdict.Reason);
                    }

                    SaeChangeOrder? order = await FindOrderAsync(client, location, appId, namespaceId, typeCode, sentAt, token).ConfigureAwait(false);
                    SaeApplicationLoadBalancer? found = verdict.Result!.LoadBalancerId.Length == 0 ? null : verdict.Result;
                    return OutcomeVerdict<LoadBalancerOutcome>.TookEffect(new LoadBalancerOutcome(order, found));
                },
                "looking it up", token),
            found => found.ChangeOrder is null ? "no " + typeCode + " change order of it was found" : "change order " + found.ChangeOrder.ChangeOrderId,
            cancellationToken);

    /// <summary>The change order a lost call made, when exactly one of its type was made around the send; else null (the finding stands without it).</summary>
    private static async Task<SaeChangeOrder?> FindOrderAsync(SaeClient client, ServiceLocation location, string appId, string? namespaceId, string typeCode, DateTimeOffset sentAt, CancellationToken token)
    {
        try
        {
            ApiResponse listed = await client.SendAsync(ListChangeOrdersCall.Request(location, appId, namespaceId, 1, typeCode), token).ConfigureAwait(false);
            OutcomeVerdict verdict = OutcomeCheck.JudgeOrders(new[] { typeCode }, "application " + appId, ListChangeOrdersCall.Parse(listed, appId, namespaceId, location).Items, _ => false, sentAt);
            return verdict.Kind == OutcomeKind.TookEffect ? Order(verdict.ChangeOrder!, typeCode, appId, namespaceId, location) : null;
        }
        catch (SaeException)
        {
            // The effect is proven already; a failed search for its change order only leaves it out.
            return null;
        }
    }

    private static SaeChangeOrder Order(string changeOrderId, string typeCode, string appId, string? namespaceId, ServiceLocation location, ApiResponse response)
    {
        SaeChangeOrder order = Order(new SaeChangeOrder(changeOrderId) { CoTypeCode = typeCode }, typeCode, appId, namespaceId, location);
        order.RequestId = response.RequestId;
        order.TraceId = response.TraceId;
        return order;
    }

    private static SaeChangeOrder Order(SaeChangeOrder order, string typeCode, string appId, string? namespaceId, ServiceLocation location)
    {
        order.Action = ChangeOrderReader.ActionOf(typeCode);
        order.AppId = appId;
        order.AppIds = new List<string> { appId };
        order.NamespaceId = namespaceId ?? order.NamespaceId;
        order.RegionId = location.RegionId;
        return order;
    }

    // A new NLB's side is the one asked for: SAE does not answer it.
    private static SaeApplicationLoadBalancer Placed(SaeApplicationLoadBalancer found, LoadBalancerSpec spec)
    {
        found.AddressType ??= spec.LoadBalancerId is null ? spec.AddressType ?? LoadBalancerSpec.Internet : null;
        return found;
    }

    private static bool SameNlbs(IReadOnlyList<SaeApplicationLoadBalancer> before, IReadOnlyList<SaeApplicationLoadBalancer> after)
    {
        List<SaeApplicationLoadBalancer> was = before.Where(b => b.Kind == LoadBalancerSpec.Nlb).ToList();
        List<SaeApplicationLoadBalancer> now = after.Where(a => a.Kind == LoadBalancerSpec.Nlb).ToList();
        return was.Count == now.Count && was.All(b => SameBinding(b, now.FirstOrDefault(a => a.LoadBalancerId == b.LoadBalancerId)));
    }

    private static bool SameBinding(SaeApplicationLoadBalancer? was, SaeApplicationLoadBalancer? now) =>
        was is null || now is null
            ? was is null && now is null
            : was.LoadBalancerId == now.LoadBalancerId && Listeners(was).SequenceEqual(Listeners(now), StringComparer.Ordinal);

    private static IEnumerable<string> Listeners(SaeApplicationLoadBalancer bound) =>
        bound.Listeners.Select(l => l.Protocol.ToUpperInvariant() + ":" + l.Port + ">" + l.TargetPort + "/" + l.CertIds).OrderBy(s => s, StringComparer.Ordinal);
}
