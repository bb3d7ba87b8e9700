using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>ListNamespaceChangeOrders: a namespace's batch start and stop change orders, one page at a time.</summary>
internal static class ListNamespaceChangeOrdersCall
{
    public const int PageSize = 50;

    public static ApiRequest Request(ServiceLocation location, string namespaceId, string? coType, int page) =>
        SaeRequests.ListNamespaceChangeOrders(location, namespaceId, namespaceId: namespaceId, coType: coType, currentPage: page, pageSize: PageSize);

    public static Page<SaeChangeOrder> Parse(ApiResponse response, string namespaceId, ServiceLocation location)
    {
        JToken? data = response.Data;
        var orders = new List<SaeChangeOrder>();
        if (JsonRead.Child(data, "ChangeOrderList") is JArray list)
        {
            foreach (JToken item in list)
            {
                SaeChangeOrder order = ChangeOrderReader.Read(item, null, location);
                order.NamespaceId ??= JsonRead.String(item, "NamespaceId") ?? namespaceId;
                if (order.ChangeOrderId.Length > 0)
                {
                    orders.Add(order);
                }
            }
        }

        return new Page<SaeChangeOrder>(orders, JsonRead.Int(data, "TotalSize") ?? orders.Count);
    }
}
