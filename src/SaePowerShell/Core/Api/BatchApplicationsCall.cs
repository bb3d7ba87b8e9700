using System.Collections.Generic;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>Builds a batch call (NamespaceId, comma-separated AppIds, optional Version) and reads its change order.</summary>
internal static class BatchApplicationsCall
{
    public static ApiRequest Request(BatchAction action, Batching.BatchGroup group, Endpoints.ServiceLocation location, string? version) =>
        action.RequiresAppIds && group.AppIds.Count == 0
            ? throw new System.ArgumentException(action.Api.Action + " requires AppIds: list the namespace's applications and name them.", nameof(group))
            : new ApiRequest(action.Api, location) { NamespaceId = group.NamespaceId, AppIds = group.AppIds }
            .With("NamespaceId", group.NamespaceId)
            .With("AppIds", group.AppIds.Count == 0 ? null : string.Join(",", group.AppIds))
            .With("Version", version);

    public static SaeChangeOrder Parse(BatchAction action, Batching.BatchGroup group, Endpoints.ServiceLocation location, ApiResponse response, System.DateTimeOffset sentAt)
    {
        string? changeOrderId = JsonRead.String(response.Data, "ChangeOrderId");
        if (string.IsNullOrEmpty(changeOrderId))
        {
            // SAE said yes but gave no handle: the apps may be starting, and nothing here can tell.
            throw new SaeOutcomeUnknownException(action.Api.Action, group.NamespaceId, group.AppIds, response.ClientRequestId,
                "the service answered success (RequestId " + (response.RequestId ?? "none") + ") without a ChangeOrderId", SaeErrorCategory.InvalidResult, sentAt, null).MarkClaimedSuccess();
        }

        return new SaeChangeOrder
        {
            ChangeOrderId = changeOrderId!,
            Action = action.Verb,
            NamespaceId = group.NamespaceId,
            RegionId = location.RegionId,
            AppIds = new List<string>(group.AppIds),
            RequestId = response.RequestId,
            TraceId = response.TraceId,
        };
    }
}
