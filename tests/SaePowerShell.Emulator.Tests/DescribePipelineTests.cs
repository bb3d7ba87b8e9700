using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// DescribePipeline: one batch of a change order in the official shape, its status the one DescribeChangeOrder lists,
/// NextPipelineId the following batch, and a batch a seeded fault failed naming the failure in its application's task.
/// </summary>
public sealed class DescribePipelineTests
{
    private const int LineDelayMs = 1500;

    [Fact]
    public async Task ARunningBatch_IsExecuting_WithATaskPerApplication_AndPointsAtTheNextBatch()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(4, LineDelayMs));
        string id = await host.StartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppIds(1, 4));
        JsonElement order = await host.DescribeChangeOrderAsync(id);

        SaeReply first = await host.SendAsync(AppApi.DescribePipeline(PipelineId(order, 0)));
        JsonElement second = await host.CallAsync(AppApi.DescribePipeline(PipelineId(order, 1)));
        JsonElement last = await host.CallAsync(AppApi.DescribePipeline(PipelineId(order, 2)));

        SurfaceFile.AssertConforms("DescribePipeline", first.Body);
        JsonElement running = first.Data;
        Assert.Equal(PipelineId(order, 0), running.GetProperty("PipelineId").GetString());
        Assert.Equal("Batch 1", running.GetProperty("PipelineName").GetString());
        Assert.Equal([1, 0, 0], PipelineStatuses(order));
        Assert.Equal(1, running.GetProperty("PipelineStatus").GetInt32());
        Assert.Equal("Executing", running.GetProperty("CoStatus").GetString());
        Assert.Equal(PipelineId(order, 1), running.GetProperty("NextPipelineId").GetString());
        Assert.False(running.GetProperty("ShowBatch").GetBoolean());
        JsonElement stage = running.GetProperty("StageList").EnumerateArray().Single();
        Assert.Equal(running.GetProperty("CurrentStageId").GetString(), stage.GetProperty("StageId").GetString());
        Assert.Equal("Batch Start Applications", stage.GetProperty("StageName").GetString());
        Assert.Equal((1, 1), (stage.GetProperty("Status").GetInt32(), stage.GetProperty("ExecutorType").GetInt32()));
        JsonElement[] tasks = stage.GetProperty("TaskList").EnumerateArray().ToArray();
        Assert.Equal(["Change application svc1", "Change application svc2"], tasks.Select(t => t.GetProperty("TaskName").GetString()));
        Assert.All(tasks, t => Assert.Equal((1, stage.GetProperty("StageId").GetString()), (t.GetProperty("Status").GetInt32(), t.GetProperty("StageId").GetString())));
        Assert.All(tasks, t => Assert.False(t.TryGetProperty("ErrorMessage", out _)));
        Assert.Equal(2, tasks.Select(t => t.GetProperty("TaskId").GetString()).Distinct().Count());

        Assert.Equal(0, second.GetProperty("PipelineStatus").GetInt32());
        Assert.Equal(PipelineId(order, 2), second.GetProperty("NextPipelineId").GetString());
        Assert.All(second.GetProperty("StageList")[0].GetProperty("TaskList").EnumerateArray(), t => Assert.Equal(0, t.GetProperty("Status").GetInt32()));
        Assert.False(last.TryGetProperty("NextPipelineId", out _));

        // The stage and task ids are the batch's for good, not new on every call.
        JsonElement again = await host.CallAsync(AppApi.DescribePipeline(PipelineId(order, 0)));
        Assert.Equal(running.GetProperty("CurrentStageId").GetString(), again.GetProperty("CurrentStageId").GetString());
        Assert.Equal(tasks[0].GetProperty("TaskId").GetString(), again.GetProperty("StageList")[0].GetProperty("TaskList")[0].GetProperty("TaskId").GetString());
    }

    [Fact]
    public async Task AManualOrdersWaitingBatch_Is8_AndCanBeConfirmed_TheOneBeforeItSucceeded()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "manual")));
        host.Pass();
        JsonElement order = await host.DescribeChangeOrderAsync(id);

        SaeReply waitingReply = await host.SendAsync(AppApi.DescribePipeline(PipelineId(order, 1)));
        JsonElement done = await host.CallAsync(AppApi.DescribePipeline(PipelineId(order, 0)));

        SurfaceFile.AssertConforms("DescribePipeline", waitingReply.Body);
        JsonElement waiting = waitingReply.Data;
        Assert.Equal([2, 8], PipelineStatuses(order));
        Assert.Equal(8, waiting.GetProperty("PipelineStatus").GetInt32());
        Assert.Equal("Waiting for batch confirmation", waiting.GetProperty("CoStatus").GetString());
        Assert.True(waiting.GetProperty("ShowBatch").GetBoolean());
        Assert.False(waiting.TryGetProperty("NextPipelineId", out _));
        JsonElement waitingStage = waiting.GetProperty("StageList")[0];
        Assert.Equal((0, 0), (waitingStage.GetProperty("Status").GetInt32(), waitingStage.GetProperty("ExecutorType").GetInt32()));
        Assert.Equal("Deploy Application", waitingStage.GetProperty("StageName").GetString());
        Assert.Equal(0, waitingStage.GetProperty("TaskList").EnumerateArray().Single().GetProperty("Status").GetInt32());

        Assert.Equal(2, done.GetProperty("PipelineStatus").GetInt32());
        Assert.False(done.GetProperty("ShowBatch").GetBoolean());
        Assert.Equal(PipelineId(order, 1), done.GetProperty("NextPipelineId").GetString());
        JsonElement doneTask = done.GetProperty("StageList")[0].GetProperty("TaskList").EnumerateArray().Single();
        Assert.Equal(("Change 1 instance(s) of application web", 2), (doneTask.GetProperty("TaskName").GetString(), doneTask.GetProperty("Status").GetInt32()));

        await host.CallAsync(AppApi.ConfirmPipelineBatch(PipelineId(order, 1), confirm: true));
        JsonElement confirmed = await host.CallAsync(AppApi.DescribePipeline(PipelineId(order, 1)));
        Assert.Equal((1, false, "Executing"), (confirmed.GetProperty("PipelineStatus").GetInt32(), confirmed.GetProperty("ShowBatch").GetBoolean(), confirmed.GetProperty("CoStatus").GetString()));
    }

    [Fact]
    public async Task ASucceededOrdersBatches_AreAll2_WithoutErrors()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "auto")));
        host.Pass();
        JsonElement order = await host.DescribeChangeOrderAsync(id);

        SaeReply reply = await host.SendAsync(AppApi.DescribePipeline(PipelineId(order, 1)));
        JsonElement first = await host.CallAsync(AppApi.DescribePipeline(PipelineId(order, 0)));

        SurfaceFile.AssertConforms("DescribePipeline", reply.Body);
        Assert.Equal(2, order.GetProperty("Status").GetInt32());
        foreach (JsonElement pipeline in new[] { first, reply.Data })
        {
            Assert.Equal((2, "Execution succeeded"), (pipeline.GetProperty("PipelineStatus").GetInt32(), pipeline.GetProperty("CoStatus").GetString()));
            JsonElement task = pipeline.GetProperty("StageList")[0].GetProperty("TaskList").EnumerateArray().Single();
            Assert.Equal((2, "Execution succeeded"), (task.GetProperty("Status").GetInt32(), task.GetProperty("Message").GetString()));
            Assert.False(task.TryGetProperty("ErrorMessage", out _));
        }

        Assert.Equal(PipelineId(order, 1), first.GetProperty("NextPipelineId").GetString());
        Assert.False(reply.Data.TryGetProperty("NextPipelineId", out _));
    }

    [Theory]
    [InlineData("Failed", 3, 3, "Execution failed")]
    [InlineData("SystemFailed", 10, 3, "Execution failed because of a system error")]
    [InlineData("Terminated", 6, 6, "Terminated")]
    [InlineData("Abnormal", 3, 3, "Executing, abnormal")]
    public async Task AFailedBatch_NamesTheFailureInTheFaultyApplicationsTask(string fault, int pipelineStatus, int taskStatus, string coStatus)
    {
        // Four applications: batches [app-1, app-2], [app-3], [app-4]; app-2 carries the fault.
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(4, LineDelayMs, faults: new Dictionary<int, string> { [2] = fault }));
        string id = await host.StartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppIds(1, 4));
        host.Clock.Advance(TimeSpan.FromMilliseconds(LineDelayMs));
        JsonElement order = await host.DescribeChangeOrderAsync(id);

        SaeReply reply = await host.SendAsync(AppApi.DescribePipeline(PipelineId(order, 0)));
        JsonElement later = await host.CallAsync(AppApi.DescribePipeline(PipelineId(order, 1)));

        SurfaceFile.AssertConforms("DescribePipeline", reply.Body);
        JsonElement failed = reply.Data;
        Assert.Equal(pipelineStatus, PipelineStatuses(order)[0]);
        Assert.Equal((pipelineStatus, coStatus), (failed.GetProperty("PipelineStatus").GetInt32(), failed.GetProperty("CoStatus").GetString()));
        Assert.Equal(PipelineId(order, 1), failed.GetProperty("NextPipelineId").GetString());
        JsonElement stage = failed.GetProperty("StageList")[0];
        Assert.Equal(taskStatus, stage.GetProperty("Status").GetInt32());
        JsonElement[] tasks = stage.GetProperty("TaskList").EnumerateArray().ToArray();
        Assert.Equal("Change application svc2", tasks[1].GetProperty("TaskName").GetString());
        Assert.Equal(taskStatus, tasks[1].GetProperty("Status").GetInt32());
        string errorMessage = order.GetProperty("ErrorMessage").GetString()!;
        Assert.Contains("svc2", errorMessage, StringComparison.Ordinal);
        Assert.Equal(errorMessage, tasks[1].GetProperty("ErrorMessage").GetString());

        // The healthy application of the failed batch changed nothing; the batch after it never started.
        Assert.Equal(6, tasks[0].GetProperty("Status").GetInt32());
        Assert.False(tasks[0].TryGetProperty("ErrorMessage", out _));
        Assert.Equal(0, later.GetProperty("PipelineStatus").GetInt32());
    }

    [Fact]
    public async Task AnAbortedOrdersUnfinishedBatch_IsTerminated_WithoutAnErrorMessage()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "auto")));
        await host.CallAsync(AppApi.Abort(id));
        JsonElement order = await host.DescribeChangeOrderAsync(id);

        JsonElement aborted = await host.CallAsync(AppApi.DescribePipeline(PipelineId(order, 1)));

        Assert.Equal((6, "Terminated"), (aborted.GetProperty("PipelineStatus").GetInt32(), aborted.GetProperty("CoStatus").GetString()));
        JsonElement task = aborted.GetProperty("StageList")[0].GetProperty("TaskList").EnumerateArray().Single();
        Assert.Equal(6, task.GetProperty("Status").GetInt32());
        Assert.False(task.TryGetProperty("ErrorMessage", out _));
    }

    [Fact]
    public async Task AnUnknownPipeline_IsNotFound_AndAMissingOneMustBeGiven()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply unknown = await host.SendAsync(AppApi.DescribePipeline("917660ba-5092-44ca-b8e0-80012c960000"));
        SaeReply missing = await host.SendAsync(SaeRequest.Api("DescribePipeline", "GET", "/pop/v1/sam/changeorder/DescribePipeline"));

        AssertError(unknown, HttpStatusCode.NotFound, "InvalidPipelineId.NotFound");
        Assert.Equal("The specified PipelineId does not exist.", unknown.Message);
        SurfaceFile.AssertConforms("DescribePipeline", unknown.Body);
        AssertError(missing, HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "PipelineId");
    }
}
