using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Operations
{
    /// <summary>DescribeChangeOrder and ListChangeOrders: requests, and change orders read from their answers.</summary>
    internal static class ChangeOrderOperations
    {
        public const int PageSize = 50;

        public static ApiRequest Describe(ServiceLocation location, string changeOrderId, string? namespaceId) =>
            new ApiRequest(SaeApi.DescribeChangeOrder, location) { NamespaceId = namespaceId }.With("ChangeOrderId", changeOrderId);

        public static ApiRequest List(ServiceLocation location, string appId, string? namespaceId, int page) =>
            new ApiRequest(SaeApi.ListChangeOrders, location) { NamespaceId = namespaceId }
                .With("AppId", appId)
                .With("CurrentPage", page.ToString(CultureInfo.InvariantCulture))
                .With("PageSize", PageSize.ToString(CultureInfo.InvariantCulture));

        /// <summary>Refreshes what is known of a change order from a DescribeChangeOrder answer, keeping what the answer lacks.</summary>
        public static SaeChangeOrder ParseDescribe(ApiResponse response, SaeChangeOrder? known, ServiceLocation location)
        {
            JToken? data = response.Data;
            var order = Read(data, known, location);
            order.RequestId = response.RequestId ?? order.RequestId;
            order.TraceId = response.TraceId ?? order.TraceId;
            order.Batches = ReadBatches(JsonRead.Child(data, "Pipelines"));
            return order;
        }

        public static Page<SaeChangeOrder> ParseList(ApiResponse response, string appId, string? namespaceId, ServiceLocation location)
        {
            JToken? data = response.Data;
            var orders = new List<SaeChangeOrder>();
            if (JsonRead.Child(data, "ChangeOrderList") is JArray list)
            {
                foreach (JToken item in list)
                {
                    SaeChangeOrder order = Read(item, null, location);
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

        public static SaeChangeOrderStatus? Status(JToken? parent, string name) =>
            JsonRead.Int(parent, name) is int code ? (SaeChangeOrderStatus)code : (SaeChangeOrderStatus?)null;

        private static SaeChangeOrder Read(JToken? data, SaeChangeOrder? known, ServiceLocation location)
        {
            SaeChangeOrder order = known ?? new SaeChangeOrder();
            order.ChangeOrderId = JsonRead.String(data, "ChangeOrderId") ?? order.ChangeOrderId;
            order.Status = Status(data, "Status") ?? order.Status;
            order.CoTypeCode = JsonRead.String(data, "CoTypeCode") ?? order.CoTypeCode;
            order.CoType = JsonRead.String(data, "CoType") ?? order.CoType;
            order.AppId = JsonRead.String(data, "AppId") ?? order.AppId;
            order.CreateTime = JsonRead.String(data, "CreateTime") ?? order.CreateTime;
            order.FinishTime = NullIfEmpty(JsonRead.String(data, "FinishTime")) ?? order.FinishTime;
            order.Description = JsonRead.String(data, "Description") ?? order.Description;
            order.ErrorMessage = NullIfEmpty(JsonRead.String(data, "ErrorMessage")) ?? order.ErrorMessage;
            order.BatchCount = JsonRead.Int(data, "BatchCount") ?? order.BatchCount;
            order.RegionId ??= location.RegionId;
            if (order.Action.Length == 0)
            {
                order.Action = ActionOf(order.CoTypeCode);
            }

            return order;
        }

        private static IReadOnlyList<SaeChangeOrderBatch> ReadBatches(JToken? pipelines)
        {
            // Old documentation samples show Pipelines as one object rather than an array.
            IEnumerable<JToken> items = pipelines is JArray array ? array : pipelines is JObject single ? new[] { single } : Array.Empty<JToken>();
            var batches = new List<SaeChangeOrderBatch>();
            foreach (JToken pipeline in items)
            {
                batches.Add(new SaeChangeOrderBatch
                {
                    PipelineId = JsonRead.String(pipeline, "PipelineId") ?? string.Empty,
                    Name = JsonRead.String(pipeline, "PipelineName"),
                    Status = Status(pipeline, "Status") ?? SaeChangeOrderStatus.Preparing,
                    StartTime = EpochMilliseconds(pipeline, "StartTime"),
                    UpdateTime = EpochMilliseconds(pipeline, "UpdateTime"),
                    ParallelCount = JsonRead.Int(pipeline, "ParallelCount"),
                });
            }

            return batches;
        }

        private static string ActionOf(string? coTypeCode)
        {
            if (coTypeCode is null)
            {
                return string.Empty;
            }

            foreach (string verb in new[] { "Start", "Stop", "Restart", "Deploy", "Rollback", "Scale" })
            {
                if (coTypeCode.IndexOf(verb, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return verb;
                }
            }

            return coTypeCode.StartsWith("Co", StringComparison.Ordinal) ? coTypeCode.Substring(2) : coTypeCode;
        }

        private static DateTimeOffset? EpochMilliseconds(JToken? parent, string name)
        {
            string? text = JsonRead.String(parent, name);
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long ms) && ms > 0
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : (DateTimeOffset?)null;
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
