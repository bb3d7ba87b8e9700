using SaePowerShell.Commands.Ingresses;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class RemoveSaeIngressCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = IngressFinder.For(this);
        long id = IngressId!.Value;
        if (!finder.TryLocate(NamespaceId, id, out ServiceLocation location))
        {
            return;
        }

        // Read first: the question names the ingress, and a lost answer's look-up lists its namespace.
        if (finder.ById(location, id, NamespaceId) is SaeIngress doomed)
        {
            finder.Delete(doomed, id, doomed.NamespaceId, id, Force, (client, token) => IngressChanges.DeleteAsync(client, location, doomed, token));
        }
    }
}
