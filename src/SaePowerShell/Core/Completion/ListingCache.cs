using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Completion;

/// <summary>
/// The things of a namespace, or of a whole region, that a completer offers (applications, job templates): one page of
/// their listing (SAE's largest, stepping down when refused), through the completion cache, a minute per kind,
/// namespace or region, and AccessKey. Each item's value is an id and its tooltip a name.
/// </summary>
internal static class ListingCache
{
    public static IReadOnlyList<CompletionItem> Fetch<T>(string kind, ServiceLocation location, string? namespaceId, Func<Context.CommandContext> makeContext,
        Func<SaeClient, Pager<T>> firstPage, Func<T, CompletionItem> item)
    {
        Context.CommandContext context;
        try
        {
            context = makeContext();
        }
        catch (Exception)
        {
            return Array.Empty<CompletionItem>();
        }

        string key = kind + "|" + location.Endpoint + "|" + location.RegionId + "|" + context.Source.AccountKey + "|" + namespaceId;
        return CompletionCache.Get(key, async token =>
        {
            IReadOnlyList<T> all = await firstPage(context.Client).ReadAllAsync(token).ConfigureAwait(false);
            return all.Select(item).ToList();
        });
    }
}
