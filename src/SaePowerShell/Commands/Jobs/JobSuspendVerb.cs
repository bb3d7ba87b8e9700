using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands.Jobs;

/// <summary>
/// Suspend- and Resume-SaeJob: the job read first (the read-back's other half); already so, nothing is sent; else
/// confirmed, switched through Core's never-twice loop (SuspendJob, a GET that acts), and written.
/// </summary>
internal static class JobSuspendVerb
{
    public static void Run(SaeCmdletBase cmdlet, string appId, string? namespaceId, bool suspend)
    {
        var finder = new JobFinder(cmdlet);
        if (!finder.TryLocate(appId, namespaceId, out ServiceLocation location) || finder.Find(location, appId, namespaceId) is not SaeJob job)
        {
            return;
        }

        string what = JobFinder.Describe(job);
        if (job.Suspended == suspend)
        {
            cmdlet.WriteVerbose("The " + what + " is already " + (suspend ? "suspended" : "not suspended") + "; nothing is sent.");
            cmdlet.WriteObject(job);
            return;
        }

        if (cmdlet.ShouldProcess(what + " (SuspendJob)", suspend ? "Suspend" : "Resume")
            && finder.Change((client, token) => JobChanges.SuspendAsync(client, location, job, suspend, token), appId, "Could not " + (suspend ? "suspend " : "resume ") + what) is { } done)
        {
            cmdlet.WriteObject(done);
        }
    }
}
