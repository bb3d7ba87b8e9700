using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>ListAppEvents: the events of a namespace (its required Namespace parameter takes the namespace id), or of one application in it.</summary>
internal static class ListAppEventsCall
{
    /// <summary>Largest first, stepping down when refused; SAE documents no limit (its default is 10).</summary>
    public static readonly IReadOnlyList<int> PageSizes = new[] { 1000, 100 };

    public static ApiRequest Request(ServiceLocation location, string namespaceId, AppEventFilter filter, int page, int pageSize) =>
        SaeRequests.ListAppEvents(location, namespaceId, @namespace: namespaceId, appId: filter.AppId, eventType: filter.EventType, objectKind: filter.ObjectKind,
            objectName: filter.ObjectName, reason: filter.Reason, currentPage: page, pageSize: pageSize);

    public static Page<SaeApplicationEvent> Parse(ApiResponse response, string namespaceId, string? appId, ServiceLocation location)
    {
        JToken? data = response.Data;
        var events = new List<SaeApplicationEvent>();
        if (JsonRead.Child(data, "AppEventEntity") is JArray items)
        {
            foreach (JToken item in items)
            {
                events.Add(SaeApplicationEvent.Read(item) with { AppId = appId, NamespaceId = namespaceId, RegionId = location.RegionId });
            }
        }

        return new Page<SaeApplicationEvent>(events, JsonRead.Int(data, "TotalSize") ?? events.Count);
    }

    /// <summary>Events have no id; their whole content is their identity when pages are read.</summary>
    public static string KeyOf(SaeApplicationEvent e) =>
        e.ObjectKind + "\n" + e.ObjectName + "\n" + e.Reason + "\n" + e.Message + "\n" + e.FirstTimestamp?.ToUnixTimeMilliseconds() + "\n" + e.LastTimestamp?.ToUnixTimeMilliseconds();
}
