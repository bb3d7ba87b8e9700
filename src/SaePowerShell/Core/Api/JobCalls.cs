using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The job APIs (ListJobs, DescribeJob, CreateJob, UpdateJob, ExecJob, DescribeJobStatus, DescribeJobHistory,
/// SuspendJob, DeleteHistoryJob, DeleteJob). Requests are built by the generated builders (<see cref="SaeRequests"/>:
/// every name and type the surface's, at compile time), those of settings given as a whole (create, update) by the
/// catalog from their official names; the catalog checks every value as it builds. The answers' shapes are the surface's too (ListJobs' Data.Applications[], paged;
/// DescribeJobHistory's Data.Jobs[], paged; ExecJob's run id at Data.Data).
/// </summary>
internal static class JobCalls
{
    /// <summary>Page sizes to ask ListJobs and DescribeJobHistory for, largest first; a service refusing one is asked for the next.</summary>
    public static readonly IReadOnlyList<int> PageSizes = new[] { 100, 50, 10 };

    /// <summary>One page (from 1) of the jobs of a namespace (or, without one, the region's), or with <paramref name="appId"/> that job's.</summary>
    public static ApiRequest List(ServiceLocation location, string? namespaceId, string? appId, int page, int pageSize) =>
        SaeRequests.ListJobs(location, namespaceId, namespaceId: namespaceId, workload: "job", fieldType: appId is null ? null : "appIds", fieldValue: appId, currentPage: page, pageSize: pageSize);

    /// <summary>The jobs of one namespace named <paramref name="name"/> (ListJobs' AppName keeps names that contain it: the caller compares).</summary>
    public static ApiRequest Named(ServiceLocation location, string namespaceId, string name) =>
        SaeRequests.ListJobs(location, namespaceId, namespaceId: namespaceId, workload: "job", appName: name, currentPage: 1, pageSize: PageSizes[0]);

    public static ApiRequest Describe(ServiceLocation location, string appId, string? namespaceId) =>
        SaeRequests.DescribeJob(location, namespaceId, appId: appId);

    /// <summary>CreateJob: an image job of the namespace, with the settings given (<see cref="JobSettings.Wire"/>).</summary>
    public static ApiRequest Create(ServiceLocation location, string namespaceId, string name, string imageUrl, int replicas, int? cpu, int? memory, string? description, IReadOnlyDictionary<string, object?> settings)
    {
        var values = new Dictionary<string, object?>
        {
            ["AppName"] = name,
            ["NamespaceId"] = namespaceId,
            ["PackageType"] = "Image",
            ["ImageUrl"] = imageUrl,
            ["Replicas"] = replicas,
            ["Workload"] = "job",
            ["Cpu"] = cpu,
            ["Memory"] = memory,
            ["AppDescription"] = description,
        };
        foreach (KeyValuePair<string, object?> setting in settings)
        {
            values[setting.Key] = setting.Value;
        }

        return ApiCallBuilder.Build(SaeApi.CreateJob, location, namespaceId, values, CallTarget.InNamespace("job", "Get-SaeJob", namespaceId, name));
    }

    /// <summary>UpdateJob: only the settings given (Replicas a string, as UpdateJob declares it).</summary>
    public static ApiRequest Update(ServiceLocation location, SaeJob job, IReadOnlyDictionary<string, object?> settings)
    {
        var values = new Dictionary<string, object?> { ["AppId"] = job.AppId };
        foreach (KeyValuePair<string, object?> setting in settings)
        {
            values[setting.Key] = setting.Key == "Replicas" && setting.Value is int replicas ? replicas.ToString(CultureInfo.InvariantCulture) : setting.Value;
        }

        return ApiCallBuilder.Build(SaeApi.UpdateJob, location, job.NamespaceId, values, Target(job));
    }

    /// <summary>ExecJob: a run now, of <paramref name="replicas"/> instances or the job's, under the idempotency key <paramref name="eventId"/>.</summary>
    public static ApiRequest Exec(ServiceLocation location, SaeJob job, int? replicas, string eventId) =>
        SaeRequests.ExecJob(location, job.NamespaceId, appId: job.AppId, replicas: replicas?.ToString(CultureInfo.InvariantCulture), eventId: eventId, callTarget: Target(job));

    public static ApiRequest Status(ServiceLocation location, string appId, string? namespaceId, string jobId) =>
        SaeRequests.DescribeJobStatus(location, namespaceId, appId: appId, jobId: jobId);

    /// <summary>One page (from 1) of a job's runs, newest first, or those in <paramref name="state"/> (SAE's code).</summary>
    public static ApiRequest History(ServiceLocation location, string appId, string? namespaceId, string? state, int page, int pageSize) =>
        SaeRequests.DescribeJobHistory(location, namespaceId, appId: appId, state: state, currentPage: page, pageSize: pageSize);

    public static ApiRequest Suspend(ServiceLocation location, SaeJob job, bool suspend) =>
        SaeRequests.SuspendJob(location, job.NamespaceId, appId: job.AppId, suspend: suspend, callTarget: Target(job));

    public static ApiRequest Delete(ServiceLocation location, SaeJob job) =>
        SaeRequests.DeleteJob(location, job.NamespaceId, appId: job.AppId, callTarget: Target(job));

    public static ApiRequest DeleteRun(ServiceLocation location, SaeJobRun run) =>
        SaeRequests.DeleteHistoryJob(location, run.NamespaceId, appId: run.AppId, jobId: run.JobId,
            callTarget: new CallTarget("the run " + run.JobId + " of job " + (run.AppName ?? run.AppId),
                where => "Look at the job's history (Get-SaeJobHistory -AppId " + run.AppId + where + ") before trying again."));

    /// <summary>ListJobs: Data.Applications[] and Data.TotalSize (or the top level's, which SAE repeats).</summary>
    public static Page<SaeJob> ParsePage(ApiResponse response, string? namespaceId, ServiceLocation location)
    {
        List<SaeJob> items = (JsonRead.Child(response.Data, "Applications") as JArray ?? new JArray()).OfType<JObject>()
            .Select(item => NamespacedRecord.Placed(SaeJob.Read(item), namespaceId, location)).ToList();
        return new Page<SaeJob>(items, JsonRead.Int(response.Data, "TotalSize") ?? items.Count);
    }

    /// <summary>ExecJob: the run's id, at Data.Data.</summary>
    public static string? ParseRunId(ApiResponse response) => JsonRead.NonEmptyString(response.Data, "Data");

    /// <summary>DescribeJobStatus: Data is the run.</summary>
    public static SaeJobRun ParseRun(ApiResponse response, SaeJob job) => Of(SaeJobRun.Read(response.Data as JObject ?? new JObject()), job);

    /// <summary>DescribeJobHistory: Data.Jobs[] and Data.TotalSize.</summary>
    public static Page<SaeJobRun> ParseHistory(ApiResponse response, SaeJob job)
    {
        List<SaeJobRun> items = (JsonRead.Child(response.Data, "Jobs") as JArray ?? new JArray()).OfType<JObject>().Select(item => Of(SaeJobRun.Read(item), job)).ToList();
        return new Page<SaeJobRun>(items, JsonRead.Int(response.Data, "TotalSize") ?? items.Count);
    }

    /// <summary>DescribeJob's Data, as JSON, for the read before a change and its read-back.</summary>
    public static JObject ParseTemplate(ApiResponse response) => response.Data as JObject ?? new JObject();

    // What SAE's run answers do not carry is the job's, as the command knew it.
    private static SaeJobRun Of(SaeJobRun run, SaeJob job)
    {
        run.AppId = job.AppId;
        run.AppName = job.AppName.Length == 0 ? null : job.AppName;
        run.NamespaceId = job.NamespaceId.Length == 0 ? null : job.NamespaceId;
        return run;
    }

    private static CallTarget Target(SaeJob job) =>
        new CallTarget("the job " + (job.AppName.Length == 0 ? job.AppId : "'" + job.AppName + "' (" + job.AppId + ")"),
            where => "Look at it (Get-SaeJob -AppId " + job.AppId + (job.NamespaceId.Length == 0 ? string.Empty : " -NamespaceId " + job.NamespaceId) + where + ") before trying again.");
}
