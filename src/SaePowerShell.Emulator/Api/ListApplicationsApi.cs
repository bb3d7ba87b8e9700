using System.Text.Json;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ListApplications (sae-api.md §3.3): filters (name, field, tags), 1-based paging, seed order; each application with
/// every field the surface declares, its image, package and configuration's as DescribeApplicationConfig answers them.
/// </summary>
internal sealed partial class ListApplicationsApi : ISaeApi
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 10000;

    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string? namespaceId = call.Optional("NamespaceId");
        IEnumerable<SaeApplication> apps;
        if (!string.IsNullOrWhiteSpace(namespaceId))
        {
            _ = world.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
            apps = world.ApplicationsIn(namespaceId);
        }
        else if (call.RegionHeader is { } region)
        {
            // The real service only ever sees one region's apps (the endpoint is regional); the header is how the
            // emulator, with one endpoint for every region, knows which region the client meant.
            var regionNamespaces = world.Namespaces.Where(n => n.RegionId == region).Select(n => n.NamespaceId).ToHashSet(StringComparer.Ordinal);
            apps = world.Applications.Where(a => regionNamespaces.Contains(a.NamespaceId));
        }
        else
        {
            apps = world.Applications;
        }

        int currentPage = call.OptionalInt("CurrentPage", 1, 1, int.MaxValue);
        int pageSize = call.OptionalInt("PageSize", DefaultPageSize, 1, MaxPageSize);

        string? appName = call.Optional("AppName");
        if (!string.IsNullOrEmpty(appName))
        {
            apps = apps.Where(a => a.AppName.Contains(appName, StringComparison.OrdinalIgnoreCase));
        }

        apps = FilterByField(apps, call.Optional("FieldType"), call.Optional("FieldValue"));
        apps = FilterByTags(apps, call.Optional("Tags"));

        List<SaeApplication> matching = apps.ToList();
        long skip = (long)(currentPage - 1) * pageSize;
        var page = matching.Skip((int)Math.Min(skip, int.MaxValue)).Take(pageSize).Select(a => Describe(world, a)).ToList();
        var data = new Dictionary<string, object?>
        {
            ["CurrentPage"] = currentPage,
            ["PageSize"] = pageSize,
            ["TotalSize"] = matching.Count,
            ["Applications"] = page,
        };

        // The configuration's fields are answered as kept (JSON), so the page is held to the surface as it is answered.
        return AnswerFields(data, currentPage, pageSize, matching.Count);
    }

    private static IEnumerable<SaeApplication> FilterByField(IEnumerable<SaeApplication> apps, string? fieldType, string? fieldValue)
    {
        if (string.IsNullOrEmpty(fieldType) || string.IsNullOrEmpty(fieldValue))
        {
            return apps;
        }

        switch (fieldType)
        {
            case "appName":
                return apps.Where(a => a.AppName.Contains(fieldValue, StringComparison.OrdinalIgnoreCase));
            case "appIds":
                var ids = fieldValue.Split(',').ToHashSet(StringComparer.Ordinal);
                return apps.Where(a => ids.Contains(a.AppId));
            case "slbIps":
            case "instanceIps":
                // Emulated applications have no network addresses, so no address can match.
                return [];
            default:
                throw new SaeException(SaeErrors.Obviously("FieldType"));
        }
    }

    /// <summary>
    /// The applications that carry every tag of the Tags parameter (one given without a value: any value of its key);
    /// an absent or blank Tags does not filter, as an empty FieldValue does not.
    /// </summary>
    private static IEnumerable<SaeApplication> FilterByTags(IEnumerable<SaeApplication> apps, string? tagsText)
    {
        if (string.IsNullOrWhiteSpace(tagsText))
        {
            return apps;
        }

        IReadOnlyList<TagParameter> wanted = TagParameter.ParseList(tagsText);
        return apps.Where(app => wanted.All(tag => tag.IsCarriedBy(app)));
    }

    private static object Describe(WorldState world, SaeApplication app)
    {
        SaeNamespace ns = world.FindNamespace(app.NamespaceId)!;
        AppVersion version = app.CurrentVersion;
        bool image = version.Type == AppVersion.ImageType;
        JsonElement Config(string field) => ApplicationConfiguration.Answer(app.Settings.Configuration, field);
        return new
        {
            app.AppId,
            app.AppName,
            AppDescription = app.Description,
            app.NamespaceId,
            ns.NamespaceName,
            ns.RegionId,
            app.RunningInstances,
            app.Instances,
            AppDeletingStatus = app.IsDeleting,
            Tags = app.Tags.Select(t => new { t.Key, t.Value }).ToList(),
            // SAE's AppType is Image for an image, else the package's type (FatJar, War, PhpZip, …), as the configuration's PackageType.
            AppType = image ? "Image" : version.PackageType,
            app.Cpu,
            app.Mem,
            ImageUrl = image ? version.ImageUrl : "",
            PackageUrl = version.PackageUrl ?? "",
            VpcId = SaeNamespace.EmulatedVpcId,
            ProgrammingLanguage = Config("ProgrammingLanguage"),
            DiskSize = Config("DiskSize"),
            // A string here, a boolean in DescribeApplicationConfig: as the surface declares each.
            EnableIdle = Config("EnableIdle").ValueKind == JsonValueKind.True ? "true" : "false",
            IsStateful = Config("IsStateful"),
            NewSaeVersion = Config("NewSaeVersion"),
            ResourceType = "application",
            Labels = Config("Labels"),
            // No application is an MSE one, a RASP one, or a child of another (the emulator has no app groups).
            BaseAppId = "",
            MseEnabled = false,
            MseNamespaceId = "",
            RaspEnabled = false,
            Children = Array.Empty<object>(),
        };
    }
}
