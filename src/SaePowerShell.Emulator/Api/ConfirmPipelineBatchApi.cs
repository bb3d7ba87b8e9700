using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ConfirmPipelineBatch: answers a manual change order waiting (8) before a batch. Confirm=true starts the batch now
/// (its window opens at the confirmation); Confirm=false terminates the order, as the SDK says ("false: Terminate the
/// process"). Only the waiting pipeline can be confirmed.
/// </summary>
internal sealed partial class ConfirmPipelineBatchApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        string pipelineId = call.Required("PipelineId");
        bool confirm = call.OptionalBool("Confirm", false);
        (ChangeOrder? order, ChangeOrderBatch? batch) = call.World.FindPipeline(pipelineId);
        if (order is null || batch is null)
        {
            throw new SaeException(SaeErrors.PipelineNotFound);
        }

        if (batch.Status != ChangeOrderStatus.WaitingForBatchConfirmation)
        {
            throw new SaeException(SaeErrors.WithMessage("PipelineId",
                $"the pipeline {pipelineId} is not waiting for confirmation (its status is {(int)batch.Status}, {batch.Status.ToApplicationStatusName()})."));
        }

        if (confirm)
        {
            call.World.ConfirmBatch(order, batch);
        }
        else
        {
            call.World.Abort(order, rollBack: false);
        }

        return Answer(new() { PipelineId = pipelineId });
    }
}
