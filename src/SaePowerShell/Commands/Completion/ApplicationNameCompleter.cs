using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Core.Completion;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Completes an application's name (Get-SaeApplication -Name, -AppName) from the same listing as
/// <see cref="ApplicationCompleter"/>: the -NamespaceId typed, else the region's, cached and under the quota. Silent when offline.
/// </summary>
public sealed class ApplicationNameCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        IReadOnlyList<CompletionItem> apps;
        try
        {
            apps = ApplicationCompleter.Fetch(fakeBoundParameters);
        }
        catch (Exception)
        {
            yield break;
        }

        foreach (string name in apps.Select(a => a.Tooltip).Where(n => n.Length > 0 && n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.Ordinal))
        {
            yield return new CompletionResult(name, name, CompletionResultType.ParameterValue, name);
        }
    }
}
