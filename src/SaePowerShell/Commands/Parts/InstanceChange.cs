using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// The instance verbs (Restart- and Remove-SaeApplicationInstance), as a part each holds: instances from the
/// pipeline or by id, confirmed one by one, then one call per application for all of its instances. Should SAE refuse
/// a call for an instance the application does not have, the others are sent again without it
/// (<see cref="InstanceChangeCaller"/>), and each input left out gets its own error, naming the change order the
/// others went in.
/// </summary>
internal sealed class InstanceChange
{
    internal const string IdSet = "Id";

    private readonly SaeCmdletBase _cmdlet;
    private readonly ApplicationAction _action;
    private readonly ApplicationChanges _changes;
    private readonly ConcurrentQueue<KeyValuePair<ApplicationChange, InstanceChangeResult>> _leftOut = new ConcurrentQueue<KeyValuePair<ApplicationChange, InstanceChangeResult>>();

    public InstanceChange(SaeCmdletBase cmdlet, ApplicationAction action)
    {
        _cmdlet = cmdlet;
        _action = action;
        _changes = new ApplicationChanges(cmdlet, Build, mergesItems: true);
    }

    /// <summary>One record of the pipeline: a piped instance, or each id of -InstanceId, of -AppId in -NamespaceId.</summary>
    public void Process(string parameterSet, PSObject? inputObject, IEnumerable<string> instanceIds, string? appId, string? namespaceId, string action)
    {
        IEnumerable<PSObject?> inputs = parameterSet == IdSet ? instanceIds.Select(id => (PSObject?)new PSObject(id)) : new[] { inputObject };
        foreach (PSObject? each in inputs)
        {
            InstanceInput input = InstanceInputReader.Read(each, appId, namespaceId);
            _changes.Accept(input.App, input.InstanceId, "instance " + input.InstanceId + " of " + input.App.Description, action);
        }
    }

    /// <summary>The end of the pipeline: the calls, then an error for each input whose instance was left out.</summary>
    public void End(ChangeRun run)
    {
        ConcurrentQueue<KeyValuePair<ApplicationChange, InstanceChangeResult>> leftOut = _leftOut;
        _changes.End(run, async (context, change, ledger, token) =>
        {
            IReadOnlyList<string> instanceIds = change.InputItems!.Where(i => i != null).Select(i => i!).Distinct(StringComparer.Ordinal).ToList();
            InstanceChangeResult result = await InstanceChangeCaller.CallAsync(context.Client, change, instanceIds, context.Locator.Locate(change.Target.NamespaceId, change.Target.RegionId), ledger, token).ConfigureAwait(false);
            if (result.LeftOut.Count > 0)
            {
                leftOut.Enqueue(new KeyValuePair<ApplicationChange, InstanceChangeResult>(change, result));
            }

            return result.ChangeOrder;
        });
        WriteLeftOut();
    }

    private ApplicationChange Build(AcceptedApplication accepted)
    {
        ApplicationAction action = _action;
        AppTarget target = accepted.Target;
        string[] instanceIds = accepted.Items.Select(i => i!).ToArray();
        return new ApplicationChange(action, target, location => InstancesCall.Request(action, location, target, instanceIds), accepted.Inputs,
            accepted.Description + " (" + instanceIds.Length + " instance(s): " + string.Join(", ", instanceIds) + ")", accepted.InputItems);
    }

    /// <summary>One error per input whose instance was left out of its application's call, on the pipeline thread.</summary>
    private void WriteLeftOut()
    {
        while (_leftOut.TryDequeue(out KeyValuePair<ApplicationChange, InstanceChangeResult> entry))
        {
            (ApplicationChange change, InstanceChangeResult result) = (entry.Key, entry.Value);
            for (int i = 0; i < change.Inputs.Count; i++)
            {
                string? instanceId = change.InputItems![i];
                if (instanceId != null && result.LeftOut.Contains(instanceId))
                {
                    _cmdlet.WriteError(ErrorRecordFactory.FromException(result.Refusal!, change.Inputs[i],
                        "Application " + change.Target.AppId + " has no instance " + instanceId + ", so it was left out; its other instances went in change order " + result.ChangeOrder.ChangeOrderId));
                }
            }
        }
    }
}
