using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Jobs;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: the values
// checked, the job read (ListJobs for its name, DescribeJob for its template), only what differs sent in one
// UpdateJob, and the job read and written; with -Wait, after its change order, all of them at the end.
public sealed partial class SetSaeJobCommand
{
    private readonly PendingChangeOrders _changing = new PendingChangeOrders();
    private readonly Dictionary<string, (ServiceLocation Location, SaeJob Job)> _jobsByOrder = new Dictionary<string, (ServiceLocation, SaeJob)>(StringComparer.Ordinal);

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new JobFinder(this);
        string appId = AppId!;
        JobSettings? settings = JobSettingsInput.Read(ImageUrl, Command, CommandArgs, Replicas, Schedule, Timezone, BackoffLimit, JobTimeout, ConcurrencyPolicy, Environment, out string? problem);
        if (settings is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidJobSetting", problem!, appId));
            return;
        }

        if (!finder.TryLocate(appId, NamespaceId, out ServiceLocation location) || finder.Find(location, appId, NamespaceId) is not SaeJob job)
        {
            return;
        }

        ApiResponse? read = Call(JobCalls.Describe(location, appId, job.NamespaceId), appId, "Could not read job " + appId);
        if (read is null)
        {
            return;
        }

        Newtonsoft.Json.Linq.JObject template = JobCalls.ParseTemplate(read);
        IReadOnlyDictionary<string, object?> differing = JobSettings.Differing(settings.Wire(template["Timezone"]?.ToString()), template);
        string what = JobFinder.Describe(job);
        if (differing.Count == 0)
        {
            WriteVerbose("The " + what + " is already as given; nothing is sent.");
            WriteObject(job);
            return;
        }

        try
        {
            JobCalls.Update(location, job, differing);
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, appId, "Could not change " + what));
            return;
        }

        if (!ShouldProcess(what + " (" + string.Join(", ", differing.Keys) + "; UpdateJob)", "Change")
            || finder.Change((client, token) => JobChanges.UpdateAsync(client, location, job, differing, token), appId, "Could not change " + what) is not JobChange changed)
        {
            return;
        }

        WriteVerbose("Changed " + string.Join(", ", differing.Keys) + " of " + what + (changed.ChangeOrderId is null ? "." : " (change order " + changed.ChangeOrderId + ")."));
        if (Wait && changed.ChangeOrderId is string orderId)
        {
            _jobsByOrder[orderId] = (location, job);
            _changing.Add(new SaeChangeOrder(orderId) { NamespaceId = job.NamespaceId, RegionId = location.RegionId, AppIds = new[] { job.AppId } }, appId, "Changing " + what + " did not finish");
            return;
        }

        if (finder.Find(location, appId, job.NamespaceId) is SaeJob after)
        {
            WriteObject(after);
        }
    }

    /// <inheritdoc />
    internal override void EndInput() =>
        _changing.WaitAll(this, CommandContext, ChangeWait.Of(true, Timeout, PollIntervalSec)!, order =>
        {
            (ServiceLocation location, SaeJob job) = _jobsByOrder[order.ChangeOrderId];
            if (new JobFinder(this).Find(location, job.AppId, job.NamespaceId) is SaeJob after)
            {
                WriteObject(after);
            }
        });
}
