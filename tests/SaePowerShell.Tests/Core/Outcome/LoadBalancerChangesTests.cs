using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>The never-twice judgements of binding and unbinding load balancers: what a look-up after a lost answer proves.</summary>
public sealed class LoadBalancerChangesTests
{
    private static readonly SaeLoadBalancerListener Http = new(80, 8080, "HTTP");
    private static readonly SaeLoadBalancerListener Tcp = new(9000, 9000, "TCP");

    private static SaeApplicationLoadBalancer Clb(string side, string id, params SaeLoadBalancerListener[] listeners) =>
        new() { AppId = "app-1", Kind = "Clb", AddressType = side, LoadBalancerId = id, Listeners = listeners };

    private static SaeApplicationLoadBalancer Nlb(string id, params SaeLoadBalancerListener[] listeners) =>
        new() { AppId = "app-1", Kind = "Nlb", LoadBalancerId = id, Listeners = listeners };

    private static LoadBalancerSpec Spec(string kind, string? side, string? id, params SaeLoadBalancerListener[] listeners) => LoadBalancerSpec.Of(kind, side, id, listeners);

    [Fact]
    public void ABind_TookEffect_WhenTheListenersAreThere_AndWereNotBefore()
    {
        OutcomeVerdict<SaeApplicationLoadBalancer> verdict = LoadBalancerChanges.JudgeBound([], [Clb("Internet", "lb-new", Http)], Spec("Clb", "Internet", null, Http));
        Assert.Equal((OutcomeKind.TookEffect, "lb-new"), (verdict.Kind, verdict.Result!.LoadBalancerId));

        // A side that had other listeners keeps them; the one wanted is added.
        OutcomeVerdict<SaeApplicationLoadBalancer> added = LoadBalancerChanges.JudgeBound([Clb("Internet", "lb-1", Tcp)], [Clb("Internet", "lb-1", Tcp, Http)], Spec("Clb", "Internet", null, Http));
        Assert.Equal(OutcomeKind.TookEffect, added.Kind);
    }

    [Fact]
    public void ABind_IsSentAgain_OnlyWhenTheLoadBalancerIsAsItWas()
    {
        OutcomeVerdict<SaeApplicationLoadBalancer> none = LoadBalancerChanges.JudgeBound([], [], Spec("Clb", "Internet", null, Http));
        Assert.Equal(OutcomeKind.DidNotTakeEffect, none.Kind);
        Assert.Contains("as it was before the call", none.Reason);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, LoadBalancerChanges.JudgeBound([Clb("Internet", "lb-1", Tcp)], [Clb("Internet", "lb-1", Tcp)], Spec("Clb", "Internet", null, Http)).Kind);

        // Changed, but not as wanted (someone else's call, or ours half done): unknown, never a resend.
        OutcomeVerdict<SaeApplicationLoadBalancer> changed = LoadBalancerChanges.JudgeBound([Clb("Internet", "lb-1", Tcp)], [Clb("Internet", "lb-1")], Spec("Clb", "Internet", null, Http));
        Assert.Equal(OutcomeKind.Unknown, changed.Kind);
        Assert.Equal(OutcomeKind.Unknown, LoadBalancerChanges.JudgeBound([], [Clb("Internet", "lb-2", new SaeLoadBalancerListener(80, 8081, "HTTP"))], Spec("Clb", "Internet", null, Http)).Kind);
    }

    [Fact]
    public void ABind_WhoseListenersWereThereBefore_IsUnknown()
    {
        OutcomeVerdict<SaeApplicationLoadBalancer> already = LoadBalancerChanges.JudgeBound([Nlb("nlb-1", Tcp)], [Nlb("nlb-1", Tcp)], Spec("Nlb", null, "nlb-1", Tcp));
        Assert.Equal(OutcomeKind.Unknown, already.Kind);
        Assert.Contains("before the call", already.Reason);
    }

    [Fact]
    public void ANewNlb_IsOurs_WhenExactlyOneNewNlbHasTheListeners()
    {
        LoadBalancerSpec wanted = Spec("Nlb", "Intranet", null, Tcp);
        OutcomeVerdict<SaeApplicationLoadBalancer> ours = LoadBalancerChanges.JudgeBound([Nlb("nlb-old", Tcp)], [Nlb("nlb-old", Tcp), Nlb("nlb-new", Tcp)], wanted);
        Assert.Equal((OutcomeKind.TookEffect, "nlb-new", "Intranet"), (ours.Kind, ours.Result!.LoadBalancerId, ours.Result.AddressType));

        Assert.Equal(OutcomeKind.DidNotTakeEffect, LoadBalancerChanges.JudgeBound([Nlb("nlb-old", Tcp)], [Nlb("nlb-old", Tcp)], wanted).Kind);
        Assert.Equal(OutcomeKind.Unknown, LoadBalancerChanges.JudgeBound([], [Nlb("nlb-a", Tcp), Nlb("nlb-b", Tcp)], wanted).Kind);
        Assert.Equal(OutcomeKind.Unknown, LoadBalancerChanges.JudgeBound([], [Nlb("nlb-a", Http)], wanted).Kind);

        // No new NLB, yet an old one changed: that proves nothing.
        Assert.Equal(OutcomeKind.Unknown, LoadBalancerChanges.JudgeBound([Nlb("nlb-old", Tcp)], [Nlb("nlb-old")], wanted).Kind);
    }

    [Fact]
    public void AnUnbind_IsDone_WhenWhatItNamedIsGone_AndSentAgainWhenItIsStillThere()
    {
        Assert.Equal(OutcomeKind.TookEffect, LoadBalancerChanges.JudgeUnbound([Clb("Intranet", "lb-2", Http)], Spec("Clb", "Internet", null)).Kind);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, LoadBalancerChanges.JudgeUnbound([Clb("Internet", "lb-1", Http)], Spec("Clb", "Internet", null)).Kind);
        Assert.Equal(OutcomeKind.TookEffect, LoadBalancerChanges.JudgeUnbound([Nlb("nlb-2", Tcp)], Spec("Nlb", null, "nlb-1")).Kind);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, LoadBalancerChanges.JudgeUnbound([Nlb("nlb-1", Tcp)], Spec("Nlb", null, "nlb-1")).Kind);

        // One listener: gone from the NLB (or the NLB gone with it) is done.
        LoadBalancerSpec listener = Spec("Nlb", null, "nlb-1", new SaeLoadBalancerListener(9000, 0, "tcp"));
        Assert.Equal(OutcomeKind.TookEffect, LoadBalancerChanges.JudgeUnbound([Nlb("nlb-1", new SaeLoadBalancerListener(9001, 9001, "TCP"))], listener).Kind);
        Assert.Equal(OutcomeKind.TookEffect, LoadBalancerChanges.JudgeUnbound([], listener).Kind);
        OutcomeVerdict<SaeApplicationLoadBalancer> still = LoadBalancerChanges.JudgeUnbound([Nlb("nlb-1", Tcp)], listener);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, still.Kind);
        Assert.Contains("TCP:9000", still.Reason);
    }
}
