using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// The batch mechanism behind Start-, Stop- and Restart-SaeApplication, as a part each holds: confirm each application
/// as it arrives, then at the end group by namespace, make one call per group (concurrently, up to -ThrottleLimit),
/// and write one change order per call or one error per application, in the order the groups first appeared. The
/// cmdlet hands it its parameters' values; it calls back only on the pipeline thread.
/// </summary>
internal sealed class BatchVerb
{
    internal const string InputObjectSet = "InputObject";
    internal const string AppIdSet = "AppId";
    internal const string NamespaceSet = "Namespace";

    private readonly SaeCmdletBase _cmdlet;
    private readonly List<AppTarget> _accepted = new List<AppTarget>();
    private BatchRun _run = null!;

    public BatchVerb(SaeCmdletBase cmdlet, BatchAction action)
    {
        _cmdlet = cmdlet;
        Action = action;
    }

    private BatchAction Action { get; }

    private string? NamespaceId => _run.NamespaceId;

    /// <summary>One record of the pipeline: an input object, or the ids given.</summary>
    public void Process(string parameterSet, PSObject? inputObject, string?[]? appIds, string? namespaceId)
    {
        switch (parameterSet)
        {
            case InputObjectSet:
                Accept(AppInputReader.Read(inputObject, namespaceId));
                break;
            case AppIdSet:
                foreach (string? id in appIds ?? new string?[] { null })
                {
                    Accept(AppInputReader.Read(id is null ? null : new PSObject(id), namespaceId));
                }

                break;
        }
    }

    /// <summary>The end of the pipeline: plan, call, write.</summary>
    public void End(BatchRun run)
    {
        _run = run;
        IReadOnlyList<BatchGroup> groups = run.ParameterSet == NamespaceSet ? PlanWholeNamespace() : PlanAccepted();
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
            _cmdlet.WriteError(ErrorRecordFactory.Invalid(input.ErrorId!, input.Problem!, input.Input));
            return;
        }

