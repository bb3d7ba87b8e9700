using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>The seed's changeOrderFault: change orders that are accepted and then fail in the faulty application's batch.</summary>
public sealed class ChangeOrderFaultTests
{
    [Theory]
    [InlineData("Failed", 3, "FAIL", "Batch 2 failed: application svc4 did not become healthy (emulated fault).")]
    [InlineData("SystemFailed", 10, "SYSTEM_FAIL", "Batch 2 failed: a system error occurred while changing application svc4 (emulated fault).")]
    [InlineData("Terminated", 6, "ABORT", "Batch 2 was terminated while changing application svc4 (emulated fault).")]
    public async Task TheFaultyBatch_EndsWithTheFaultsStatus_LaterBatchesNeverStart_AndOnlyEarlierApplicationsChange(
        string fault, int code, string statusName, string message)
    {
        // Five applications make batches {1,2} {3,4} {5} of 1000 ms each; svc4 is faulty, svc3 shares its batch.
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(5, delayMs: 3000, faults: new Dictionary<int, string> { [4] = fault }));
        DateTimeOffset created = host.Clock.GetUtcNow();
        string id = await host.StartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppIds(1, 5));

        host.Clock.Advance(TimeSpan.FromMilliseconds(1999));
        JsonElement running = await host.DescribeChangeOrderAsync(id);
        Assert.Equal((1, 0, ""), (running.GetProperty("Status").GetInt32(), running.GetProperty("SubStatus").GetInt32(), running.GetProperty("ErrorMessage").GetString()));
        Assert.Equal([2, 1, 0], Statuses(running));

        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        JsonElement failed = await host.DescribeChangeOrderAsync(id);

        Assert.Equal(code, failed.GetProperty("Status").GetInt32());
        Assert.Equal(1, failed.GetProperty("SubStatus").GetInt32());
        Assert.Equal(message, failed.GetProperty("ErrorMessage").GetString());
        Assert.Equal([2, code, 0], Statuses(failed));
        JsonElement[] pipelines = failed.GetProperty("Pipelines").EnumerateArray().ToArray();
        Assert.Equal(pipelines[1].GetProperty("PipelineId").GetString(), failed.GetProperty("CurrentPipelineId").GetString());
        Assert.Equal(created.AddMilliseconds(2000).ToUnixTimeMilliseconds(), pipelines[1].GetProperty("UpdateTime").GetInt64());
        Assert.Equal(created.ToUnixTimeMilliseconds(), pipelines[2].GetProperty("UpdateTime").GetInt64());

        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(1)));
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(2)));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(3)));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(4)));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(5)));

        // Time passing changes nothing more: the order is over.
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        JsonElement later = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(code, later.GetProperty("Status").GetInt32());
        Assert.Equal([2, code, 0], Statuses(later));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(5)));

        JsonElement order = (await host.GetStateAsync()).GetProperty("changeOrders")[0];
        Assert.Equal((code, message), (order.GetProperty("status").GetInt32(), order.GetProperty("errorMessage").GetString()));
        Assert.Equal(created.AddMilliseconds(2000), order.GetProperty("finishedAt").GetDateTimeOffset());

        foreach (string appId in TestSeeds.AppIds(1, 5))
        {
            JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(appId));
            Assert.Equal(statusName, status.GetProperty("LastChangeOrderStatus").GetString());
            Assert.False(status.GetProperty("LastChangeOrderRunning").GetBoolean());
        }

        JsonElement listed = (await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", TestSeeds.AppId(5))))).GetProperty("ChangeOrderList")[0];
        Assert.Equal((code, "2026-03-01 16:00:02"), (listed.GetProperty("Status").GetInt32(), listed.GetProperty("FinishTime").GetString()));
    }

    [Fact]
    public async Task AFaultInTheFirstBatch_FailsAtItsEnd_AndNothingChanges()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(
            TestSeeds.Line(2, delayMs: 1000, status: "RUNNING", faults: new Dictionary<int, string> { [1] = "Terminated" }));
        string id = await host.StopApplicationsAsync(TestSeeds.Namespace);

        host.Clock.Advance(TimeSpan.FromMilliseconds(499));
        int[] early = Statuses(await host.DescribeChangeOrderAsync(id));
        Assert.Equal([1, 0], early);
        host.Clock.Advance(TimeSpan.FromMilliseconds(1));

        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(6, order.GetProperty("Status").GetInt32());
        Assert.Equal([6, 0], Statuses(order));
        Assert.Equal("Batch 1 was terminated while changing application svc1 (emulated fault).", order.GetProperty("ErrorMessage").GetString());
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(1)));
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(2)));
    }

    [Fact]
    public async Task AFailedOrder_FreesItsApplications_AndEveryLaterOrderOverTheFaultyOneFailsToo()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(1, delayMs: 100, faults: new Dictionary<int, string> { [1] = "Failed" }));
        string first = await host.RestartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppId(1));
        host.Clock.Advance(TimeSpan.FromMilliseconds(100));

        string second = await host.StartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppId(1));
        host.Clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(3, (await host.DescribeChangeOrderAsync(first)).GetProperty("Status").GetInt32());
        Assert.Equal(3, (await host.DescribeChangeOrderAsync(second)).GetProperty("Status").GetInt32());
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(1)));
    }

    [Fact]
    public async Task DefaultSeed_CanaryNamespace_StartsCanaryWeb_ThenFailsOnCanaryBroken()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string id = await host.StartApplicationsAsync("cn-hangzhou:canary");

        host.Clock.Advance(TimeSpan.FromMilliseconds(750));
        JsonElement halfway = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(1, halfway.GetProperty("Status").GetInt32());
        Assert.Equal([2, 1], Statuses(halfway));
        Assert.Equal(("RUNNING", 1), await host.AppStateAsync(CanaryWeb));

        host.Clock.Advance(TimeSpan.FromMilliseconds(750));
        JsonElement failed = await host.DescribeChangeOrderAsync(id);
        Assert.Equal((3, 1), (failed.GetProperty("Status").GetInt32(), failed.GetProperty("SubStatus").GetInt32()));
        Assert.Equal([2, 3], Statuses(failed));
        Assert.Equal("Batch 2 failed: application canary-broken did not become healthy (emulated fault).", failed.GetProperty("ErrorMessage").GetString());
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(CanaryBroken));
        JsonElement state = await host.GetStateAsync();
        Assert.Equal("Failed", host.FindApp(state, CanaryBroken).GetProperty("changeOrderFault").GetString());
        Assert.Equal(JsonValueKind.Null, host.FindApp(state, CanaryWeb).GetProperty("changeOrderFault").ValueKind);
    }

    [Fact]
    public async Task TheAdminSeed_TakesChangeOrderFault_AndRefusesAnUnknownOne()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        HttpResponseMessage good = await host.PutSeedAsync(TestSeeds.Line(1, delayMs: 0, faults: new Dictionary<int, string> { [1] = "SystemFailed" }));
        HttpResponseMessage bad = await host.PutSeedAsync(TestSeeds.Line(1, delayMs: 0, faults: new Dictionary<int, string> { [1] = "failed" }));

        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("unknown changeOrderFault 'failed'", JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString());
        string id = await host.StartApplicationsAsync(TestSeeds.Namespace);
        Assert.Equal(10, (await host.DescribeChangeOrderAsync(id)).GetProperty("Status").GetInt32());
    }

    private static int[] Statuses(JsonElement order) => order.GetProperty("Pipelines").EnumerateArray().Select(p => p.GetProperty("Status").GetInt32()).ToArray();
}
