using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>DescribeApplicationStatus: an application's current state and last change order.</summary>
internal static class DescribeApplicationStatusCall
{
    public static ApiRequest Request(ServiceLocation location, string appId, string? namespaceId) =>
        SaeRequests.DescribeApplicationStatus(location, namespaceId, appId: appId);

    /// <summary>Data is the status; the namespace and region are the call's, and the AppId the one asked for when Data lacks it.</summary>
    public static SaeApplicationStatus Parse(ApiResponse response, string appId, string? namespaceId, ServiceLocation location)
    {
        SaeApplicationStatus status = SaeApplicationStatus.Read(response.Data);
        status.AppId = status.AppId.Length > 0 ? status.AppId : appId;
        status.NamespaceId = namespaceId;
        status.RegionId = location.RegionId;
        return status;
    }
}
