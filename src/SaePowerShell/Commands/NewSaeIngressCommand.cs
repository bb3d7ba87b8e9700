using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Ingresses;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: the values
// checked, the namespace's ingresses listed (what was there before is the look-up's other half), one CreateIngress,
// and the ingress read and written.
public sealed partial class NewSaeIngressCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        string namespaceId = NamespaceId!;
        IngressSpec? spec = Spec(out string? problem);
        if (spec is null || (problem = spec.Problem()) != null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidIngress", problem!, ListenerPort!.Value));
            return;
        }

        var finder = IngressFinder.For(this);
        if (!finder.TryLocate(namespaceId, namespaceId, out ServiceLocation location))
        {
            return;
        }

        string subject = "ingress on port " + ListenerPort + " of " + (spec.LoadBalancerId ?? "a new " + (spec.LoadBalancerType ?? "clb")) + " in " + namespaceId;
        try
        {
            IngressCalls.Create(location, namespaceId, spec);
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, ListenerPort!.Value, "Could not create the " + subject));
            return;
        }

        if (!ShouldProcess(subject + " (" + (spec.Rules?.Count ?? 0) + " rule(s); CreateIngress)", "Create"))
        {
            return;
        }

        IReadOnlyList<SaeIngress>? before = finder.Change(async (client, token) => await IngressChanges.AllAsync(client, location, namespaceId, token).ConfigureAwait(false),
            namespaceId, "Could not list the ingresses of " + namespaceId);
        if (before is null)
        {
            return;
        }

        List<long> ids = before.Select(i => i.IngressId).ToList();
        if (finder.Change(async (client, token) => (object)await IngressChanges.CreateAsync(client, location, namespaceId, spec, ids, token).ConfigureAwait(false),
                ListenerPort!.Value, "Could not create the " + subject) is long id
            && finder.ById(location, id, namespaceId) is SaeIngress created)
        {
            WriteVerbose("Created the " + subject + " as ingress " + id + ".");
            WriteObject(created);
        }
    }

    private IngressSpec? Spec(out string? problem)
    {
        SaeIngressRule? defaultRule = IngressRuleInput.One(DefaultRule, out problem);
        IReadOnlyList<SaeIngressRule>? rules = defaultRule is null ? null : IngressRuleInput.Read(Rule, out problem);
        return rules is null ? null
            : new IngressSpec(LoadBalancerType, LoadBalancerId, AddressType, ListenerPort, ListenerProtocol, CertId, CertIds, defaultRule, rules, Description);
    }
}
