using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>ConfirmPipelineBatch (start the waiting batch, or end the release), AbortChangeOrder and AbortAndRollbackChangeOrder.</summary>
internal static class ChangeOrderControlCall
{
    public static ApiRequest Confirm(ServiceLocation location, SaeChangeOrder order, string pipelineId, bool confirm) =>
        SaeRequests.ConfirmPipelineBatch(location, order.NamespaceId, confirm: confirm, pipelineId: pipelineId,
            callTarget: CallTarget.ChangeOrder(order.ChangeOrderId, pipelineId, order.NamespaceId)).About(order.AppIds);

    public static ApiRequest Abort(ServiceLocation location, SaeChangeOrder order, bool rollback)
    {
        CallTarget target = CallTarget.ChangeOrder(order.ChangeOrderId, null, order.NamespaceId);
        ApiRequest request = rollback
            ? SaeRequests.AbortAndRollbackChangeOrder(location, order.NamespaceId, changeOrderId: order.ChangeOrderId, callTarget: target)
            : SaeRequests.AbortChangeOrder(location, order.NamespaceId, changeOrderId: order.ChangeOrderId, callTarget: target);
        return request.About(order.AppIds);
    }
}
