using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace SaePowerShell.Commands.Completion;

/// <summary>Completes Deploy-SaeApplication -PackageType from the package types DeployApplication documents; no network.</summary>
public sealed class PackageTypeCompleter : IArgumentCompleter
{
    private static readonly string[] Known =
    {
        "FatJar", "War", "PythonZip", "PhpZip",
        "IMAGE_PHP_5_4", "IMAGE_PHP_5_4_ALPINE", "IMAGE_PHP_5_5", "IMAGE_PHP_5_5_ALPINE", "IMAGE_PHP_5_6", "IMAGE_PHP_5_6_ALPINE",
        "IMAGE_PHP_7_0", "IMAGE_PHP_7_0_ALPINE", "IMAGE_PHP_7_1", "IMAGE_PHP_7_1_ALPINE", "IMAGE_PHP_7_2", "IMAGE_PHP_7_2_ALPINE",
        "IMAGE_PHP_7_3", "IMAGE_PHP_7_3_ALPINE",
    };

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        foreach (string type in Known)
        {
            if (type.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return new CompletionResult(type, type, CompletionResultType.ParameterValue, type);
            }
        }
    }
}
