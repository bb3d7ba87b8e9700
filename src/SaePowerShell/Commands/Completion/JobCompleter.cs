using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Core.Completion;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Completes a job cmdlet's -AppId with the job templates of the -NamespaceId typed, else of the region's, as
/// <see cref="ApplicationCompleter"/> completes applications: what is typed matches an id or a name. Silent when offline.
/// </summary>
public sealed class JobCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        IdCompletion.Complete(wordToComplete, () => IdCompletion.Fetch(fakeBoundParameters, JobCache.Get));
}
