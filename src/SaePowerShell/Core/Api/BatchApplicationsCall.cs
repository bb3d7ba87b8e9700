using System.Collections.Generic;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Api;

/// <summary>Builds a batch call (NamespaceId, comma-separated AppIds, optional Version) and reads its change order.</summary>
internal static class BatchApplicationsCall
{
    public static ApiRequest Request(BatchAction action, Batching.BatchGroup group, Endpoints.ServiceLocation location, string? version) =>
        action.RequiresAppIds && group.AppIds.Count == 0
            ? throw new System.ArgumentException(action.Api.Action + " requires AppIds: list the namespace's applications and name them.", nameof(group))
            : Catalog.ApiCallBuilder.Build(action.Api, location, group.NamespaceId, Parameters(group, version), null).About(group.AppIds);

    /// <summary>A batch call's parameters: an empty AppIds (every application of the namespace) is not sent, and BatchRestartApplications takes no Version.</summary>
    private static System.Collections.Generic.Dictionary<string, object?> Parameters(Batching.BatchGroup group, string? version)
    {
        var given = new System.Collections.Generic.Dictionary<string, object?>
        {
            ["NamespaceId"] = group.NamespaceId,
            ["AppIds"] = group.AppIds.Count == 0 ? null : string.Join(",", group.AppIds),
        };
        if (version != null)
        {
            given["Version"] = version;
        }

        return given;
    }

    public static SaeChangeOrder Parse(BatchAction action, Batching.BatchGroup group, Endpoints.ServiceLocation location, ApiResponse response, System.DateTimeOffset sentAt)
    {
        string changeOrderId = ChangeOrderAnswer.IdOf(response, action.Api.Action, group.NamespaceId, group.AppIds, location, sentAt);
        return new SaeChangeOrder
        {
            ChangeOrderId = changeOrderId,
            Action = action.Verb,
            NamespaceId = group.NamespaceId,
            RegionId = location.RegionId,
            AppIds = new List<string>(group.AppIds),
            RequestId = response.RequestId,
            TraceId = response.TraceId,
        };
    }
}
