using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>AbortChangeOrder and AbortAndRollbackChangeOrder: an active order ends terminated (6), its application free again.</summary>
public sealed class AbortChangeOrderTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task AbortAndRollback_OfAManualDeployWaitingAtBatchTwo_PutsTheOldVersionOnEveryInstance(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        string firstVersion = (await host.VersionIdsAsync(Web)).Single();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), ("Replicas", "3"), AppApi.Strategy(2, "manual")));
        host.Pass(0.5);
        string[] before = await host.InstanceIdsAsync(Web);
        JsonElement waiting = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(8, waiting.GetProperty("Status").GetInt32());

        SaeReply aborted = await host.SendAsync(AppApi.AbortAndRollback(id).WithScheme(scheme));

        SurfaceFile.AssertConforms("AbortAndRollbackChangeOrder", aborted.Body);
        Assert.Equal(id, aborted.Data.GetProperty("ChangeOrderId").GetString());
        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal((6, 0), (order.GetProperty("Status").GetInt32(), order.GetProperty("SubStatus").GetInt32()));
        Assert.Equal([2, 6], PipelineStatuses(order));
        Assert.Equal(PipelineId(waiting, 1), order.GetProperty("CurrentPipelineId").GetString());
        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(Web));
        Assert.Equal(("ABORT", false), (status.GetProperty("LastChangeOrderStatus").GetString(), status.GetProperty("LastChangeOrderRunning").GetBoolean()));

        JsonElement[] instances = await host.InstancesAsync(Web);
        Assert.Equal(2, instances.Length);
        Assert.All(instances, i => Assert.Equal(WebImage, i.GetProperty("ImageUrl").GetString()));
        Assert.Empty(instances.Select(i => i.GetProperty("InstanceId").GetString()).Intersect(before));
        JsonElement config = await host.CallAsync(AppApi.DescribeConfig(Web));
        Assert.Equal((WebImage, 2), (config.GetProperty("ImageUrl").GetString(), config.GetProperty("Replicas").GetInt32()));
        Assert.Equal(firstVersion, host.FindApp(await host.GetStateAsync(), Web).GetProperty("currentVersionId").GetString());

        // Every instance that went was killed, every new one started.
        JsonElement events = await host.CallAsync(AppApi.ListAppEvents(Namespace, ("AppId", Web), ("ObjectKind", "Pod"), ("PageSize", "100")));
        string[] Named(string reason) => events.GetProperty("AppEventEntity").EnumerateArray()
            .Where(e => e.GetProperty("Reason").GetString() == reason).Select(e => e.GetProperty("ObjectName").GetString()!).ToArray();
        Assert.Subset(Named("Killing").ToHashSet(), before.ToHashSet());
        Assert.Subset(Named("Started").ToHashSet(), instances.Select(i => i.GetProperty("InstanceId").GetString()!).ToHashSet());

        // The application is free again.
        await host.OrderAsync(AppApi.Rescale(Web, 1));
    }

    [Fact]
    public async Task Abort_EndsTheOrderTerminated_AndWhatItsFinishedBatchesDidStays()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "manual")));
        host.Pass(0.5);

        SaeReply aborted = await host.SendAsync(AppApi.Abort(id));

        SurfaceFile.AssertConforms("AbortChangeOrder", aborted.Body);
        Assert.Equal(id, aborted.Data.GetProperty("ChangeOrderId").GetString());
        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(6, order.GetProperty("Status").GetInt32());
        Assert.Equal([2, 6], PipelineStatuses(order));
        Assert.NotEqual("", (await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", Web)))).GetProperty("ChangeOrderList")[0].GetProperty("FinishTime").GetString());
        Assert.Equal([NewImage, WebImage], (await host.InstancesAsync(Web)).Select(i => i.GetProperty("ImageUrl").GetString()).Order().Reverse());
        Assert.Equal(WebImage, (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("ImageUrl").GetString());
        host.Pass(10);
        Assert.Equal(6, await host.OrderStatusAsync(id));
        await host.OrderAsync(AppApi.Rescale(Web, 2));
    }

    [Fact]
    public async Task AbortChangeOrder_WithRollback_RollsBackAsWell()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "manual")));
        host.Pass(0.5);

        await host.CallAsync(AppApi.Abort(id, ("Rollback", "true")));

        Assert.All(await host.InstancesAsync(Web), i => Assert.Equal(WebImage, i.GetProperty("ImageUrl").GetString()));
    }

    [Fact]
    public async Task AFinishedOrder_CannotBeAborted_AndAnUnknownOneIsNotFound()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Rescale(Web, 3));
        host.Pass();

        AssertError(await host.SendAsync(AppApi.Abort(id)), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{ChangeOrderId}", id, "has finished");
        AssertError(await host.SendAsync(AppApi.AbortAndRollback(id)), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{ChangeOrderId}", "has finished");
        AssertError(await host.SendAsync(AppApi.Abort("01db03d3-3ee9-48b3-b3d0-dfce2d880000")), HttpStatusCode.BadRequest, "InvalidChangeOrder.NotFound");
        AssertError(await host.SendAsync(AppApi.AbortAndRollback("01db03d3-3ee9-48b3-b3d0-dfce2d880000")), HttpStatusCode.BadRequest, "InvalidChangeOrder.NotFound");
        Assert.Equal(2, await host.OrderStatusAsync(id));
    }

    [Fact]
    public async Task AnExecutingBatchStart_CanBeAborted_AndTheApplicationsOfLaterBatchesStayStopped()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(3, delayMs: 3000));
        string id = await host.StartApplicationsAsync(TestSeeds.Namespace);
        host.Clock.Advance(TimeSpan.FromMilliseconds(1500));

        await host.CallAsync(AppApi.Abort(id));

        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(6, order.GetProperty("Status").GetInt32());
        Assert.Equal([2, 6, 6], PipelineStatuses(order));
        Assert.Equal(PipelineId(order, 1), order.GetProperty("CurrentPipelineId").GetString());
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(1)));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(2)));
        await host.StopApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppId(2));
    }

    [Fact]
    public async Task AnOrderExecutingAbnormally_CanBeAborted_AndItsApplicationsAreFree()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(2, delayMs: 1000, faults: new Dictionary<int, string> { [2] = "Abnormal" }));
        string id = await host.StartApplicationsAsync(TestSeeds.Namespace);
        host.Clock.Advance(TimeSpan.FromSeconds(5));
        AssertError(await host.SendAsync(SaeRequest.BatchStop(("NamespaceId", TestSeeds.Namespace))), HttpStatusCode.BadRequest, "Application.ChangerOrderRunning");

        await host.CallAsync(AppApi.Abort(id));

        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal((6, 1), (order.GetProperty("Status").GetInt32(), order.GetProperty("SubStatus").GetInt32()));
        Assert.Equal([2, 3], PipelineStatuses(order));
        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(TestSeeds.AppId(2)));
        Assert.Equal(("ABORT", "NORMAL"), (status.GetProperty("LastChangeOrderStatus").GetString(), status.GetProperty("SubStatus").GetString()));
        await host.StopApplicationsAsync(TestSeeds.Namespace);
    }
}
