using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>ListAppVersions: an application's versions, in one answer (Data is the array; it is not paged).</summary>
internal static class ListAppVersionsCall
{
    public static ApiRequest Request(ServiceLocation location, string appId, string? namespaceId) =>
        SaeRequests.ListAppVersions(location, namespaceId, appId: appId);

    public static IReadOnlyList<SaeApplicationVersion> Parse(ApiResponse response, string appId, string? appName, string? namespaceId, ServiceLocation location)
    {
        var versions = new List<SaeApplicationVersion>();
        if (response.Data is JArray items)
        {
            foreach (JToken item in items)
            {
                SaeApplicationVersion version = SaeApplicationVersion.Read(item);
                if (version.VersionId.Length == 0)
                {
                    continue;
                }

                bool warUrlIsDownload = version.WarUrl is string warUrl && IsDownloadLink(warUrl);
                versions.Add(version with
                {
                    AppId = appId,
                    AppName = appName,
                    NamespaceId = namespaceId,
                    RegionId = location.RegionId,

                    // Epoch milliseconds, as SAE documents it; a date written as text is read too.
                    CreateTime = version.CreateTime ?? ServiceTime.Parse(JsonRead.String(item, "CreateTime")),
                    ImageUrl = warUrlIsDownload ? null : version.WarUrl,
                    PackageUrl = version.BuildPackageUrl ?? (warUrlIsDownload ? version.WarUrl : null),
                });
            }
        }

        return versions;
    }

    /// <summary>
    /// SAE documents WarUrl as the image's address for an image version (registry.…/repo:tag, no scheme) and as the
    /// package's download link for an uploaded one: a scheme tells the two apart.
    /// </summary>
    private static bool IsDownloadLink(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("oss://", StringComparison.OrdinalIgnoreCase);
}
