using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Completes -AppId with the applications of the -NamespaceId typed, else of the -RegionId's (or the default) region,
/// through the completion cache and the account's quota, as the other completers do. What is typed matches an id or a
/// name, so "web" offers web-frontend's id; the list shows each name beside its id. Silent when offline.
/// </summary>
public sealed class ApplicationCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        IReadOnlyList<CompletionItem> apps;
        try
        {
            apps = Fetch(fakeBoundParameters);
        }
        catch (Exception)
        {
            yield break;
        }

        foreach (CompletionItem app in apps.Where(a => a.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || a.Tooltip.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            string name = app.Tooltip.Length == 0 ? app.Value : app.Tooltip;
            yield return new CompletionResult(app.Value, name + " (" + app.Value + ")", CompletionResultType.ParameterValue, name);
        }
    }

    /// <summary>The applications the command line points at: its -NamespaceId's, else its region's.</summary>
    internal static IReadOnlyList<CompletionItem> Fetch(IDictionary bound)
    {
        string? namespaceId = CompletionContext.Bound(bound, "NamespaceId") as string;
        if (namespaceId != null && Core.Input.InputRules.NamespaceIdProblem(namespaceId) != null)
        {
            return Array.Empty<CompletionItem>();
        }

        (CommandContext context, ServiceLocation location) = CompletionContext.Resolve(bound, namespaceId);
        return ApplicationCache.Get(location, namespaceId, () => context);
    }
}
