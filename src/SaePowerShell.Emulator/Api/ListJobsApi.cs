using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ListJobs: the job templates of a namespace (or, without one, of the x-acs-region-id header's region, else all),
/// oldest first; AppName (or FieldType appName) keeps names that contain it, FieldType appIds a comma-separated list;
/// OrderBy running or instances with Reverse; paged, 10 by default. The paging is answered in Data and at the top level.
/// </summary>
internal sealed partial class ListJobsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        IEnumerable<SaeJob> jobs = world.Jobs;
        if (call.Optional("NamespaceId") is { Length: > 0 } namespaceId)
        {
            _ = world.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
            jobs = jobs.Where(j => j.NamespaceId == namespaceId);
        }
        else if (call.RegionHeader is { } region)
        {
            jobs = jobs.Where(j => (world.FindNamespace(j.NamespaceId)?.RegionId ?? "") == region);
        }

        if (call.Optional("AppName") is { Length: > 0 } appName)
        {
            jobs = jobs.Where(j => j.AppName.Contains(appName, StringComparison.OrdinalIgnoreCase));
        }

        string? fieldType = call.OptionalChoice("FieldType", null, "appName", "appIds");
        if (fieldType is not null && call.Optional("FieldValue") is { Length: > 0 } value)
        {
            HashSet<string> ids = value.Split(',', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            jobs = fieldType == "appName" ? jobs.Where(j => j.AppName.Contains(value, StringComparison.OrdinalIgnoreCase)) : jobs.Where(j => ids.Contains(j.AppId));
        }

        if (call.Optional("Tags") is { Length: > 0 } tags && TagParameter.ParseList(tags).Count > 0)
        {
            // No job carries tags in the emulator (TagResources tags applications), so a tag filter keeps none.
            jobs = [];
        }

        string? orderBy = call.OptionalChoice("OrderBy", null, "running", "instances");
        bool reverse = call.OptionalBool("Reverse", false);
        if (orderBy is not null)
        {
            Func<SaeJob, long> key = orderBy == "instances" ? j => j.Replicas : j => j.Runs.Count(r => r.IsRunningAt(world.Now));
            jobs = reverse ? jobs.OrderByDescending(key) : jobs.OrderBy(key);
        }

        Paging paging = Paging.Read(call, 10, 1, 10000);
        List<SaeJob> matching = jobs.ToList();
        return Answer(
            new()
            {
                Applications = paging.Slice(matching).Select(j => JobDescription.Listed(world, j)).ToList(),
                CurrentPage = paging.CurrentPage,
                PageSize = paging.PageSize,
                TotalSize = matching.Count,
            },
            paging.CurrentPage, paging.PageSize, matching.Count);
    }
}
