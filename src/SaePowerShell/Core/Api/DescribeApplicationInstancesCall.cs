using System.Collections.Generic;
using System.Linq;
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
            foreach (SaeApplicationInstance instance in items.Select(SaeApplicationInstance.Read).Where(i => i.InstanceId.Length > 0))
            {
                instances.Add(instance with { AppId = appId, AppName = appName, NamespaceId = namespaceId, RegionId = location.RegionId, GroupId = instance.GroupId ?? groupId });
            }
        }

        return new Page<SaeApplicationInstance>(instances, JsonRead.Int(data, "TotalSize") ?? instances.Count);
    }
}
