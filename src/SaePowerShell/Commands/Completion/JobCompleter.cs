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
/// Completes a job cmdlet's -AppId with the job templates of the -NamespaceId typed, else of the region's, as
/// <see cref="ApplicationCompleter"/> completes applications: what is typed matches an id or a name. Silent when offline.
/// </summary>
public sealed class JobCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        IReadOnlyList<CompletionItem> jobs;
        try
        {
            string? namespaceId = CompletionContext.Bound(fakeBoundParameters, "NamespaceId") as string;
            if (namespaceId != null && Core.Input.InputRules.NamespaceIdProblem(namespaceId) != null)
            {
                yield break;
            }

            (CommandContext context, ServiceLocation location) = CompletionContext.Resolve(fakeBoundParameters, namespaceId);
            jobs = JobCache.Get(location, namespaceId, () => context);
        }
        catch (Exception)
        {
            yield break;
        }

        foreach (CompletionItem job in jobs.Where(j => j.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || j.Tooltip.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            string name = job.Tooltip.Length == 0 ? job.Value : job.Tooltip;
            yield return new CompletionResult(job.Value, name + " (" + job.Value + ")", CompletionResultType.ParameterValue, name);
        }
    }
}
