using SaePowerShell.Commands.Jobs;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class RemoveSaeJobCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new JobFinder(this);
        string appId = AppId!;
        if (!finder.TryLocate(appId, NamespaceId, out ServiceLocation location) || finder.Find(location, appId, NamespaceId) is not SaeJob doomed)
        {
            return;
        }

        string what = JobFinder.Describe(doomed);
        if (Confirmation.Ask(this, Force, what + " and its history", "Delete")
            && finder.Change((client, token) => JobChanges.DeleteAsync(client, location, doomed, token), appId, "Could not delete " + what) != null)
        {
            WriteVerbose("Deleted " + what + ".");
        }
    }
}
