using System.Security.Cryptography;
using System.Text;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribePipeline: one batch (pipeline) of a change order, as of now. PipelineStatus is the batch's status exactly as
/// DescribeChangeOrder lists it (8 and 9 included, which the official list leaves out); NextPipelineId is the following
/// batch's and absent for the last. The emulator's batch is one stage, named after the order's CoType, of one task per
/// application (a batch order) or one task for the instances (a single-application order); a batch a seeded fault
/// failed has that application's task carry the failure and its ErrorMessage, and its other tasks terminated (6), since
/// they changed nothing.
/// </summary>
internal sealed partial class DescribePipelineApi : ISaeApi
{
    /// <summary>The stage's ExecutorType: 0 serial, 1 parallel (a batch order changes a batch's applications together).</summary>
    private const int SerialExecutor = 0;

    private const int ParallelExecutor = 1;

    private const int TerminatedStep = 6;

    public SaeResult Handle(SaeCall call)
    {
        string pipelineId = call.Required("PipelineId");
        (ChangeOrder? order, ChangeOrderBatch? batch) = call.World.FindPipeline(pipelineId);
        if (order is null || batch is null)
        {
            throw new SaeException(SaeErrors.PipelineNotFound);
        }

        string stageId = NameBasedId($"{batch.PipelineId}:stage");
        List<DescribePipelineData.StageListItem.TaskListItem> tasks = Tasks(call.World, order, batch, stageId);
        var stage = new DescribePipelineData.StageListItem
        {
            StageId = stageId,
            StageName = order.Kind.CoType,
            Status = StepStatus(batch.Status),
            ExecutorType = tasks.Count > 1 ? ParallelExecutor : SerialExecutor,
            TaskList = tasks,
        };
        return Answer(new()
        {
            PipelineId = batch.PipelineId,
            PipelineName = batch.PipelineName,
            PipelineStatus = (int)batch.Status,
            CoStatus = order.IsAbnormal && order.IsActive ? "Executing, abnormal" : order.Status.ToDescription(),
            CurrentStageId = stageId,
            NextPipelineId = batch.Index + 1 < order.Batches.Count ? order.Batches[batch.Index + 1].PipelineId : null,

            // "Whether the next batch can be processed now": the batch a manual order waits to have confirmed.
            ShowBatch = batch.Status == ChangeOrderStatus.WaitingForBatchConfirmation,
            StageList = [stage],
        });
    }

    private static List<DescribePipelineData.StageListItem.TaskListItem> Tasks(WorldState world, ChangeOrder order, ChangeOrderBatch batch, string stageId)
    {
        int status = StepStatus(batch.Status);
        return batch.AppIds.Select(appId =>
        {
            string appName = world.FindApplication(appId)?.AppName ?? appId;
            bool failedIt = batch.FailedAppId == appId;
            int taskStatus = batch.FailedAppId is null || failedIt ? status : TerminatedStep;
            // SAE sends ErrorMessage only for a failed task, and the emulator has no EDAS error codes to send.
            return new DescribePipelineData.StageListItem.TaskListItem
            {
                TaskId = NameBasedId($"{batch.PipelineId}:task:{appId}"),
                TaskName = order.Effect is null ? $"Change application {appName}" : $"Change {batch.ParallelCount} instance(s) of application {appName}",
                StageId = stageId,
                Status = taskStatus,
                ErrorMessage = failedIt ? batch.ErrorMessage : null,
                Message = StepStatusDescription(taskStatus),
                ErrorIgnore = 0,
                ShowManualIgnore = false,
            };
        }).ToList();
    }

    /// <summary>
    /// A stage's or task's status, from the batch's: their documented codes have no waits (a waiting batch's stage has
    /// not started, 0) and no system failure (3, failed).
    /// </summary>
    private static int StepStatus(ChangeOrderStatus status) => status switch
    {
        ChangeOrderStatus.Executing => 1,
        ChangeOrderStatus.Succeeded => 2,
        ChangeOrderStatus.Failed or ChangeOrderStatus.SystemFailure => 3,
        ChangeOrderStatus.Aborted => TerminatedStep,
        _ => 0,
    };

    private static string StepStatusDescription(int status) => ((ChangeOrderStatus)status).ToDescription();

    /// <summary>A GUID named by <paramref name="name"/>, so a stage or task keeps its id from one call to the next.</summary>
    private static string NameBasedId(string name) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("sae-emulator-pipeline:" + name)).AsSpan(0, 16)).ToString("D");
}
