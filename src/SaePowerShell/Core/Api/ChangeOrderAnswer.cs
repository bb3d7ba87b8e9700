using System;
using System.Collections.Generic;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The change order id a state-changing call answers (Data.ChangeOrderId). A success without one is no answer at all:
/// the change may be under way, and nothing here can tell; it is never sent again on the strength of a check.
/// </summary>
internal static class ChangeOrderAnswer
{
    public static string IdOf(ApiResponse response, string api, string? namespaceId, IReadOnlyList<string> appIds, Endpoints.ServiceLocation location, DateTimeOffset sentAt)
    {
        string? changeOrderId = JsonRead.String(response.Data, "ChangeOrderId");
        if (!string.IsNullOrEmpty(changeOrderId))
        {
            return changeOrderId!;
        }

        CallTarget target = CallTarget.Applications(namespaceId, appIds);
        throw new SaeOutcomeUnknownException(api, target.Description, target.HowToCheck(location), response.ClientRequestId,
            "the service answered success (RequestId " + (response.RequestId ?? "none") + ") without a ChangeOrderId", SaeErrorCategory.InvalidResult, sentAt, null)
        { NamespaceId = namespaceId, AppIds = appIds }.MarkClaimedSuccess();
    }
}
