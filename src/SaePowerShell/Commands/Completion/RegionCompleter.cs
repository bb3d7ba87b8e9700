using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>Completes -RegionId from the regions that have an SAE endpoint; no network.</summary>
public sealed class RegionCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        foreach (string region in RegionIds.Known)
        {
            if (region.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
            {
                yield return new CompletionResult(region, region, CompletionResultType.ParameterValue, region);
            }
        }
    }
}
