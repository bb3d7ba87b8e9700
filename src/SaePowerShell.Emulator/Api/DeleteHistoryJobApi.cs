using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DeleteHistoryJob: one run (JobId) leaves the job's history, a running one included. Data is the JobId.</summary>
internal sealed partial class DeleteHistoryJobApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeJob job = JobDescription.Find(call);
        JobRun run = JobDescription.FindRun(job, call.Required("JobId"));
        call.World.ReplaceJob(job, job with { Runs = job.Runs.Where(r => r != run).ToList() });
        return Answer(run.JobId);
    }
}
