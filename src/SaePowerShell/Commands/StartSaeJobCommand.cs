using System;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Jobs;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: per job, one read
// (the confirmation names it), one ExecJob under a fresh EventId, and one DescribeJobStatus to write the run; with
// -Wait, the runs waited on together at the end instead.
public sealed partial class StartSaeJobCommand
{
    private readonly JobRunWaiter _running = new JobRunWaiter();

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new JobFinder(this);
        string appId = AppId!;
        if (!finder.TryLocate(appId, NamespaceId, out ServiceLocation location) || finder.Find(location, appId, NamespaceId) is not SaeJob job)
        {
            return;
        }

        string what = JobFinder.Describe(job);
        if (!ShouldProcess(what + (Replicas is int n ? " with " + n + " instance(s)" : string.Empty) + " (ExecJob)", "Run"))
        {
            return;
        }

        // The idempotency key SAE documents for ExecJob: a resend after a look-up found no run cannot start two.
        string eventId = "sae-powershell-" + Guid.NewGuid().ToString("N");
        if (finder.Change(async (client, token) => await JobChanges.ExecAsync(client, location, job, Replicas, eventId, token).ConfigureAwait(false), appId, "Could not run " + what) is not string runId)
        {
            return;
        }

        WriteVerbose("Started the run " + runId + " of " + what + ".");
        var started = new SaeJobRun { JobId = runId, AppId = job.AppId, AppName = job.AppName, NamespaceId = job.NamespaceId, State = "3" };
        if (Wait)
        {
            _running.Add(location, job, started);
            return;
        }

        ApiResponse? status = Call(JobCalls.Status(location, job.AppId, job.NamespaceId, runId), started, "Could not read the run " + runId + " of " + what);
        WriteObject(status is null ? started : JobCalls.ParseRun(status, job));
    }

    /// <inheritdoc />
    internal override void EndInput() =>
        _running.WaitAll(this, TimeSpan.FromSeconds(Timeout), TimeSpan.FromSeconds(PollIntervalSec), WriteObject,
            (run, failure) => WriteError(ErrorRecordFactory.FromException(failure, run)));
}
