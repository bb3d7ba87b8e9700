using System;
using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

/// <summary>Turning what was accepted, or a whole namespace, into the fewest batch calls.</summary>
public abstract partial class SaeBatchCommandBase
{
    private IReadOnlyList<BatchGroup> PlanAccepted()
    {
        BatchPlan plan = BatchPlanner.Plan(_accepted);
        foreach (Rejection rejection in plan.Rejections)
        {
            WriteError(ErrorRecordFactory.FromRejection(rejection));
        }

        if (plan.Groups.Count > 0)
        {
            WriteVerbose(Action.Verb + ": " + (_accepted.Count - plan.Rejections.Count - plan.DuplicatesDropped) + " application(s) in " + plan.Groups.Count + " call(s)"
                + (plan.DuplicatesDropped > 0 ? "; " + plan.DuplicatesDropped + " duplicate input(s) share their application's call" : string.Empty) + ".");
        }

        return plan.Groups;
    }

    private IReadOnlyList<BatchGroup> PlanWholeNamespace()
    {
        // An upstream command that produced nothing must never turn into "every application in the namespace".
        if (MyInvocation.ExpectingInput)
        {
            return Array.Empty<BatchGroup>();
        }

        string? problem = InputRules.NamespaceIdProblem(NamespaceId);
        if (problem != null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", problem, NamespaceId));
            return Array.Empty<BatchGroup>();
        }

        string target = "every application in namespace " + NamespaceId;
        if (!ShouldProcess(target, Action.Verb))
        {
            return Array.Empty<BatchGroup>();
        }

        if (!Force && !ShouldContinue(Action.Verb + " " + target + "?", Action.Verb + " a whole namespace"))
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
        if (!TryLocate(NamespaceId, null, NamespaceId, out ServiceLocation location))
        {
            return Array.Empty<BatchGroup>();
        }

        var targets = new List<AppTarget>();
        bool complete = ForEachPage(
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

        WriteVerbose(Action.Verb + ": namespace " + NamespaceId + " has " + targets.Count + " application(s); " + Action.Api.Action + " requires their ids, so they are named.");
        return targets.Count == 0 ? Array.Empty<BatchGroup>() : BatchPlanner.Plan(targets).Groups;
    }
}
