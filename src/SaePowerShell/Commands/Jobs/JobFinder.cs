using System;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Input;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands.Jobs;

/// <summary>
/// The part the job cmdlets hold: where a job's calls go, the job itself (one ListJobs by its id, so a piped job and
/// a typed id are read alike), and a change sent through Core's never-twice loop with SAE's refusal or "outcome
/// unknown" as an error naming what was given.
/// </summary>
internal sealed class JobFinder
{
    private readonly SaeCmdletBase _cmdlet;

    public JobFinder(SaeCmdletBase cmdlet)
    {
        _cmdlet = cmdlet;
    }

    /// <summary>Where calls about a job go, or false after writing the error (a malformed id, no region).</summary>
    public bool TryLocate(string appId, string? namespaceId, out ServiceLocation location)
    {
        string? problem = InputRules.AppIdProblem(appId);
        string? namespaceProblem = namespaceId is null ? null : InputRules.NamespaceIdProblem(namespaceId);
        if (problem != null || namespaceProblem != null)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid(problem != null ? "InvalidAppId" : "InvalidNamespaceId", (problem ?? namespaceProblem)!.Replace("application id", "job id"), problem != null ? appId : namespaceId));
            location = null!;
            return false;
        }

        return _cmdlet.TryLocate(namespaceId, _cmdlet.RegionId, appId, out location);
    }

    /// <summary>The job of <paramref name="appId"/>, or null after writing the error: SAE's, or JobNotFound naming the id.</summary>
    public SaeJob? Find(ServiceLocation location, string appId, string? namespaceId)
    {
        ApiResponse? response = _cmdlet.Call(JobCalls.List(location, namespaceId, appId, 1, JobCalls.PageSizes[JobCalls.PageSizes.Count - 1]), appId, "Could not read job " + appId);
        if (response is null)
        {
            return null;
        }

        foreach (SaeJob job in JobCalls.ParsePage(response, namespaceId, location).Items)
        {
            if (job.AppId == appId)
            {
                return job;
            }
        }

        _cmdlet.WriteError(ErrorRecordFactory.NotFound("InvalidAppId.NotFound",
            "There is no job with the id " + appId + (namespaceId is null ? " in region " + location.RegionId : " in namespace " + namespaceId) + ". Get-SaeJob lists the jobs.", appId));
        return null;
    }

    /// <summary>One change, awaited on the pipeline thread: its result, or null after writing the error naming <paramref name="target"/>.</summary>
    public T? Change<T>(Func<SaeClient, CancellationToken, Task<T>> change, object target, string failure)
        where T : class
        => SentChange.Await(_cmdlet, change, target, failure);

    /// <summary>How a job is named in confirmations and messages.</summary>
    public static string Describe(SaeJob job) => "job '" + job.AppName + "' (" + job.AppId + ") in " + job.NamespaceId;
}
