using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>How a change order splits into batches and how the batches move through 0 → 1 → 2 on the clock.</summary>
public sealed class ChangeOrderBatchTests
{
    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(2, new[] { 1, 1 })]
    [InlineData(3, new[] { 1, 1, 1 })]
    [InlineData(4, new[] { 2, 1, 1 })]
    [InlineData(5, new[] { 2, 2, 1 })]
    [InlineData(7, new[] { 3, 2, 2 })]
    public async Task Applications_SplitInOrder_IntoAtMostThreeEvenBatches(int apps, int[] sizes)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(apps, delayMs: 1500));

        string id = await host.StartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppIds(1, apps));

        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(sizes.Length, order.GetProperty("BatchCount").GetInt32());
        Assert.Equal(sizes, order.GetProperty("Pipelines").EnumerateArray().Select(p => p.GetProperty("ParallelCount").GetInt32()));
        JsonElement batches = (await host.GetStateAsync()).GetProperty("changeOrders")[0].GetProperty("batches");
        Assert.Equal(TestSeeds.AppIds(1, apps), batches.EnumerateArray().SelectMany(b => b.GetProperty("appIds").EnumerateArray().Select(e => e.GetString())));
        Assert.Equal(sizes, batches.EnumerateArray().Select(b => b.GetProperty("appIds").GetArrayLength()));
    }

    [Fact]
    public async Task AWholeNamespaceCall_CountsTheNamespacesApplications()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        string demo = await host.StartApplicationsAsync("cn-hangzhou:demo");
        string staging = await host.StartApplicationsAsync("cn-hangzhou:staging");
        string single = await host.StartApplicationsAsync("cn-hangzhou");

        Assert.Equal(3, (await host.DescribeChangeOrderAsync(demo)).GetProperty("BatchCount").GetInt32());
        Assert.Equal(2, (await host.DescribeChangeOrderAsync(staging)).GetProperty("BatchCount").GetInt32());
        Assert.Equal(1, (await host.DescribeChangeOrderAsync(single)).GetProperty("BatchCount").GetInt32());
    }

    [Fact]
    public async Task Batches_RunOneAfterTheOther_AtExactTimes_AndEachApplicationChangesWithItsOwnBatch()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(3, delayMs: 3000));
        DateTimeOffset created = host.Clock.GetUtcNow();
        long At(int offset) => created.AddMilliseconds(offset).ToUnixTimeMilliseconds();
        string id = await host.StartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppIds(1, 3));

        await AssertOrder(host, id, 1, [1, 0, 0], currentBatch: 0);
        string[] pipelineIds = (await host.DescribeChangeOrderAsync(id)).GetProperty("Pipelines").EnumerateArray().Select(p => p.GetProperty("PipelineId").GetString()!).ToArray();
        Assert.Equal(3, pipelineIds.Distinct().Count());
        JsonElement[] starting = Pipelines(await host.DescribeChangeOrderAsync(id));
        Assert.Equal([At(0), At(1000), At(2000)], starting.Select(p => p.GetProperty("StartTime").GetInt64()));
        Assert.Equal([At(0), At(0), At(0)], starting.Select(p => p.GetProperty("UpdateTime").GetInt64()));

        host.Clock.Advance(TimeSpan.FromMilliseconds(999));
        await AssertOrder(host, id, 1, [1, 0, 0], currentBatch: 0);
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(1)));

        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await AssertOrder(host, id, 1, [2, 1, 0], currentBatch: 1);
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(1)));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(2)));
        JsonElement[] middle = Pipelines(await host.DescribeChangeOrderAsync(id));
        Assert.Equal([At(1000), At(1000), At(0)], middle.Select(p => p.GetProperty("UpdateTime").GetInt64()));

        host.Clock.Advance(TimeSpan.FromMilliseconds(999));
        await AssertOrder(host, id, 1, [2, 1, 0], currentBatch: 1);

        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await AssertOrder(host, id, 1, [2, 2, 1], currentBatch: 2);
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(2)));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(3)));

        host.Clock.Advance(TimeSpan.FromMilliseconds(999));
        await AssertOrder(host, id, 1, [2, 2, 1], currentBatch: 2);
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(3)));

        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        JsonElement done = await AssertOrder(host, id, 2, [2, 2, 2], currentBatch: 2);
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(3)));
        Assert.Equal([At(1000), At(2000), At(3000)], Pipelines(done).Select(p => p.GetProperty("UpdateTime").GetInt64()));
        Assert.Equal(pipelineIds, Pipelines(done).Select(p => p.GetProperty("PipelineId").GetString()));
        Assert.Equal((0, ""), (done.GetProperty("SubStatus").GetInt32(), done.GetProperty("ErrorMessage").GetString()));
        Assert.Equal(created.AddMilliseconds(3000), (await host.GetStateAsync()).GetProperty("changeOrders")[0].GetProperty("finishedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task AnApplicationWhoseBatchFinished_StaysBusyAndRunning_UntilTheOrderEnds()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(2, delayMs: 1000));
        string id = await host.StartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppIds(1, 2));
        host.Clock.Advance(TimeSpan.FromMilliseconds(500));

        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(TestSeeds.AppId(1)));
        Assert.Equal(("RUNNING", 2, id, true, "RUNNING"), (
            status.GetProperty("CurrentStatus").GetString(),
            status.GetProperty("RunningInstances").GetInt32(),
            status.GetProperty("LastChangeOrderId").GetString(),
            status.GetProperty("LastChangeOrderRunning").GetBoolean(),
            status.GetProperty("LastChangeOrderStatus").GetString()));
        JsonElement listed = await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", TestSeeds.Namespace)));
        Assert.Equal([2, 0], listed.GetProperty("Applications").EnumerateArray().Select(a => a.GetProperty("RunningInstances").GetInt32()));

        host.Clock.Advance(TimeSpan.FromMilliseconds(500));
        JsonElement after = await host.CallAsync(SaeRequest.DescribeApplicationStatus(TestSeeds.AppId(1)));
        Assert.False(after.GetProperty("LastChangeOrderRunning").GetBoolean());
        Assert.Equal("SUCCESS", after.GetProperty("LastChangeOrderStatus").GetString());
    }

    [Fact]
    public async Task ZeroDelay_FinishesEveryBatchAtOnce()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(3, delayMs: 0));

        string id = await host.StartApplicationsAsync(TestSeeds.Namespace);

        await AssertOrder(host, id, 2, [2, 2, 2], currentBatch: 2);
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(3)));
    }

    [Fact]
    public async Task DefaultSeed_BatchesOfTheDefaultDelay_Are500MillisecondsEach()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string id = await host.StartApplicationsAsync("cn-hangzhou:demo");

        host.Clock.Advance(TimeSpan.FromMilliseconds(500));
        await AssertOrder(host, id, 1, [2, 1, 0], currentBatch: 1);
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(DemoWebFrontend));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(DemoOrderApi));
    }

    private static JsonElement[] Pipelines(JsonElement order) => order.GetProperty("Pipelines").EnumerateArray().ToArray();

    /// <summary>Asserts the order's Status, each pipeline's Status and which pipeline is current; returns the order.</summary>
    private static async Task<JsonElement> AssertOrder(EmulatorTestHost host, string id, int status, int[] pipelineStatuses, int currentBatch)
    {
        JsonElement order = await host.DescribeChangeOrderAsync(id);
        JsonElement[] pipelines = Pipelines(order);
        Assert.Equal(status, order.GetProperty("Status").GetInt32());
        Assert.Equal(pipelineStatuses, pipelines.Select(p => p.GetProperty("Status").GetInt32()));
        Assert.Equal(pipelines.Select((_, i) => $"Batch {i + 1}"), pipelines.Select(p => p.GetProperty("PipelineName").GetString()));
        Assert.Equal(pipelines[currentBatch].GetProperty("PipelineId").GetString(), order.GetProperty("CurrentPipelineId").GetString());
        Assert.Equal(pipelineStatuses.Length, order.GetProperty("BatchCount").GetInt32());
        return order;
    }
}
