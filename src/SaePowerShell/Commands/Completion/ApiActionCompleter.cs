using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Core.Catalog;

namespace SaePowerShell.Commands.Completion;

/// <summary>Completes Invoke-SaeApi -Action from every official SAE API; no network.</summary>
public sealed class ApiActionCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        foreach (ApiDefinition api in ApiCatalog.Apis.Values.Where(a => a.Action.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).OrderBy(a => a.Action, StringComparer.Ordinal))
        {
            yield return new CompletionResult(api.Action, api.Action, CompletionResultType.ParameterValue, api.Method + " " + api.Path);
        }
    }
}
