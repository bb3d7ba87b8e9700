using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Completes a parameter with something of the application already given by -AppId (its versions, its instances),
/// fetched through the completion cache, a minute per application. Silent when no application is given, or offline.
/// </summary>
public abstract class AppItemCompleter : IArgumentCompleter
{
    /// <summary>What is fetched, for the cache's key: "versions", "instances".</summary>
    internal abstract string What { get; }

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        IReadOnlyList<CompletionItem> items;
        try
        {
            items = Items(fakeBoundParameters);
        }
        catch (Exception)
        {
            yield break;
        }

        foreach (CompletionItem item in items.Where(i => i.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new CompletionResult(item.Value, item.Value, CompletionResultType.ParameterValue, item.Tooltip);
        }
    }

    /// <summary>Fetches the items of one application, on the completion cache's deadline.</summary>
    internal abstract Task<IReadOnlyList<CompletionItem>> FetchAsync(CommandContext context, ServiceLocation location, string appId, string? namespaceId, CancellationToken cancellationToken);

    private IReadOnlyList<CompletionItem> Items(IDictionary bound)
    {
        string? appId = CompletionContext.First(bound, "AppId");
        if (string.IsNullOrEmpty(appId))
        {
            return Array.Empty<CompletionItem>();
        }

        string? namespaceId = CompletionContext.Bound(bound, "NamespaceId") as string;
        (CommandContext context, ServiceLocation location) = CompletionContext.Resolve(bound, namespaceId);
        string key = What + "|" + location.Endpoint + "|" + location.RegionId + "|" + context.Source.AccountKey + "|" + appId;
        return CompletionCache.Get(key, token => FetchAsync(context, location, appId!, namespaceId, token));
    }
}
