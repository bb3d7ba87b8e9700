using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Creating, changing, running, suspending and deleting a job, and deleting a run, each through the one never-twice
/// loop (<see cref="SendOnce"/>) with the evidence the cmdlet table names for it:
/// a run (ExecJob) is looked up in the job's history: exactly one run started around our send is ours, none means it
/// did not arrive (and it is sent again, under the same EventId, which SAE documents as starting nothing twice),
/// anything else is "outcome unknown";
/// a create is looked up by name in the namespace (the command saw none of that name before it sent);
/// a change and a suspend or resume are read back: as sent, where before it differed, means it took effect, anything
/// else is unknown, never a resend;
/// a delete, of a job or of a run, is looked up: gone means done, still there that it did not arrive.
/// </summary>
internal static class JobChanges
{
    /// <summary>The most pages of a job's history a look-up reads: a longer history is a look-up failure, so "outcome unknown".</summary>
    public const int MaximumPages = 20;

    public static Task<string> ExecAsync(SaeClient client, ServiceLocation location, SaeJob job, int? replicas, string eventId, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, JobCalls.Exec(location, job, replicas, eventId), Describe(job),
            (response, sentAt) => JobCalls.ParseRunId(response) ?? throw NoRunId(response, job, location, sentAt),
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeStarted(await FirstRunsAsync(client, location, job, token).ConfigureAwait(false), job, sentAt),
                "looking it up", token),
            runId => "run " + runId, cancellationToken);

    /// <summary>Of the job's newest runs: the verdict on a run started at <paramref name="sentAt"/>.</summary>
    internal static OutcomeVerdict<string> JudgeStarted(IReadOnlyList<SaeJobRun> runs, SaeJob job, DateTimeOffset sentAt)
    {
        if (runs.Any(r => r.StartTime is null && r.State != "0"))
        {
            return OutcomeVerdict<string>.Unknown("a run of job " + job.AppId + " has no start time to tell it by");
        }

        List<SaeJobRun> around = runs.Where(r => r.StartTime is DateTimeOffset started && (started - sentAt).Duration() <= OutcomeCheck.Tolerance).ToList();
        return around.Count switch
        {
            0 => OutcomeVerdict<string>.DidNotTakeEffect("job " + job.AppId + " has no run started around the call"),
            1 => OutcomeVerdict<string>.TookEffect(around[0].JobId),
            _ => OutcomeVerdict<string>.Unknown("job " + job.AppId + " has " + around.Count + " runs started around the call (" + string.Join(", ", around.Select(r => r.JobId)) + ")"),
        };
    }

    public static Task<SaeJob> SuspendAsync(SaeClient client, ServiceLocation location, SaeJob job, bool suspend, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, JobCalls.Suspend(location, job, suspend), Describe(job),
            (_, __) => Switched(job, suspend),
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeSuspended(job, await FindAsync(client, location, job.AppId, job.NamespaceId, token).ConfigureAwait(false), suspend),
                "reading it back", token),
            found => Describe(found) + (suspend ? " is suspended" : " is resumed"), cancellationToken);

    /// <summary>A suspend or resume read back: in the wanted state, where before it was not, took effect; else unknown.</summary>
    internal static OutcomeVerdict<SaeJob> JudgeSuspended(SaeJob before, SaeJob? read, bool suspend) =>
        read is null ? OutcomeVerdict<SaeJob>.Unknown("job " + before.AppId + " is not there any more")
        : read.Suspended == suspend && before.Suspended != suspend ? OutcomeVerdict<SaeJob>.TookEffect(read)
        : OutcomeVerdict<SaeJob>.Unknown(read.Suspended == suspend
            ? "job " + before.AppId + " was already " + (suspend ? "suspended" : "running") + " before the call"
            : "job " + before.AppId + " is still " + (read.Suspended ? "suspended" : "not suspended"));

    public static Task<SaeJob> DeleteAsync(SaeClient client, ServiceLocation location, SaeJob job, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, JobCalls.Delete(location, job), Describe(job),
            (_, __) => job,
            (sentAt, token) => LookUp.Verdict(
                async () => await FindAsync(client, location, job.AppId, job.NamespaceId, token).ConfigureAwait(false) is null
                    ? OutcomeVerdict<SaeJob>.TookEffect(job)
                    : OutcomeVerdict<SaeJob>.DidNotTakeEffect("job " + job.AppId + " is still there"),
                "looking it up", token),
            _ => Describe(job) + " is gone", cancellationToken);

    public static Task<SaeJobRun> DeleteRunAsync(SaeClient client, ServiceLocation location, SaeJob job, SaeJobRun run, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, JobCalls.DeleteRun(location, run), "run " + run.JobId + " of " + Describe(job),
            (_, __) => run,
            (sentAt, token) => LookUp.Verdict(
                async () => (await AllRunsAsync(client, location, job, token).ConfigureAwait(false)).Any(r => r.JobId == run.JobId)
                    ? OutcomeVerdict<SaeJobRun>.DidNotTakeEffect("the run " + run.JobId + " is still there")
                    : OutcomeVerdict<SaeJobRun>.TookEffect(run),
                "looking it up", token),
            _ => "run " + run.JobId + " is gone", cancellationToken);

    /// <summary>CreateJob: the new job's id and the change order it answered (null when a look-up found the job).</summary>
    public static Task<JobChange> CreateAsync(SaeClient client, ServiceLocation location, string namespaceId, string name, ApiRequest create, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, create, "job '" + name + "' in " + namespaceId,
            (response, _) => new JobChange(JsonRead.NonEmptyString(response.Data, "AppId") ?? string.Empty, JsonRead.NonEmptyString(response.Data, "ChangeOrderId")),
            (sentAt, token) => LookUp.Verdict(
                async () => JudgeCreated(await NamedAsync(client, location, namespaceId, name, token).ConfigureAwait(false), namespaceId, name),
                "looking it up", token),
            found => "job " + found.AppId, cancellationToken);

    /// <summary>Of the namespace's jobs named <paramref name="name"/> (none was there before the send): one is ours, none means it did not arrive.</summary>
    internal static OutcomeVerdict<JobChange> JudgeCreated(IReadOnlyList<SaeJob> named, string namespaceId, string name) =>
        named.Count switch
        {
            0 => OutcomeVerdict<JobChange>.DidNotTakeEffect("namespace " + namespaceId + " has no job named " + name),
            1 => OutcomeVerdict<JobChange>.TookEffect(new JobChange(named[0].AppId, null)),
            _ => OutcomeVerdict<JobChange>.Unknown("namespace " + namespaceId + " has " + named.Count + " jobs named " + name),
        };

    /// <summary>UpdateJob of what differs: the change order it answered (null when the read-back found the change).</summary>
    public static Task<JobChange> UpdateAsync(SaeClient client, ServiceLocation location, SaeJob job, IReadOnlyDictionary<string, object?> differing, CancellationToken cancellationToken) =>
        SendOnce.CallAsync(client, JobCalls.Update(location, job, differing), Describe(job),
            (response, _) => new JobChange(job.AppId, JsonRead.NonEmptyString(response.Data, "ChangeOrderId")),
            (sentAt, token) => LookUp.Verdict(
                async () =>
                {
                    ApiResponse read = await client.SendAsync(JobCalls.Describe(location, job.AppId, job.NamespaceId), token).ConfigureAwait(false);
                    return JudgeUpdated(job, JobCalls.ParseTemplate(read), differing);
                },
                "reading it back", token),
            found => Describe(job) + " is as sent", cancellationToken);

    /// <summary>A change read back: every value as sent (each differed before, or it was not sent) took effect; else unknown.</summary>
    internal static OutcomeVerdict<JobChange> JudgeUpdated(SaeJob job, Newtonsoft.Json.Linq.JObject read, IReadOnlyDictionary<string, object?> sent)
    {
        List<string> notYet = sent.Where(s => !JobSettings.Holds(read, s.Key, s.Value)).Select(s => s.Key).ToList();
        return notYet.Count == 0
            ? OutcomeVerdict<JobChange>.TookEffect(new JobChange(job.AppId, null))
            : OutcomeVerdict<JobChange>.Unknown("job " + job.AppId + " does not have " + string.Join(", ", notYet) + " as sent");
    }

    /// <summary>The job of <paramref name="appId"/> (one ListJobs), or null when there is none.</summary>
    public static async Task<SaeJob?> FindAsync(SaeClient client, ServiceLocation location, string appId, string? namespaceId, CancellationToken cancellationToken)
    {
        ApiResponse response = await client.SendAsync(JobCalls.List(location, namespaceId, appId, 1, JobCalls.PageSizes[JobCalls.PageSizes.Count - 1]), cancellationToken).ConfigureAwait(false);
        return JobCalls.ParsePage(response, namespaceId, location).Items.FirstOrDefault(j => j.AppId == appId);
    }

    /// <summary>The namespace's jobs named exactly <paramref name="name"/> (one ListJobs).</summary>
    public static async Task<IReadOnlyList<SaeJob>> NamedAsync(SaeClient client, ServiceLocation location, string namespaceId, string name, CancellationToken cancellationToken)
    {
        ApiResponse response = await client.SendAsync(JobCalls.Named(location, namespaceId, name), cancellationToken).ConfigureAwait(false);
        return JobCalls.ParsePage(response, namespaceId, location).Items.Where(j => string.Equals(j.AppName, name, StringComparison.Ordinal)).ToList();
    }

    private static async Task<IReadOnlyList<SaeJobRun>> FirstRunsAsync(SaeClient client, ServiceLocation location, SaeJob job, CancellationToken cancellationToken)
    {
        ApiResponse response = await client.SendAsync(JobCalls.History(location, job.AppId, job.NamespaceId, null, 1, JobCalls.PageSizes[0]), cancellationToken).ConfigureAwait(false);
        return JobCalls.ParseHistory(response, job).Items;
    }

    private static async Task<IReadOnlyList<SaeJobRun>> AllRunsAsync(SaeClient client, ServiceLocation location, SaeJob job, CancellationToken cancellationToken)
    {
        var pager = new Pager<SaeJobRun>(client, (page, size) => JobCalls.History(location, job.AppId, job.NamespaceId, null, page, size),
            response => JobCalls.ParseHistory(response, job), r => r.JobId, JobCalls.PageSizes, MaximumPages);
        IReadOnlyList<SaeJobRun> all = await pager.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        return pager.ReachedBound ? throw pager.BoundError() : all;
    }

    private static SaeJob Switched(SaeJob job, bool suspend)
    {
        SaeJob copy = job.Copy();
        copy.Suspended = suspend;
        return copy;
    }

    private static SaeOutcomeUnknownException NoRunId(ApiResponse response, SaeJob job, ServiceLocation location, DateTimeOffset sentAt) =>
        new SaeOutcomeUnknownException("ExecJob", "the job " + job.AppId, "Look at its runs (Get-SaeJobHistory -AppId " + job.AppId + ") before trying again.",
            response.ClientRequestId, "the service answered success (RequestId " + (response.RequestId ?? "none") + ") without a run id", SaeErrorCategory.InvalidResult, sentAt, null)
            .MarkClaimedSuccess();

    private static string Describe(SaeJob job) => "job " + (job.AppName.Length == 0 ? job.AppId : job.AppName + " (" + job.AppId + ")");
}

/// <summary>What a create or a change of a job answered: the job's id, and the change order to wait on (null when a look-up found it).</summary>
internal sealed record JobChange(string AppId, string? ChangeOrderId);
