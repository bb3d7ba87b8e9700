using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: one
// DeleteNamespace per namespace, asked about first; each refusal is that namespace's error alone.
public sealed partial class RemoveSaeNamespaceCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        foreach (string namespaceId in NamespaceId!)
        {
            // The locator refuses a malformed id (InvalidNamespaceId), naming it, before any call.
            if (!TryLocate(namespaceId, RegionId, namespaceId, out ServiceLocation location)
                || !Confirmation.Ask(this, Force, "namespace " + namespaceId, "Delete the namespace"))
            {
                continue;
            }

            try
            {
                Await(NamespaceChanges.DeleteAsync(Client, location, namespaceId, CancellationToken));
                WriteVerbose("Deleted namespace " + namespaceId + ".");
            }
            catch (SaeException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, namespaceId, "Could not delete namespace " + namespaceId));
            }
        }
    }
}
