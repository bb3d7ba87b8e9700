using System.Collections.Generic;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Ingresses;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: the values
// checked, the ingress read, only what differs sent in one UpdateIngress, and the ingress read and written.
public sealed partial class SetSaeIngressCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        long id = IngressId!.Value;
        SaeIngressRule? defaultRule = null;
        IReadOnlyList<SaeIngressRule>? rules = null;
        string? problem = null;
        if ((DefaultRule != null && (defaultRule = IngressRuleInput.One(DefaultRule, out problem)) is null)
            || (Rule != null && (rules = IngressRuleInput.Read(Rule, out problem)) is null))
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidIngress", problem!, id));
            return;
        }

        var given = new IngressSpec(null, null, null, ListenerPort, ListenerProtocol, CertId, CertIds, defaultRule, rules, Description);
        if (given.Problem() is string bad)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidIngress", bad, id));
            return;
        }

        var finder = IngressFinder.For(this);
        if (!finder.TryLocate(NamespaceId, id, out ServiceLocation location) || finder.ById(location, id, NamespaceId) is not SaeIngress current)
        {
            return;
        }

        IngressSpec differing = given.Differing(current);
        string what = "ingress " + id + " ('" + current.Name + "') in " + current.NamespaceId;
        if (differing.IsEmpty)
        {
            WriteVerbose("The " + what + " is already as given; nothing is sent.");
            WriteObject(current);
            return;
        }

        if (ShouldProcess(what + " (" + string.Join(", ", differing.Wire().Keys) + "; UpdateIngress)", "Change")
            && finder.Change((client, token) => IngressChanges.UpdateAsync(client, location, current, differing, token), id, "Could not change the " + what) != null
            && finder.ById(location, id, current.NamespaceId) is SaeIngress after)
        {
            WriteObject(after);
        }
    }
}
