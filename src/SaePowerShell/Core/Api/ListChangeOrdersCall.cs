using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>ListChangeOrders: an application's change orders, one page at a time.</summary>
internal static class ListChangeOrdersCall
{
    public const int PageSize = 50;

    /// <summary>One page of an application's change orders; with a CoType, only change orders of that CoTypeCode.</summary>
    public static ApiRequest Request(ServiceLocation location, string appId, string? namespaceId, int page, string? coType = null) =>
        SaeRequests.ListChangeOrders(location, namespaceId, appId: appId, coType: coType, currentPage: page, pageSize: PageSize);

    public static Page<SaeChangeOrder> Parse(ApiResponse response, string appId, string? namespaceId, ServiceLocation location)
    {
        JToken? data = response.Data;
        var orders = new List<SaeChangeOrder>();
        if (JsonRead.Child(data, "ChangeOrderList") is JArray list)
        {
            foreach (JToken item in list)
            {
                SaeChangeOrder order = ChangeOrderReader.Read(item, null, location);
                order.AppId ??= appId;
                order.NamespaceId ??= namespaceId;
                if (order.ChangeOrderId.Length > 0)
                {
                    orders.Add(order);
                }
            }
        }

        return new Page<SaeChangeOrder>(orders, JsonRead.Int(data, "TotalSize") ?? orders.Count);
    }
}
