using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The seed's <c>changeOrderFault: "Abnormal"</c>: the faulty application's batch fails, but the change order stays
/// executing with SubStatus 1 ("in progress, abnormal") until it is aborted, as SAE leaves such a batch.
/// </summary>
public sealed class AbnormalChangeOrderTests
{
    private const string Message = "Batch 2 failed: application svc4 did not become healthy; the change order is still executing, abnormal, until it is aborted (emulated fault).";

    [Fact]
    public async Task TheBatchFails_TheOrderStaysExecutingAbnormal_AndTheApplicationsSayRunningButHasError()
    {
        // Five applications make batches {1,2} {3,4} {5} of 1000 ms each; svc4 is faulty, svc3 shares its batch.
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(5, delayMs: 3000, faults: new Dictionary<int, string> { [4] = "Abnormal" }));
        string id = await host.StartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppIds(1, 5));

        host.Clock.Advance(TimeSpan.FromMilliseconds(1999));
        JsonElement before = await host.DescribeChangeOrderAsync(id);
        Assert.Equal((1, 0, ""), (before.GetProperty("Status").GetInt32(), before.GetProperty("SubStatus").GetInt32(), before.GetProperty("ErrorMessage").GetString()));

        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await AssertAbnormalAsync(host, id);

        // Forever: long after the last batch's window, nothing has moved on, and the applications are still held.
        host.Clock.Advance(TimeSpan.FromHours(1));
        await AssertAbnormalAsync(host, id);
        Assert.Equal("Application.ChangerOrderRunning", (await host.SendAsync(SaeRequest.BatchStop(("NamespaceId", TestSeeds.Namespace), ("AppIds", TestSeeds.AppId(1))))).ErrorCode);
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(1)));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(3)));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(5)));

        JsonElement order = (await host.GetStateAsync()).GetProperty("changeOrders")[0];
        Assert.Equal((1, Message, JsonValueKind.Null), (order.GetProperty("status").GetInt32(), order.GetProperty("errorMessage").GetString(), order.GetProperty("finishedAt").ValueKind));

        JsonElement listed = (await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", TestSeeds.AppId(5))))).GetProperty("ChangeOrderList")[0];
        Assert.Equal((1, ""), (listed.GetProperty("Status").GetInt32(), listed.GetProperty("FinishTime").GetString()));
        JsonElement inNamespace = (await host.CallAsync(SaeRequest.ListNamespaceChangeOrders(("NamespaceId", TestSeeds.Namespace), ("CoStatus", "1")))).GetProperty("ChangeOrderList")[0];
        Assert.Equal(id, inNamespace.GetProperty("ChangeOrderId").GetString());
    }

    [Fact]
    public async Task AHealthyOrder_KeepsSubStatusNormal()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(1, delayMs: 100));
        await host.StartApplicationsAsync(TestSeeds.Namespace);

        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(TestSeeds.AppId(1)));

        Assert.Equal(("RUNNING", "NORMAL"), (status.GetProperty("LastChangeOrderStatus").GetString(), status.GetProperty("SubStatus").GetString()));
    }

    private static async Task AssertAbnormalAsync(EmulatorTestHost host, string id)
    {
        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal((1, 1, Message), (order.GetProperty("Status").GetInt32(), order.GetProperty("SubStatus").GetInt32(), order.GetProperty("ErrorMessage").GetString()));
        JsonElement[] pipelines = order.GetProperty("Pipelines").EnumerateArray().ToArray();
        Assert.Equal([2, 3, 0], pipelines.Select(p => p.GetProperty("Status").GetInt32()));
        Assert.Equal(pipelines[1].GetProperty("PipelineId").GetString(), order.GetProperty("CurrentPipelineId").GetString());

        foreach (string appId in TestSeeds.AppIds(1, 5))
        {
            JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(appId));
            Assert.Equal((id, true, "RUNNING", "RUNNING_BUT_HAS_ERROR"), (
                status.GetProperty("LastChangeOrderId").GetString(),
                status.GetProperty("LastChangeOrderRunning").GetBoolean(),
                status.GetProperty("LastChangeOrderStatus").GetString(),
                status.GetProperty("SubStatus").GetString()));
        }
    }
}
