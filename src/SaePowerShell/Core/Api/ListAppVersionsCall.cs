using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>ListAppVersions: an application's versions, in one answer (Data is the array; it is not paged).</summary>
internal static class ListAppVersionsCall
{
    public static ApiRequest Request(ServiceLocation location, string appId, string? namespaceId) =>
        new ApiRequest(SaeApi.ListAppVersions, location) { NamespaceId = namespaceId }.With("AppId", appId);

    public static IReadOnlyList<SaeApplicationVersion> Parse(ApiResponse response, string appId, string? appName, string? namespaceId, ServiceLocation location)
    {
        var versions = new List<SaeApplicationVersion>();
        if (response.Data is JArray items)
        {
            foreach (JToken item in items)
            {
                string? id = JsonRead.String(item, "Id");
                if (string.IsNullOrEmpty(id))
                {
                    continue;
                }

                versions.Add(new SaeApplicationVersion
                {
                    VersionId = id!,
                    AppId = appId,
                    AppName = appName,
                    NamespaceId = namespaceId,
                    RegionId = location.RegionId,
                    Type = JsonRead.String(item, "Type"),
                    CreateTime = ServiceTime.FromEpochMilliseconds(JsonRead.String(item, "CreateTime")) ?? ServiceTime.Parse(JsonRead.String(item, "CreateTime")),
                    BuildPackageUrl = JsonRead.NonEmptyString(item, "BuildPackageUrl"),
                    WarUrl = JsonRead.NonEmptyString(item, "WarUrl"),
                });
            }
        }

        return versions;
    }

}
