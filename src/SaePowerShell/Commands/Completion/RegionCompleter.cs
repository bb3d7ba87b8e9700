using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Linq;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>Completes -RegionId from the regions that have an SAE endpoint and any SAE named since (Get-SaeRegion); no network.</summary>
public sealed class RegionCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        foreach (string region in RegionIds.Known.Concat(RegionCache.AnyKnown()).Distinct(System.StringComparer.Ordinal))
        {
            if (region.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
            {
                yield return new CompletionResult(region, region, CompletionResultType.ParameterValue, region);
            }
        }
    }
}
