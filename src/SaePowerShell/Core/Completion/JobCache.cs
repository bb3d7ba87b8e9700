using System;
using System.Collections.Generic;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Completion;

/// <summary>The job templates of a namespace, or of a whole region, for tab completion (<see cref="ListingCache"/>): the job's AppId and name.</summary>
internal static class JobCache
{
    public static IReadOnlyList<CompletionItem> Get(ServiceLocation location, string? namespaceId, Func<Context.CommandContext> makeContext) =>
        ListingCache.Fetch("jobs", location, namespaceId, makeContext,
            client => new Pager<SaeJob>(client, (page, size) => JobCalls.List(location, namespaceId, null, page, size),
                response => JobCalls.ParsePage(response, namespaceId, location), job => job.AppId, JobCalls.PageSizes, 1),
            job => new CompletionItem(job.AppId, job.AppName));
}
