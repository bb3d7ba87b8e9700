using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>A change order's fields as DescribeChangeOrder, ListChangeOrders and ListNamespaceChangeOrders write them.</summary>
internal static class ChangeOrderReader
{
    public static SaeChangeOrderStatus? Status(JToken? parent, string name) =>
        JsonRead.Int(parent, name) is int code ? (SaeChangeOrderStatus)code : (SaeChangeOrderStatus?)null;

    internal static SaeChangeOrder Read(JToken? data, SaeChangeOrder? known, ServiceLocation location)
    {
        SaeChangeOrder order = known ?? new SaeChangeOrder();
        order.ChangeOrderId = JsonRead.String(data, "ChangeOrderId") ?? order.ChangeOrderId;
        order.Status = Status(data, "Status") ?? order.Status;
        order.CoTypeCode = JsonRead.String(data, "CoTypeCode") ?? order.CoTypeCode;
        order.CoType = JsonRead.String(data, "CoType") ?? order.CoType;
        order.AppId = JsonRead.String(data, "AppId") ?? order.AppId;
        order.CreateTime = ServiceTime.Parse(JsonRead.String(data, "CreateTime")) ?? order.CreateTime;
        order.FinishTime = ServiceTime.Parse(JsonRead.String(data, "FinishTime")) ?? order.FinishTime;
        order.SubStatus = JsonRead.Int(data, "SubStatus") ?? order.SubStatus;
        order.Description = JsonRead.String(data, "Description") ?? order.Description;
        string? errorMessage = JsonRead.String(data, "ErrorMessage");
        order.ErrorMessage = string.IsNullOrEmpty(errorMessage) ? order.ErrorMessage : errorMessage;
        order.BatchCount = JsonRead.Int(data, "BatchCount") ?? order.BatchCount;
        order.BatchType = JsonRead.String(data, "BatchType") ?? order.BatchType;
        order.CurrentPipelineId = JsonRead.String(data, "CurrentPipelineId") ?? order.CurrentPipelineId;
        order.RegionId ??= location.RegionId;
        if (order.Action.Length == 0)
        {
            order.Action = ActionOf(order.CoTypeCode);
        }

        return order;
    }

    internal static IReadOnlyList<SaeChangeOrderBatch> ReadBatches(JToken? pipelines)
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
                StartTime = ServiceTime.FromEpochMilliseconds(JsonRead.String(pipeline, "StartTime")),
                UpdateTime = ServiceTime.FromEpochMilliseconds(JsonRead.String(pipeline, "UpdateTime")),
                ParallelCount = JsonRead.Int(pipeline, "ParallelCount"),
            });
        }

        return batches;
    }

    /// <summary>The verb of a CoTypeCode, matched whole: "CoRestartApplication" is a restart, though "Start" is inside it.</summary>
    internal static string ActionOf(string? coTypeCode)
    {
        if (coTypeCode is null)
        {
            return string.Empty;
        }

        string name = coTypeCode.StartsWith("Co", StringComparison.Ordinal) ? coTypeCode.Substring(2) : coTypeCode;
        foreach (KeyValuePair<string, string> known in KnownActions)
        {
            if (name.Equals(known.Key, StringComparison.OrdinalIgnoreCase))
            {
                return known.Value;
            }
        }

        return name;
    }

    private static readonly KeyValuePair<string, string>[] KnownActions =
    {
        new KeyValuePair<string, string>("BatchStartApplication", "Start"),
        new KeyValuePair<string, string>("StartApplication", "Start"),
        new KeyValuePair<string, string>("Start", "Start"),
        new KeyValuePair<string, string>("BatchStopApplication", "Stop"),
        new KeyValuePair<string, string>("StopApplication", "Stop"),
        new KeyValuePair<string, string>("Stop", "Stop"),
        new KeyValuePair<string, string>("RestartApplication", "Restart"),
        new KeyValuePair<string, string>("RestartInstances", "Restart"),
        new KeyValuePair<string, string>("DeleteInstances", "Delete"),
        new KeyValuePair<string, string>("Deploy", "Deploy"),
        new KeyValuePair<string, string>("Rollback", "Rollback"),
        new KeyValuePair<string, string>("ScaleIn", "Scale"),
        new KeyValuePair<string, string>("ScaleOut", "Scale"),
        new KeyValuePair<string, string>("RescaleApplicationVertically", "Scale"),
    };
}