        if (_cmdlet.ShouldProcess(input.Description, Action.Verb))
        {
            _accepted.Add(input.Target);
        }
    }

    private void Run(IReadOnlyList<BatchGroup> groups)
    {
        var ledger = new ChangeOrderLedger();
        BatchAction action = Action;
        string? version = _run.Version;
        ChangeOrderFanOut.Run(_cmdlet, groups, _run.ThrottleLimit, Action.PresentParticiple + " SAE applications",
            (context, group, token) => BatchCaller.CallAsync(context.Client, action, group, context.Locator.Locate(group.NamespaceId, group.RegionId), version, ledger, token),
            WriteGroupError,
            _run.Wait);
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
            _cmdlet.WriteError(ErrorRecordFactory.FromException(error, group.NamespaceId, "Could not " + verb + " the applications of namespace " + group.NamespaceId));
            return;
        }

        foreach (AppTarget target in group.Targets)
        {
            _cmdlet.WriteError(ErrorRecordFactory.FromException(error, target.Input, "Could not " + verb + " application " + target));
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
        CommandContext context = _cmdlet.CommandContext;
        IReadOnlyList<AppFinding> findings = _cmdlet.Await(FailedBatchCheck.FindAsync(context.Client, Action, group.NamespaceId, group.AppIds,
            context.Locator.Locate(group.NamespaceId, group.RegionId), _cmdlet.CancellationToken));
        if (findings.Count == 0)
        {
            // A whole namespace whose listing came back empty: nothing to tell apart, and the failure still stands.
            _cmdlet.WriteError(ErrorRecordFactory.FromException(ended, group.NamespaceId, "Could not " + Action.Verb.ToLowerInvariant() + " the applications of namespace " + group.NamespaceId));
            return;
        }

        order.SucceededAppIds = findings.Where(f => f.Reached == true).Select(f => f.AppId).ToList();
        order.FailedAppIds = findings.Where(f => f.Reached != true).Select(f => f.AppId).ToList();
        if (order.SucceededAppIds.Count > 0)
        {
            _cmdlet.WriteVerbose(ChangeOrderOutcomeText(order) + ": " + order.SucceededAppIds.Count + " application(s) reached the wanted state before it ended ("
                + string.Join(", ", order.SucceededAppIds) + "); " + order.FailedAppIds.Count + " did not or could not be told.");
            _cmdlet.WriteObject(order);
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
            _cmdlet.WriteError(ErrorRecordFactory.FromException(ended, target, subject));
        }
    }

    private static string ChangeOrderOutcomeText(SaeChangeOrder order) => Core.Waiting.ChangeOrderOutcome.Describe(order) + " ended " + (order.Status?.ToString() ?? "without success");

    private IReadOnlyList<BatchGroup> PlanAccepted()
    {
        BatchPlan plan = Planner.ByNamespace(_accepted);
        foreach (Rejection rejection in plan.Rejections)
        {
            _cmdlet.WriteError(ErrorRecordFactory.FromRejection(rejection));
        }

        if (plan.Groups.Count > 0)
        {
            _cmdlet.WriteVerbose(Action.Verb + ": " + (_accepted.Count - plan.Rejections.Count - plan.DuplicatesDropped) + " application(s) in " + plan.Groups.Count + " call(s)"
                + (plan.DuplicatesDropped > 0 ? "; " + plan.DuplicatesDropped + " duplicate input(s) share their application's call" : string.Empty) + ".");
        }

        return plan.Groups;
    }

    private IReadOnlyList<BatchGroup> PlanWholeNamespace()
    {
        // An upstream command that produced nothing must never turn into "every application in the namespace".
        if (_cmdlet.MyInvocation.ExpectingInput)
        {
            return Array.Empty<BatchGroup>();
        }

        string? problem = InputRules.NamespaceIdProblem(NamespaceId);
        if (problem != null)
        {
            _cmdlet.WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", problem, NamespaceId));
            return Array.Empty<BatchGroup>();
        }

        string target = "every application in namespace " + NamespaceId;
        if (!_cmdlet.ShouldProcess(target, Action.Verb))
        {
            return Array.Empty<BatchGroup>();
        }

        if (!_run.Force && !_cmdlet.ShouldContinue(Action.Verb + " " + target + "?", Action.Verb + " a whole namespace"))
        {
            return Array.Empty<BatchGroup>();
        }

        return Action.RequiresAppIds ? PlanListedNamespace() : new[] { BatchGroup.WholeNamespace(NamespaceId!, null) };
    }

    /// <summary>
    /// For an API that requires AppIds (BatchRestartApplications): the namespace's applications, listed on the
    /// pipeline thread and planned like any others, so a large namespace is split as usual.
    /// </summary>
    private IReadOnlyList<BatchGroup> PlanListedNamespace()
    {
        if (!_cmdlet.TryLocate(NamespaceId, null, NamespaceId, out ServiceLocation location))
        {
            return Array.Empty<BatchGroup>();
        }

        var targets = new List<AppTarget>();
        bool complete = _cmdlet.ForEachPage(
            page => ListApplicationsCall.Request(location, NamespaceId, null, null, page),
            ListApplicationsCall.Parse,
            app => app.AppId,
            ListApplicationsCall.PageSize,
            app => targets.Add(new AppTarget(app.AppId, NamespaceId!, null, NamespaceId)),
            NamespaceId,
            "Could not list the applications of namespace " + NamespaceId);
        if (!complete)
        {
            return Array.Empty<BatchGroup>();
        }

        _cmdlet.WriteVerbose(Action.Verb + ": namespace " + NamespaceId + " has " + targets.Count + " application(s); " + Action.Api.Action + " requires their ids, so they are named.");
        return targets.Count == 0 ? Array.Empty<BatchGroup>() : Planner.ByNamespace(targets).Groups;
    }
}
