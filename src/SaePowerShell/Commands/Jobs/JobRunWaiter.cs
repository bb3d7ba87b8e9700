using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Jobs;

/// <summary>
/// Start-SaeJob -Wait: the runs it started, waited on together at the end of the pipeline (one DescribeJobStatus per
/// unfinished run per look, at the poll interval), with a progress bar each, on the pipeline thread. A run that
/// succeeds goes to its callback; one that fails, or does not end in time, is a <see cref="SaeJobRunException"/> naming
/// the job and the run.
/// </summary>
internal sealed class JobRunWaiter
{
    private const int ParentActivityId = 300;

    private readonly List<Tracked> _runs = new List<Tracked>();

    public void Add(ServiceLocation location, SaeJob job, SaeJobRun run) => _runs.Add(new Tracked(location, job, run, ParentActivityId + 1 + _runs.Count));

    public void WaitAll(SaeCmdletBase cmdlet, TimeSpan timeout, TimeSpan interval, Action<SaeJobRun> succeeded, Action<SaeJobRun, Exception> failed)
    {
        if (_runs.Count == 0)
        {
            return;
        }

        DateTimeOffset deadline = cmdlet.Client.Clock.UtcNow + timeout;
        var pending = _runs.Where(t => !Settle(t, succeeded, failed)).ToList();
        try
        {
            while (pending.Count > 0)
            {
                if (cmdlet.Client.Clock.UtcNow >= deadline)
                {
                    foreach (Tracked tracked in pending)
                    {
                        Complete(cmdlet, tracked);
                        failed(tracked.Run, new SaeJobRunException(tracked.Run, "WaitTimeout", SaeErrorCategory.OperationTimeout,
                            "The run " + tracked.Run.JobId + " of " + JobFinder.Describe(tracked.Job) + " did not end within " + timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s; it is " + tracked.Run.Status + "."));
                    }

                    return;
                }

                cmdlet.Dispatcher.Wait(cmdlet.Client.Clock.Delay(interval, cmdlet.CancellationToken), cmdlet.CancellationToken);
                foreach (Tracked tracked in pending)
                {
                    ApiResponse? response = cmdlet.Call(JobCalls.Status(tracked.Location, tracked.Job.AppId, tracked.Job.NamespaceId, tracked.Run.JobId), tracked.Run, "Could not read the run " + tracked.Run.JobId);
                    if (response is null)
                    {
                        tracked.Done = true;
                        Complete(cmdlet, tracked);
                        continue;
                    }

                    tracked.Run = JobCalls.ParseRun(response, tracked.Job);
                    if (Settle(tracked, succeeded, failed))
                    {
                        Complete(cmdlet, tracked);
                    }
                    else
                    {
                        cmdlet.WriteProgress(new ProgressRecord(tracked.ActivityId, "Waiting for SAE job " + tracked.Job.AppName, "Run " + tracked.Run.JobId + ": " + tracked.Run.Status
                            + " (" + tracked.Run.Active + " active, " + tracked.Run.Succeeded + " succeeded, " + tracked.Run.Failed + " failed)"));
                    }
                }

                pending.RemoveAll(t => t.Done);
            }
        }
        catch (PipelineStoppedException)
        {
            foreach (Tracked tracked in pending)
            {
                cmdlet.WriteVerbose("Stopped waiting; the run " + tracked.Run.JobId + " of " + JobFinder.Describe(tracked.Job) + " goes on.");
            }

            throw;
        }
    }

    /// <summary>Whether the run has ended, after saying how; an ended one is done.</summary>
    private static bool Settle(Tracked tracked, Action<SaeJobRun> succeeded, Action<SaeJobRun, Exception> failed)
    {
        if (!tracked.Run.HasEnded)
        {
            return false;
        }

        tracked.Done = true;
        if (tracked.Run.State == "1")
        {
            succeeded(tracked.Run);
        }
        else
        {
            failed(tracked.Run, new SaeJobRunException(tracked.Run, "JobRunFailed", SaeErrorCategory.InvalidResult,
                "The run " + tracked.Run.JobId + " of " + JobFinder.Describe(tracked.Job) + " failed: " + tracked.Run.Failed + " instance(s) failed"
                + (string.IsNullOrEmpty(tracked.Run.Message) ? "." : " (" + tracked.Run.Message + ").")));
        }

        return true;
    }

    private static void Complete(SaeCmdletBase cmdlet, Tracked tracked)
    {
        try
        {
            cmdlet.WriteProgress(new ProgressRecord(tracked.ActivityId, "Waiting for SAE job " + tracked.Job.AppName, "Done") { RecordType = ProgressRecordType.Completed });
        }
        catch (PipelineStoppedException)
        {
            // Stopped: the host clears the bars itself.
        }
    }

    private sealed class Tracked
    {
        public Tracked(ServiceLocation location, SaeJob job, SaeJobRun run, int activityId)
        {
            Location = location;
            Job = job;
            Run = run;
            ActivityId = activityId;
        }

        public ServiceLocation Location { get; }

        public SaeJob Job { get; }

        public SaeJobRun Run { get; set; }

        public int ActivityId { get; }

        public bool Done { get; set; }
    }
}
