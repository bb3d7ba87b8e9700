using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>How DescribeJob, ListJobs, DescribeJobStatus and DescribeJobHistory answer a job and its runs.</summary>
internal static class JobDescription
{
    /// <summary>The job of AppId, or InvalidAppId.NotFound.</summary>
    public static SaeJob Find(SaeCall call) => call.World.FindJob(call.Required("AppId")) ?? throw new SaeException(SaeErrors.AppIdNotFound);

    /// <summary>The run of JobId on the job, or InvalidJobId.NotFound.</summary>
    public static JobRun FindRun(SaeJob job, string jobId) =>
        job.Runs.FirstOrDefault(r => r.JobId == jobId) ?? throw new SaeException(SaeErrors.JobRunNotFound(jobId));

    /// <summary>DescribeJob's Data: the template, every field the surface declares.</summary>
    public static Dictionary<string, object?> Template(WorldState world, SaeJob job)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["AppId"] = job.AppId,
            ["AppName"] = job.AppName,
            ["AppDescription"] = job.Description,
            ["NamespaceId"] = job.NamespaceId,
            ["RegionId"] = RegionOf(world, job),
            ["PackageType"] = job.PackageType,
            ["Replicas"] = job.Replicas,
            ["Cpu"] = job.Cpu,
            ["Memory"] = job.Memory,
            ["Suspend"] = job.Suspend,
            ["Tags"] = Array.Empty<object>(),
            ["RefedAppIds"] = Array.Empty<string>(),
            ["PublicWebHookUrls"] = Array.Empty<string>(),
            ["VpcWebHookUrls"] = Array.Empty<string>(),
        };
        foreach ((string name, System.Text.Json.JsonElement value) in JobConfiguration.AnswerAll(job.Configuration))
        {
            data[name] = value;
        }

        return data;
    }

    /// <summary>One job of ListJobs: the template's summary and its last run.</summary>
    public static ListJobsData.ApplicationsItem Listed(WorldState world, SaeJob job)
    {
        JobRun? last = job.Runs.Count > 0 ? job.Runs[^1] : null;
        ChangeOrder? order = world.FindChangeOrder(job.LastChangeOrderId);
        return new()
        {
            Active = last is not null && last.IsRunningAt(world.Now) ? (long)last.Replicas : 0L,
            AppDescription = job.Description,
            AppId = job.AppId,
            AppName = job.AppName,
            CompletionTime = last is null ? 0L : CompletionTime(world, last),
            Cpu = job.Cpu,
            Failed = last is not null && last.StateAt(world.Now) == JobRun.Failed ? (long)last.Replicas : 0L,
            ImageUrl = JobConfiguration.Text(job.Configuration, "ImageUrl"),
            LastChangeorderState = order is null ? "" : ((int)order.Status).ToString(System.Globalization.CultureInfo.InvariantCulture),
            LastJobState = last is null ? "0" : last.StateAt(world.Now),
            LastStartTime = last?.StartedAt.ToUnixTimeSeconds() ?? 0L,
            Mem = job.Memory,
            Message = last is null ? "" : MessageOf(world, last),
            NamespaceId = job.NamespaceId,
            RegionId = RegionOf(world, job),
            Succeeded = last is not null && last.StateAt(world.Now) == JobRun.Succeeded ? (long)last.Replicas : 0L,
            Suspend = job.Suspend,
            Tags = [],
            TriggerConfig = JobConfiguration.Text(job.Configuration, "TriggerConfig"),
        };
    }

    /// <summary>A run as DescribeJobStatus and DescribeJobHistory answer it: counts, Unix-second times, State.</summary>
    public static DescribeJobHistoryData.JobsItem Run(WorldState world, JobRun run)
    {
        string state = run.StateAt(world.Now);
        return new()
        {
            Active = state == JobRun.Running ? (long)run.Replicas : 0L,
            CompletionTime = CompletionTime(world, run),
            Failed = state == JobRun.Failed ? (long)run.Replicas : 0L,
            JobId = run.JobId,
            Message = MessageOf(world, run),
            StartTime = run.StartedAt.ToUnixTimeSeconds(),
            State = state,
            Succeeded = state == JobRun.Succeeded ? (long)run.Replicas : 0L,
        };
    }

    private static long CompletionTime(WorldState world, JobRun run) => world.Now < run.EndsAt ? 0L : run.EndsAt.ToUnixTimeSeconds();

    private static string MessageOf(WorldState world, JobRun run) =>
        run.StateAt(world.Now) == JobRun.Failed ? "BackoffLimitExceeded: Job has reached the specified backoff limit" : "";

    private static string RegionOf(WorldState world, SaeJob job) => world.FindNamespace(job.NamespaceId)?.RegionId ?? job.NamespaceId.Split(':')[0];
}
