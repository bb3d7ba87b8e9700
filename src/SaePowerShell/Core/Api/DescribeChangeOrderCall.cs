using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>DescribeChangeOrder: one change order, with its batches.</summary>
internal static class DescribeChangeOrderCall
{
    public static ApiRequest Request(ServiceLocation location, string changeOrderId, string? namespaceId) =>
        SaeRequests.DescribeChangeOrder(location, namespaceId, changeOrderId: changeOrderId);

    /// <summary>Refreshes what is known of a change order from a DescribeChangeOrder answer, keeping what the answer lacks.</summary>
    public static SaeChangeOrder Parse(ApiResponse response, SaeChangeOrder? known, ServiceLocation location)
    {
        JToken? data = response.Data;
        var order = ChangeOrderReader.Read(data, known, location);
        order.RequestId = response.RequestId ?? order.RequestId;
        order.TraceId = response.TraceId ?? order.TraceId;
        order.Batches = ChangeOrderReader.ReadBatches(JsonRead.Child(data, "Pipelines"));
        return order;
    }
}
