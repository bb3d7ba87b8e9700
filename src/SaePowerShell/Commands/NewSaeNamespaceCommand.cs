using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: one
// CreateNamespace per input, asked about first; each refusal is that namespace's error alone.
public sealed partial class NewSaeNamespaceCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        string namespaceId = NamespaceId!;
        string? shortId = NamespaceCalls.ShortIdOf(namespaceId);
        if (shortId is null)
        {
            // A bare region id names the region's default namespace, which is SAE's own and never created.
            WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId",
                "The namespace id '" + namespaceId + "' has no short name: a new namespace's id is its region, a colon and a name, such as cn-hangzhou:staging.", namespaceId));
            return;
        }

        var wanted = new NamespaceSettings(namespaceId, Name ?? shortId, Description, EnableMicroRegistration);
        if (!TryLocate(namespaceId, RegionId, namespaceId, out ServiceLocation location)
            || !ShouldProcess("namespace " + namespaceId + " ('" + wanted.Name + "')", "Create"))
        {
            return;
        }

        try
        {
            WriteObject(Await(NamespaceChanges.CreateAsync(Client, location, wanted, CancellationToken)));
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, namespaceId, "Could not create namespace " + namespaceId));
        }
    }
}
