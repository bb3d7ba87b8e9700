using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Core.Api;

/// <summary>ConfirmPipelineBatch (start the waiting batch, or end the release), AbortChangeOrder and AbortAndRollbackChangeOrder.</summary>
internal static class ChangeOrderControlCall
{
    public static ApiRequest Confirm(ServiceLocation location, SaeChangeOrder order, string pipelineId, bool confirm) =>
        new ApiRequest(SaeApi.ConfirmPipelineBatch, location) { NamespaceId = order.NamespaceId, AppIds = order.AppIds, Target = CallTarget.ChangeOrder(order.ChangeOrderId, pipelineId, order.NamespaceId) }
            .With("PipelineId", pipelineId)
            .With("Confirm", confirm ? "true" : "false");

    public static ApiRequest Abort(ServiceLocation location, SaeChangeOrder order, bool rollback) =>
        new ApiRequest(rollback ? SaeApi.AbortAndRollbackChangeOrder : SaeApi.AbortChangeOrder, location) { NamespaceId = order.NamespaceId, AppIds = order.AppIds, Target = CallTarget.ChangeOrder(order.ChangeOrderId, null, order.NamespaceId) }
            .With("ChangeOrderId", order.ChangeOrderId);
}
