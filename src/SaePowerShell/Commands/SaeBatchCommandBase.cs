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
public abstract partial class SaeBatchCommandBase : SaeChangeCommandBase
{
    internal const string InputObjectSet = "InputObject";
    internal const string AppIdSet = "AppId";
    internal const string NamespaceSet = "Namespace";

    private readonly List<AppTarget> _accepted = new List<AppTarget>();

    internal abstract BatchAction Action { get; }

    /// <summary>The Version parameter of the call, for the verbs that take one.</summary>
    internal virtual string? ApplicationVersion => null;

    /// <inheritdoc />
    internal override void ProcessInput()
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
    internal override void EndInput()
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
        var ledger = new ChangeOrderLedger();
        BatchAction action = Action;
        string? version = ApplicationVersion;
        ChangeOrderFanOut.Run(this, groups, ThrottleLimit, Action.PresentParticiple + " SAE applications",
            (context, group, token) => BatchCaller.CallAsync(context.Client, action, group, context.Locator.Locate(group.NamespaceId, group.RegionId), version, ledger, token),
            WriteGroupError,
            WaitSettings);
    }

    /// <summary>One error per application of the group: every application is accounted for once.</summary>
    private void WriteGroupError(BatchGroup group, Exception error)
    {
        string verb = Action.Verb.ToLowerInvariant();
        if (error is SaeChangeOrderException ended && ended.ErrorId != "WaitTimeout")
        {
            WriteFailedOrder(group, ended);
            return;
        }

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

    /// <summary>
    /// A change order that ended without success may still have done its earlier batches: those applications come out
    /// in the change order (SucceededAppIds), and only the others get an error, which says whether the failure was
    /// seen or could not be found out.
    /// </summary>
    private void WriteFailedOrder(BatchGroup group, SaeChangeOrderException ended)
    {
        SaeChangeOrder order = ended.ChangeOrder;
        CommandContext context = CommandContext;
        IReadOnlyList<AppFinding> findings = Await(FailedBatchCheck.FindAsync(context.Client, Action, group.NamespaceId, group.AppIds,
            context.Locator.Locate(group.NamespaceId, group.RegionId), CancellationToken));
        if (findings.Count == 0)
        {
            // A whole namespace whose listing came back empty: nothing to tell apart, and the failure still stands.
            WriteError(ErrorRecordFactory.FromException(ended, group.NamespaceId, "Could not " + Action.Verb.ToLowerInvariant() + " the applications of namespace " + group.NamespaceId));
            return;
        }

        order.SucceededAppIds = findings.Where(f => f.Reached == true).Select(f => f.AppId).ToList();
        order.FailedAppIds = findings.Where(f => f.Reached != true).Select(f => f.AppId).ToList();
        if (order.SucceededAppIds.Count > 0)
        {
            WriteVerbose(ChangeOrderOutcomeText(order) + ": " + order.SucceededAppIds.Count + " application(s) reached the wanted state before it ended ("
                + string.Join(", ", order.SucceededAppIds) + "); " + order.FailedAppIds.Count + " did not or could not be told.");
            WriteObject(order);
        }

        var targets = group.Targets.ToDictionary(t => t.AppId, StringComparer.Ordinal);
        string verb = Action.Verb.ToLowerInvariant();
        foreach (AppFinding finding in findings.Where(f => f.Reached != true))
        {
            // A whole namespace's applications were not given one by one: the id stands for the input.
            bool given = targets.TryGetValue(finding.AppId, out AppTarget? appTarget);
            object? target = given ? appTarget!.Input : finding.AppId;
            string name = given ? appTarget!.ToString() : finding.AppId;
            string subject = finding.Reached == false
                ? "Could not " + verb + " application " + name + " (" + finding.Reason + ")"
                : "Whether application " + name + " reached the " + verb + " is not known (" + finding.Reason + ")";
            WriteError(ErrorRecordFactory.FromException(ended, target, subject));
        }
    }

    private static string ChangeOrderOutcomeText(SaeChangeOrder order) => Core.Waiting.ChangeOrderOutcome.Describe(order) + " ended " + (order.Status?.ToString() ?? "without success");
}
