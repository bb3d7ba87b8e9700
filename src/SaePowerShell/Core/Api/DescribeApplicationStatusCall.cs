using System;
using System.Globalization;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>DescribeApplicationStatus: an application's current state and last change order.</summary>
internal static class DescribeApplicationStatusCall
{
    public static ApiRequest Request(ServiceLocation location, string appId, string? namespaceId) =>
        new ApiRequest(SaeApi.DescribeApplicationStatus, location) { NamespaceId = namespaceId }.With("AppId", appId);

    public static SaeApplicationStatus Parse(ApiResponse response, string appId, string? namespaceId, ServiceLocation location)
    {
        var data = response.Data;
        string? created = JsonRead.String(data, "CreateTime");
        return new SaeApplicationStatus
        {
            AppId = JsonRead.String(data, "AppId") ?? appId,
            NamespaceId = namespaceId,
            RegionId = location.RegionId,
            CurrentStatus = JsonRead.String(data, "CurrentStatus"),
            RunningInstances = JsonRead.Int(data, "RunningInstances") ?? 0,
            LastChangeOrderId = JsonRead.NonEmptyString(data, "LastChangeOrderId"),
            LastChangeOrderRunning = JsonRead.Bool(data, "LastChangeOrderRunning") ?? false,
            LastChangeOrderStatus = JsonRead.NonEmptyString(data, "LastChangeOrderStatus"),
            SubStatus = JsonRead.String(data, "SubStatus"),
            CreateTime = ServiceTime.FromEpochMilliseconds(created),
        };
    }

}
