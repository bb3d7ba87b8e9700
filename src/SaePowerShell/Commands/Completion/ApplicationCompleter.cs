using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Core.Completion;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Completes -AppId with the applications of the -NamespaceId typed, else of the -RegionId's (or the default) region,
/// through the completion cache and the account's quota, as the other completers do. What is typed matches an id or a
/// name, so "web" offers web-frontend's id; the list shows each name beside its id. Silent when offline.
/// </summary>
public sealed class ApplicationCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        IdCompletion.Complete(wordToComplete, () => Fetch(fakeBoundParameters));

    /// <summary>The applications the command line points at: its -NamespaceId's, else its region's.</summary>
    internal static IReadOnlyList<CompletionItem> Fetch(IDictionary bound) => IdCompletion.Fetch(bound, ApplicationCache.Get);
}
