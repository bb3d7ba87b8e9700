using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// What the id completers (applications, jobs) share: the things of the -NamespaceId typed, else of the region's, and
/// what is typed matched against an id or a name, each offered as "name (id)". Silent when offline.
/// </summary>
internal static class IdCompletion
{
    /// <summary>The things the command line points at, from <paramref name="fetch"/>; none for a malformed -NamespaceId.</summary>
    public static IReadOnlyList<CompletionItem> Fetch(IDictionary bound, Func<ServiceLocation, string?, Func<CommandContext>, IReadOnlyList<CompletionItem>> fetch)
    {
        string? namespaceId = CompletionContext.Bound(bound, "NamespaceId") as string;
        if (namespaceId != null && Core.Input.InputRules.NamespaceIdProblem(namespaceId) != null)
        {
            return Array.Empty<CompletionItem>();
        }

        (CommandContext context, ServiceLocation location) = CompletionContext.Resolve(bound, namespaceId);
        return fetch(location, namespaceId, () => context);
    }

    /// <summary>The completions of <paramref name="wordToComplete"/> among <paramref name="items"/>, or none when fetching them fails.</summary>
    public static IEnumerable<CompletionResult> Complete(string? wordToComplete, Func<IReadOnlyList<CompletionItem>> items)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        IReadOnlyList<CompletionItem> found;
        try
        {
            found = items();
        }
        catch (Exception)
        {
            return Array.Empty<CompletionResult>();
        }

        return found.Where(i => i.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || i.Tooltip.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(i =>
            {
                string name = i.Tooltip.Length == 0 ? i.Value : i.Tooltip;
                return new CompletionResult(i.Value, name + " (" + i.Value + ")", CompletionResultType.ParameterValue, name);
            })
            .ToList();
    }
}
