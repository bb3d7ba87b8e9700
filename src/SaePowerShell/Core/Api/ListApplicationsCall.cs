using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>Builds ListApplications requests and reads their pages.</summary>
internal static class ListApplicationsCall
{
    /// <summary>
    /// The page sizes to ask for, largest first: the SDK documents PageSize up to 10,000, and a call saved is a second
    /// saved under SAE's quota. A service that refuses one is asked for the next (the 2021 documentation said 200).
    /// </summary>
    public static readonly IReadOnlyList<int> PageSizes = new[] { 10000, 1000, 100 };

    public static int PageSize => PageSizes[0];

    public static ApiRequest Request(ServiceLocation location, string? namespaceId, string? appName, IReadOnlyList<string>? appIds, int page) =>
        Request(location, namespaceId, appName, appIds, page, PageSize);

    /// <summary>One page of applications; <c>tags</c> is SAE's Tags filter (only applications carrying every one; a null value: any value of its key).</summary>
    public static ApiRequest Request(ServiceLocation location, string? namespaceId, string? appName, IReadOnlyList<string>? appIds, int page, int pageSize,
        IReadOnlyDictionary<string, string?>? tags = null)
    {
        bool byIds = appIds != null && appIds.Count > 0;
        return SaeRequests.ListApplications(location, namespaceId, namespaceId: namespaceId, appName: appName, currentPage: page, pageSize: pageSize,
            fieldType: byIds ? "appIds" : null, fieldValue: byIds ? string.Join(",", appIds!) : null,
            tags: tags != null && tags.Count > 0 ? TagsFilter(tags) : null);
    }

    /// <summary>The Tags filter in SAE's documented shape, keys in order; a key of any value is written without one.</summary>
    internal static string TagsFilter(IReadOnlyDictionary<string, string?> tags) =>
        new JArray(tags.OrderBy(t => t.Key, System.StringComparer.Ordinal)
            .Select(t => t.Value is null ? new JObject { ["key"] = t.Key } : new JObject { ["key"] = t.Key, ["value"] = t.Value })).ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>Whether an application carries every tag of a filter (a null value: any value of its key).</summary>
    public static bool Carries(SaeApplication app, IReadOnlyDictionary<string, string?>? tags) =>
        tags is null || tags.All(t => app.Tags.TryGetValue(t.Key, out string? value) && (t.Value is null || value == t.Value));

    public static Page<SaeApplication> Parse(ApiResponse response)
    {
        JToken? data = response.Data;
        var applications = new List<SaeApplication>();
        if (JsonRead.Child(data, "Applications") is JArray array)
        {
            foreach (JToken item in array)
            {
                if (item is JObject app && JsonRead.String(app, "AppId") is string)
                {
                    applications.Add(ToApplication(app));
                }
            }
        }

        int total = JsonRead.Int(data, "TotalSize") ?? JsonRead.Int(response.Body, "TotalSize") ?? applications.Count;
        return new Page<SaeApplication>(applications, total);
    }

    /// <summary>One application of the page; SAE may leave out its region, which its namespace id then names.</summary>
    private static SaeApplication ToApplication(JObject app)
    {
        SaeApplication application = SaeApplication.Read(app);
        return application.RegionId.Length > 0 ? application : application with { RegionId = RegionIds.FromNamespaceId(application.NamespaceId) ?? string.Empty };
    }
}
