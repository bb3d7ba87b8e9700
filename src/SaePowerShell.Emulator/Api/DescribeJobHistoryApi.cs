using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeJobHistory: the job's runs, newest first, with State (0, 1, 2, 3) filtering; paged, 10 by default, up to 10000.</summary>
internal sealed partial class DescribeJobHistoryApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        SaeJob job = JobDescription.Find(call);
        string? state = call.OptionalChoice("State", null, JobRun.NotRun, JobRun.Succeeded, JobRun.Failed, JobRun.Running);
        Paging paging = Paging.Read(call, 10, 1, 10000);
        List<JobRun> matching = job.Runs.Reverse().Where(r => state is null || r.StateAt(world.Now) == state).ToList();
        return Answer(new()
        {
            CurrentPage = (long)paging.CurrentPage,
            Jobs = paging.Slice(matching).Select(r => JobDescription.Run(world, r)).ToList(),
            PageSize = (long)paging.PageSize,
            TotalSize = (long)matching.Count,
        });
    }
}
