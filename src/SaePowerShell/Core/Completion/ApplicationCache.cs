using System;
using System.Collections.Generic;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Completion;

/// <summary>The applications of a namespace, or of a whole region, for tab completion (<see cref="ListingCache"/>): AppId and name.</summary>
internal static class ApplicationCache
{
    public static IReadOnlyList<CompletionItem> Get(ServiceLocation location, string? namespaceId, Func<Context.CommandContext> makeContext) =>
        ListingCache.Fetch("applications", location, namespaceId, makeContext,
            client => new Pager<SaeApplication>(client, (page, size) => ListApplicationsCall.Request(location, namespaceId, null, null, page, size),
                ListApplicationsCall.Parse, app => app.AppId, ListApplicationsCall.PageSizes, 1),
            app => new CompletionItem(app.AppId, app.AppName ?? string.Empty));
}
