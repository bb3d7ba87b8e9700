using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Completion;

/// <summary>
/// The job templates of a namespace, or of a whole region, for tab completion: one page of ListJobs (SAE's largest,
/// stepping down when refused), through the completion cache, a minute per namespace or region, as applications are.
/// Each item's value is the job's AppId and its tooltip the job's name.
/// </summary>
internal static class JobCache
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

        string key = "jobs|" + location.Endpoint + "|" + location.RegionId + "|" + context.Source.AccountKey + "|" + namespaceId;
        return CompletionCache.Get(key, async token =>
        {
            var pager = new Pager<SaeJob>(context.Client, (page, size) => JobCalls.List(location, namespaceId, null, page, size),
                response => JobCalls.ParsePage(response, namespaceId, location), job => job.AppId, JobCalls.PageSizes, 1);
            IReadOnlyList<SaeJob> jobs = await pager.ReadAllAsync(token).ConfigureAwait(false);
            return jobs.Select(j => new CompletionItem(j.AppId, j.AppName)).ToList();
        });
    }
}
