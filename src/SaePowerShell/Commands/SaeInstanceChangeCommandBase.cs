using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

/// <summary>
/// The instance verbs (Restart- and Remove-SaeApplicationInstance): instances from the pipeline or by id, confirmed
/// one by one, then one call per application for all of its instances.
/// </summary>
public abstract class SaeInstanceChangeCommandBase : SaeApplicationChangeCommandBase
{
    internal const string InputObjectSet = "InputObject";
    internal const string IdSet = "Id";

    /// <summary>
    /// <para type="description">Instances from the pipeline: SaeApplicationInstance objects (from Get-SaeApplicationInstance), any object or hashtable with InstanceId, AppId and NamespaceId, or instance id strings together with -AppId and -NamespaceId.</para>
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    [AllowNull]
    public PSObject? InputObject { get; set; }

    /// <summary>
    /// <para type="description">The ids of the instances, all of the application given by -AppId.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(InstanceCompleter))]
    public string[] InstanceId { get; set; } = new string[0];

    /// <summary>
    /// <para type="description">The application the instances belong to; required with instance ids.</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet)]
    [Parameter(ParameterSetName = InputObjectSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationCompleter))]
    public string? AppId { get; set; }

    /// <summary>
    /// <para type="description">The namespace of the application, such as cn-hangzhou:demo; required with instance ids; piped instances carry their own.</para>
    /// </summary>
    [Parameter]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    public string? NamespaceId { get; set; }

    private readonly ConcurrentQueue<KeyValuePair<ApplicationChange, InstanceChangeResult>> _leftOut = new ConcurrentQueue<KeyValuePair<ApplicationChange, InstanceChangeResult>>();

    /// <summary>What is done to the instances.</summary>
    internal abstract ApplicationAction InstanceAction { get; }

    internal override bool MergesItems => true;

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        IEnumerable<PSObject?> inputs = ParameterSetName == IdSet ? InstanceId.Select(id => (PSObject?)new PSObject(id)) : new[] { InputObject };
        foreach (PSObject? each in inputs)
        {
            InstanceInput input = InstanceInputReader.Read(each, AppId, NamespaceId);
            Accept(input.App, input.InstanceId, "instance " + input.InstanceId + " of " + input.App.Description);
        }
    }

    internal override ApplicationChange Build(AppTarget target, string description, IReadOnlyList<string?> items, IReadOnlyList<object?> inputs, IReadOnlyList<string?> inputItems)
    {
        ApplicationAction action = InstanceAction;
        string[] instanceIds = items.Select(i => i!).ToArray();
        return new ApplicationChange(action, target, location => InstancesCall.Request(action, location, target, instanceIds), inputs,
            description + " (" + instanceIds.Length + " instance(s): " + string.Join(", ", instanceIds) + ")", inputItems);
    }

    /// <summary>
    /// Each application's instances in one call; should SAE refuse it for an instance the application does not have,
    /// the others are sent again without it (InstanceChangeCaller), and what was left out is kept here for
    /// <see cref="AfterCalls"/> to write, on the pipeline thread.
    /// </summary>
    internal override Func<CommandContext, ApplicationChange, CancellationToken, Task<SaeChangeOrder>> Caller(ChangeOrderLedger ledger)
    {
        ConcurrentQueue<KeyValuePair<ApplicationChange, InstanceChangeResult>> leftOut = _leftOut;
        return async (context, change, token) =>
        {
            IReadOnlyList<string> instanceIds = change.InputItems!.Where(i => i != null).Select(i => i!).Distinct(StringComparer.Ordinal).ToList();
            InstanceChangeResult result = await InstanceChangeCaller.CallAsync(context.Client, change, instanceIds, context.Locator.Locate(change.Target.NamespaceId, change.Target.RegionId), ledger, token).ConfigureAwait(false);
            if (result.LeftOut.Count > 0)
            {
                leftOut.Enqueue(new KeyValuePair<ApplicationChange, InstanceChangeResult>(change, result));
            }

            return result.ChangeOrder;
        };
    }

    /// <summary>One error per input whose instance was left out of its application's call, naming it and the change order the others went in.</summary>
    internal override void AfterCalls()
    {
        while (_leftOut.TryDequeue(out KeyValuePair<ApplicationChange, InstanceChangeResult> entry))
        {
            (ApplicationChange change, InstanceChangeResult result) = (entry.Key, entry.Value);
            for (int i = 0; i < change.Inputs.Count; i++)
            {
                string? instanceId = change.InputItems![i];
                if (instanceId != null && result.LeftOut.Contains(instanceId))
                {
                    WriteError(ErrorRecordFactory.FromException(result.Refusal!, change.Inputs[i],
                        "Application " + change.Target.AppId + " has no instance " + instanceId + ", so it was left out; its other instances went in change order " + result.ChangeOrder.ChangeOrderId));
                }
            }
        }
    }
}
