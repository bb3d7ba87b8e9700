namespace SaePowerShell.Core.Outcome;

/// <summary>
/// What a bind or unbind came to: its change order (answered, or found among the application's after a lost answer),
/// and, when a lost answer was found to have taken effect, the load balancer as the look-up showed it (null for an
/// unbind). Without a change order, the look-up's finding is all there is to write.
/// </summary>
internal sealed record LoadBalancerOutcome(SaeChangeOrder? ChangeOrder, SaeApplicationLoadBalancer? Found);
