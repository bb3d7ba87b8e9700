using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Completion;

/// <summary>Namespace ids for tab completion, fetched with DescribeNamespaceList, through the completion cache.</summary>
internal static class NamespaceCache
{
    public static IReadOnlyList<string> Get(ServiceLocation location, Func<Context.CommandContext> makeContext)
    {
        Context.CommandContext context;
        try
        {
            context = makeContext();
        }
        catch (Exception)
        {
            return Array.Empty<string>();
        }

        string key = "namespaces|" + location.Endpoint + "|" + location.RegionId + "|" + context.Source.AccountKey;
        return CompletionCache.Get(key, async token =>
        {
            var response = await context.Client.SendAsync(DescribeNamespaceListCall.Request(location), token).ConfigureAwait(false);
            return DescribeNamespaceListCall.Parse(response, location).Select(n => new CompletionItem(n.NamespaceId, n.NamespaceId)).ToList();
        }).Select(i => i.Value).ToList();
    }
}
