using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Completion;

/// <summary>
/// The applications of a namespace, or of a whole region, for tab completion: one page of ListApplications (SAE's
/// largest, stepping down when refused), through the completion cache, a minute per namespace or region. Each item's
/// value is the AppId and its tooltip the application's name.
/// </summary>
internal static class ApplicationCache
{
    public static IReadOnlyList<CompletionItem> Get(ServiceLocation location, string? namespaceId, Func<Context.CommandContext> makeContext)
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

        string key = "applications|" + location.Endpoint + "|" + location.RegionId + "|" + context.Source.AccountKey + "|" + namespaceId;
        return CompletionCache.Get(key, async token =>
        {
            var pager = new Pager<SaeApplication>(
                context.Client,
                (page, size) => ListApplicationsCall.Request(location, namespaceId, null, null, page, size),
                ListApplicationsCall.Parse,
                app => app.AppId,
                ListApplicationsCall.PageSizes,
                1);
            IReadOnlyList<SaeApplication> apps = await pager.ReadAllAsync(token).ConfigureAwait(false);
            return apps.Select(a => new CompletionItem(a.AppId, a.AppName ?? string.Empty)).ToList();
        });
    }
}
