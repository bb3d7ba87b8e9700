using SaePowerShell.Commands.Jobs;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class RemoveSaeJobHistoryCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new JobFinder(this);
        string appId = AppId!;
        if (!finder.TryLocate(appId, NamespaceId, out ServiceLocation location))
        {
            return;
        }

        var job = new SaeJob { AppId = appId, AppName = string.Empty, NamespaceId = NamespaceId ?? string.Empty };
        var run = new SaeJobRun { JobId = JobId!, AppId = appId, NamespaceId = NamespaceId };
        string what = "run " + run.JobId + " of job " + appId;
        if (Confirmation.Ask(this, Force, what, "Delete")
            && finder.Change((client, token) => JobChanges.DeleteRunAsync(client, location, job, run, token), run.JobId, "Could not delete " + what) != null)
        {
            WriteVerbose("Deleted " + what + ".");
        }
    }
}
