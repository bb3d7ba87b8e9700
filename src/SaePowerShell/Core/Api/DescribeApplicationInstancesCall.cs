using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>DescribeApplicationInstances: the instances of one group of an application, a page at a time.</summary>
internal static class DescribeApplicationInstancesCall
{
    /// <summary>The SDK allows any page size below 10^9 (default 10); a refusal steps down, as for ListApplications.</summary>
    public static readonly IReadOnlyList<int> PageSizes = new[] { 10000, 1000, 100 };

    public static ApiRequest Request(ServiceLocation location, string appId, string? namespaceId, string groupId, int page, int pageSize) =>
        SaeRequests.DescribeApplicationInstances(location, namespaceId, appId: appId, groupId: groupId, currentPage: page, pageSize: pageSize);

    public static Page<SaeApplicationInstance> Parse(ApiResponse response, string appId, string? appName, string? namespaceId, string groupId, ServiceLocation location)
    {
        JToken? data = response.Data;
        var instances = new List<SaeApplicationInstance>();
        if (JsonRead.Child(data, "Instances") is JArray items)
        {
            foreach (JToken item in items)
            {
                string? id = JsonRead.String(item, "InstanceId");
                if (string.IsNullOrEmpty(id))
                {
                    continue;
                }

                instances.Add(new SaeApplicationInstance
                {
                    InstanceId = id!,
                    AppId = appId,
                    AppName = appName,
                    NamespaceId = namespaceId,
                    RegionId = location.RegionId,
                    GroupId = JsonRead.String(item, "GroupId") ?? groupId,
                    Status = JsonRead.String(item, "InstanceContainerStatus"),
                    MainContainerStatus = JsonRead.String(item, "MainContainerStatus"),
                    HealthStatus = JsonRead.String(item, "InstanceHealthStatus"),
                    UnhealthyMessage = JsonRead.NonEmptyString(item, "UnhealthyMessage"),
                    ContainerIp = JsonRead.NonEmptyString(item, "InstanceContainerIp"),
                    Eip = JsonRead.NonEmptyString(item, "Eip"),
                    Restarts = long.TryParse(JsonRead.String(item, "InstanceContainerRestarts"), NumberStyles.Integer, CultureInfo.InvariantCulture, out long restarts) ? restarts : (long?)null,
                    ImageUrl = JsonRead.NonEmptyString(item, "ImageUrl"),
                    PackageVersion = JsonRead.NonEmptyString(item, "PackageVersion"),
                    VSwitchId = JsonRead.NonEmptyString(item, "VSwitchId"),
                    CreateTime = ServiceTime.FromEpochMilliseconds(JsonRead.String(item, "CreateTimeStamp")),
                });
            }
        }

        return new Page<SaeApplicationInstance>(instances, JsonRead.Int(data, "TotalSize") ?? instances.Count);
    }

}
