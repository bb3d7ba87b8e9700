using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeApplicationEventCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (InputRules.NamespaceIdProblem(NamespaceId) is string namespaceProblem)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", namespaceProblem, NamespaceId));
            return;
        }

        if (AppId.Length == 0)
        {
            List(null);
            return;
        }

        foreach (string id in AppId)
        {
            if (InputRules.AppIdProblem(id) is string problem)
            {
                WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, id));
                continue;
            }

            List(id);
        }
    }

    private void List(string? appId)
    {
        object target = (object?)appId ?? NamespaceId;
        if (!TryLocate(NamespaceId, null, target, out ServiceLocation location))
        {
            return;
        }

        var filter = new AppEventFilter(appId, EventType, ObjectKind, ObjectName, Reason);
        ForEachPage(
            (page, size) => ListAppEventsCall.Request(location, NamespaceId, filter, page, size),
            response => ListAppEventsCall.Parse(response, NamespaceId, appId, location),
            ListAppEventsCall.KeyOf,
            ListAppEventsCall.PageSizes,
            e => WriteListed(e),
            target,
            "Could not list the events of " + (appId is null ? "namespace " + NamespaceId : "application " + appId));
    }
}
