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
        string? region = Unwrap(bound["RegionId"]) as string ?? RegionIds.FromNamespaceId(prefix.IndexOf(':') > 0 ? prefix : null);
        Uri? endpoint = Unwrap(bound["Endpoint"]) switch
        {
            Uri uri => uri,
            string text when Uri.TryCreate(text, UriKind.Absolute, out Uri? parsed) => parsed,
            _ => null,
        };
        var given = ExplicitCredentialParameters.Build(Unwrap(bound["Credential"]) as PSCredential, null, null, null, Unwrap(bound["ProfileName"]) as string);
        SessionContext? session = (Unwrap(bound["Context"]) as SaeContext)?.Session ?? SessionContexts.Current;
        ChosenCredential found = CommandContextFactory.ResolveCredential(given, session, ProcessEnvironment.Instance);
        Locator locator = CommandContextFactory.Locator(endpoint, region, session, () => found.RegionId, ProcessEnvironment.Instance);
        ServiceLocation location = locator.Locate(null);
        return NamespaceCache.Get(location, () => CommandContextFactory.Create(found.Source, locator, CallSettings.Completion, NullLog.Instance, ProcessEnvironment.Instance));
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
