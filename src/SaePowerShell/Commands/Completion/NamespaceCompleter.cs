using System.Collections.Generic;
using System.Collections;
using System.Management.Automation.Language;
using System.Management.Automation;
using System;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Completes -NamespaceId from the account's namespaces (Get-SaeNamespace, cached for a minute), using the -RegionId,
/// -Endpoint and -Credential already typed on the command line, else the environment. Silent when offline.
/// </summary>
public sealed class NamespaceCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        IReadOnlyList<string> ids;
        try
        {
            ids = Fetch(prefix, fakeBoundParameters);
        }
        catch (Exception)
        {
            yield break;
        }

        foreach (string id in ids)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return new CompletionResult(id, id, CompletionResultType.ParameterValue, id);
            }
        }
    }

    private static IReadOnlyList<string> Fetch(string prefix, IDictionary bound)
    {
        // The namespace being typed tells the region once it has its colon.
        string? region = CompletionContext.Bound(bound, "RegionId") as string ?? RegionIds.FromNamespaceId(prefix.IndexOf(':') > 0 ? prefix : null);
        (CommandContext context, ServiceLocation location) = CompletionContext.Resolve(bound, region);
        return NamespaceCache.Get(location, () => context);
    }
}
