using System.Collections.Generic;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>
/// What every single-application change answers: Data.ChangeOrderId (DeployApplication and RollbackApplication add
/// IsNeedApproval), read as <see cref="ChangeOrderAnswer"/> reads it.
/// </summary>
internal static class ApplicationChangeCall
{
    public static SaeChangeOrder Parse(ApplicationChange change, ServiceLocation location, ApiResponse response, System.DateTimeOffset sentAt)
    {
        string changeOrderId = ChangeOrderAnswer.IdOf(response, change.Action.Api.Action, change.Target.NamespaceId, new[] { change.Target.AppId }, location, sentAt);
        return new SaeChangeOrder
        {
            ChangeOrderId = changeOrderId,
            Action = change.Action.Verb,
            NamespaceId = change.Target.NamespaceId,
            RegionId = location.RegionId,
            AppId = change.Target.AppId,
            AppIds = new List<string> { change.Target.AppId },
            RequestId = response.RequestId,
            TraceId = response.TraceId,
        };
    }
}
