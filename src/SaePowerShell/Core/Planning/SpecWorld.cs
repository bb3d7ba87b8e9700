using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// The live side of a run of specs: each namespace read once (<see cref="LiveNamespace"/>), and each spec planned
/// against it. A command holds one for all its specs, so specs of one namespace share its listing.
/// </summary>
internal sealed class SpecWorld
{
    private readonly SaeClient _client;
    private readonly Dictionary<string, LiveNamespace> _namespaces = new Dictionary<string, LiveNamespace>(StringComparer.Ordinal);

    public SpecWorld(SaeClient client) => _client = client;

    /// <summary>The plan for <paramref name="spec"/> applied in <paramref name="namespaceId"/> (its own when null).</summary>
    public async Task<(SpecPlan Plan, LiveNamespace Where)> PlanAsync(SaeApplicationSpec spec, string namespaceId, ServiceLocation location, IReadOnlyDictionary<string, object?> overrides,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? loadBalancerIds = null)
    {
        if (!_namespaces.TryGetValue(namespaceId, out LiveNamespace? live))
        {
            live = new LiveNamespace(_client, location, namespaceId);
            _namespaces[namespaceId] = live;
        }

        SaeApplication? app = await live.FindAsync(spec.AppName, cancellationToken).ConfigureAwait(false);
        SaeApplicationConfig? config = app is null ? null : await live.ConfigurationAsync(app, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SaeScalingRule>? rules = app is null || spec.ScalingRules is null ? null : await live.ScalingRulesAsync(app, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SaeApplicationLoadBalancer>? loadBalancers = app is null || spec.LoadBalancers is null ? null : await live.LoadBalancersAsync(app, cancellationToken).ConfigureAwait(false);
        await live.PrepareMountsAsync(spec, cancellationToken).ConfigureAwait(false);
        return (SpecPlanner.Plan(spec, namespaceId, app, config, rules, overrides, live.IdOf, loadBalancers, loadBalancerIds), live);
    }
}
