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
// checked, the namespace looked at for the name (so a lost answer's look-up by name proves the job ours), one
// CreateJob, and the job read and written; with -Wait, after its change order, all of them at the end.
public sealed partial class NewSaeJobCommand
{
    private readonly PendingChangeOrders _creating = new PendingChangeOrders();
    private readonly Dictionary<string, (ServiceLocation Location, string AppId)> _jobsByOrder = new Dictionary<string, (ServiceLocation, string)>(StringComparer.Ordinal);

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        string namespaceId = NamespaceId!;
        string name = Name!;
        string subject = "job '" + name + "' in " + namespaceId;
        JobSettings? settings = JobSettingsInput.Read(null, Command, CommandArgs, null, Schedule, Timezone, BackoffLimit, JobTimeout, ConcurrencyPolicy, Environment, out string? problem);
        if (settings is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidJobSetting", problem!, name));
            return;
        }

        if (Core.Input.InputRules.NamespaceIdProblem(namespaceId) is string badNamespace)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", badNamespace, namespaceId));
            return;
        }

        if (!TryLocate(namespaceId, RegionId, name, out ServiceLocation location))
        {
            return;
        }

        ApiRequest create;
        try
        {
            // Built here to check it against the surface: a bad value is this input's error before anything is asked or sent.
            create = JobCalls.Create(location, namespaceId, name, ImageUrl!, Replicas, Cpu, Memory, Description, settings.Wire());
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, name, "Could not create " + subject));
            return;
        }

        if (!ShouldProcess(subject + " (image " + ImageUrl + ", " + Replicas + " instance(s)" + (Schedule is null ? string.Empty : ", on '" + Schedule + "'") + "; CreateJob)", "Create"))
        {
            return;
        }

        if (Existing(location, namespaceId, name) is not IReadOnlyList<SaeJob> existing)
        {
            return;
        }

        if (existing.Count > 0)
        {
            WriteError(ErrorRecordFactory.Invalid("JobAlreadyExists", "Namespace " + namespaceId + " already has a job named '" + name + "' (" + existing[0].AppId + "); Set-SaeJob changes it.", name));
            return;
        }

        var finder = new JobFinder(this);
        if (finder.Change((client, token) => JobChanges.CreateAsync(client, location, namespaceId, name, create, token), name, "Could not create " + subject) is not JobChange created)
        {
            return;
        }

        WriteVerbose("Created " + subject + " as " + created.AppId + (created.ChangeOrderId is null ? "." : " (change order " + created.ChangeOrderId + ")."));
        if (Wait && created.ChangeOrderId is string orderId)
        {
            _jobsByOrder[orderId] = (location, created.AppId);
            _creating.Add(new SaeChangeOrder(orderId) { NamespaceId = namespaceId, RegionId = location.RegionId, AppIds = new[] { created.AppId } }, name, "Creating " + subject + " did not finish");
            return;
        }

        if (finder.Find(location, created.AppId, namespaceId) is SaeJob job)
        {
            WriteObject(job);
        }
    }

    /// <inheritdoc />
    internal override void EndInput() =>
        _creating.WaitAll(this, CommandContext, ChangeWait.Of(true, Timeout, PollIntervalSec)!, order =>
        {
            (ServiceLocation location, string appId) = _jobsByOrder[order.ChangeOrderId];
            if (new JobFinder(this).Find(location, appId, order.NamespaceId) is SaeJob job)
            {
                WriteObject(job);
            }
        });

    private IReadOnlyList<SaeJob>? Existing(ServiceLocation location, string namespaceId, string name)
    {
        try
        {
            return Await(JobChanges.NamedAsync(Client, location, namespaceId, name, CancellationToken));
        }
        catch (SaeException ex)
        {
            WriteError(ErrorRecordFactory.FromException(ex, name, "Could not look for jobs named '" + name + "' in " + namespaceId));
            return null;
        }
    }
}
