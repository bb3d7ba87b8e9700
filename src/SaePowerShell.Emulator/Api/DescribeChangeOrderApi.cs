using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeChangeOrder (sae-api.md §3.6): a change order and its batches, as of now.</summary>
internal sealed partial class DescribeChangeOrderApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        string id = call.Required("ChangeOrderId");
        ChangeOrder order = call.World.FindChangeOrder(id) ?? throw new SaeException(SaeErrors.ChangeOrderNotFound);
        SaeApplication? first = call.World.FindApplication(order.AppIds[0]);
        var data = new DescribeChangeOrderData
        {
            ChangeOrderId = order.ChangeOrderId,
            AppId = order.AppIds[0],
            AppName = first?.AppName ?? call.World.FindJob(order.AppIds[0])?.AppName ?? "",
            Status = (int)order.Status,

            // SAE's SubStatus: 0 normal, 1 abnormal: a failed order, or one still executing with a failed batch.
            SubStatus = order.SubStatus,
            CoType = order.Kind.CoType,
            CoTypeCode = order.Kind.CoTypeCode,
            CreateTime = ServiceTime.Format(order.CreatedAt),
            Description = ChangeOrderDescription.Of(order),
            ErrorMessage = order.ErrorMessage,
            BatchCount = order.Batches.Count,
            BatchType = order.IsManual ? "manual" : "auto",
            BatchWaitTime = order.BatchWaitTime,
            Auto = !order.IsManual,
            CurrentPipelineId = order.CurrentBatch.PipelineId,
            SupportRollback = order.Kind.SupportsRollback,
            // A deploy's or rollback's UpdateStrategy as it was sent; no order of the emulator routes by grey tags or waits for an approval.
            ApplicationUpdateStrategy = order.Effect is VersionRollout rollout ? rollout.TargetSettings.UpdateStrategy : "",
            ApplicationEnableGreyTagRoute = false,
            ApprovalId = "",
            Pipelines = order.Batches.Select(batch => new DescribeChangeOrderData.PipelinesItem
            {
                PipelineId = batch.PipelineId,
                PipelineName = batch.PipelineName,
                Status = (int)batch.Status,
                StartTime = batch.StartsAt.ToUnixTimeMilliseconds(),
                UpdateTime = batch.UpdatedAt.ToUnixTimeMilliseconds(),
                BatchType = 0,
                ParallelCount = batch.ParallelCount,
            }).ToList(),
        };
        return Answer(data);
    }
}
