using SaePowerShell.Commands.Jobs;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeJobHistoryCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new JobFinder(this);
        string appId = AppId!;
        if (!finder.TryLocate(appId, NamespaceId, out ServiceLocation location))
        {
            return;
        }

        // The runs name their job by its id and namespace (no read for its name).
        var job = new SaeJob { AppId = appId, AppName = string.Empty, NamespaceId = NamespaceId ?? string.Empty };
        string? state = State is null ? null : SaeJobRun.StateOf(State);
        ForEachPage((page, size) => JobCalls.History(location, appId, NamespaceId, state, page, size), response => JobCalls.ParseHistory(response, job),
            run => run.JobId, JobCalls.PageSizes, WriteListed, appId, "the runs of job " + appId);
    }
}
