using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeJobStatus: one run (JobId), or without JobId the latest; a job that never ran answers State 0 with an
/// empty JobId and zero counts.
/// </summary>
internal sealed partial class DescribeJobStatusApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeJob job = JobDescription.Find(call);
        JobRun? run = call.Optional("JobId") is { Length: > 0 } jobId ? JobDescription.FindRun(job, jobId)
            : job.Runs.Count > 0 ? job.Runs[^1] : null;
        return Answer(run is not null ? JobDescription.Run(call.World, run) : new()
        {
            Active = 0L, CompletionTime = 0L, Failed = 0L, JobId = "", Message = "", StartTime = 0L, State = JobRun.NotRun, Succeeded = 0L,
        });
    }
}
