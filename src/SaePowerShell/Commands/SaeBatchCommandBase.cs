using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using System.Threading;
using System;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Concurrency;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

/// <summary>
/// The batch mechanism behind Start-SaeApplication (and the other batch verbs): confirm each application as it
/// arrives, then in EndProcessing group by namespace, make one call per group (concurrently, up to -ThrottleLimit),
/// and write one change order per call or one error per application, in the order the groups first appeared.
/// </summary>
public abstract partial class SaeBatchCommandBase : SaeCmdletBase
{
    internal const string InputObjectSet = "InputObject";
    internal const string AppIdSet = "AppId";
    internal const string NamespaceSet = "Namespace";

    private readonly List<AppTarget> _accepted = new List<AppTarget>();

    internal abstract BatchAction Action { get; }

    /// <summary>The Version parameter of the call, for the verbs that take one.</summary>
    internal virtual string? ApplicationVersion => null;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case InputObjectSet:
                Accept(AppInputReader.Read(InputObject, NamespaceId));
                break;
            case AppIdSet:
                foreach (string? id in AppId ?? new string?[] { null })
                {
                    Accept(AppInputReader.Read(id is null ? null : new PSObject(id), NamespaceId));
                }

                break;
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        IReadOnlyList<BatchGroup> groups = ParameterSetName == NamespaceSet ? PlanWholeNamespace() : PlanAccepted();
        if (groups.Count == 0)
        {
            return;
        }

        Run(groups);
    }

    private void Accept(AppInput input)
    {
        if (input.Target is null)
        {
            WriteError(ErrorRecordFactory.Invalid(input.ErrorId!, input.Problem!, input.Input));
            return;
        }

        if (ShouldProcess(input.Description, Action.Verb))
        {
            _accepted.Add(input.Target);
        }
    }

    private void Run(IReadOnlyList<BatchGroup> groups)
    {
        // The whole context is resolved here, on the pipeline thread; the calls get it as a value.
        CommandContext context = CommandContext;
        var ledger = new ChangeOrderLedger();
        BatchAction action = Action;
        string? version = ApplicationVersion;
        IReadOnlyList<Task<GroupOutcome>> calls = ThrottledRunner.Start(groups, ThrottleLimit, (group, token) => CallAsync(context, action, version, ledger, group, token), CancellationToken);
        var progress = new ProgressRecord(1, Action.PresentParticiple + " SAE applications", "Calling SAE for " + groups.Count + " namespace group(s)");
        bool showProgress = groups.Count > 1;

        var started = new List<GroupOutcome>();
        for (int i = 0; i < calls.Count; i++)
        {
            if (showProgress)
            {
                progress.PercentComplete = i * 100 / calls.Count;
                progress.StatusDescription = "Waiting for " + groups[i] + " (" + (i + 1) + " of " + calls.Count + ")";
                WriteProgress(progress);
            }

            GroupOutcome outcome = Await(calls[i]);
            if (outcome.ChangeOrder is null)
            {
                WriteGroupError(outcome.Group, outcome.Error!);
            }
            else if (Wait)
            {
                started.Add(outcome);
            }
            else
            {
                WriteObject(outcome.ChangeOrder);
            }
        }

        if (showProgress)
        {
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
        }

        if (started.Count > 0)
        {
            WaitFor(context, started);
        }
    }

    private void WaitFor(CommandContext context, List<GroupOutcome> started)
    {
        var groupOf = new Dictionary<SaeChangeOrder, BatchGroup>();
        foreach (GroupOutcome outcome in started)
        {
            groupOf[outcome.ChangeOrder!] = outcome.Group;
        }

        new ChangeOrderWaiter(this, context, TimeSpan.FromSeconds(Timeout), TimeSpan.FromSeconds(2)).Wait(
            started.Select(o => o.ChangeOrder!).ToList(),
            (order, failure) =>
            {
                if (failure is null)
                {
                    WriteObject(order);
                }
                else
                {
                    WriteGroupError(groupOf[order], failure);
                }
            },
            justCreated: true);
    }

    /// <summary>One group's call, on a worker thread: it has only the values it was given, never the cmdlet.</summary>
    private static async Task<GroupOutcome> CallAsync(CommandContext context, BatchAction action, string? version, ChangeOrderLedger ledger, BatchGroup group, CancellationToken cancellationToken)
    {
        try
        {
            ServiceLocation location = context.Locator.Locate(group.NamespaceId, group.RegionId);
            SaeChangeOrder changeOrder = await BatchCaller.CallAsync(context.Client, action, group, location, version, ledger, cancellationToken).ConfigureAwait(false);
            return GroupOutcome.Succeeded(group, changeOrder);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException))
        {
            return GroupOutcome.Failed(group, ex);
        }
    }

    /// <summary>One error per application of the group: every application is accounted for once.</summary>
    private void WriteGroupError(BatchGroup group, Exception error)
    {
        string verb = Action.Verb.ToLowerInvariant();
        if (group.Targets.Count == 0)
        {
            WriteError(ErrorRecordFactory.FromException(error, group.NamespaceId, "Could not " + verb + " the applications of namespace " + group.NamespaceId));
            return;
        }

        foreach (AppTarget target in group.Targets)
        {
            WriteError(ErrorRecordFactory.FromException(error, target.Input, "Could not " + verb + " application " + target));
        }
    }

    /// <summary>What became of one call.</summary>
    private sealed class GroupOutcome
    {
        private GroupOutcome(BatchGroup group, SaeChangeOrder? changeOrder, Exception? error)
        {
            Group = group;
            ChangeOrder = changeOrder;
            Error = error;
        }

        public BatchGroup Group { get; }

        public SaeChangeOrder? ChangeOrder { get; }

        public Exception? Error { get; }

        public static GroupOutcome Succeeded(BatchGroup group, SaeChangeOrder changeOrder) => new GroupOutcome(group, changeOrder, null);

        public static GroupOutcome Failed(BatchGroup group, Exception error) => new GroupOutcome(group, null, error);
    }
}
