using System.Text.Json;
using SaePowerShell.Emulator;
using SaePowerShell.Emulator.Seed;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// <c>--batch-orders-per-namespace</c> and the seed's <c>batchOrdersPerNamespace</c>: batch change orders belong to the
/// namespace only, so an application's status and change order list do not show them.
/// </summary>
public sealed class BatchOrdersPerNamespaceTests
{
    private const string Demo = "cn-hangzhou:demo";

    public static readonly TheoryData<string> BatchApis = new() { "BatchStartApplications", "BatchStopApplications", "BatchRestartApplications" };

    [Theory]
    [MemberData(nameof(BatchApis))]
    public async Task FromTheCommandLine_TheApplicationDoesNotReportTheOrder_ButItIsReachableByIdAndStillHoldsTheApplication(string api)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { BatchOrdersPerNamespace = true });

        string id = await host.RunBatchAsync(api, Demo, DemoOrderApi);

        await AssertNothingReportedAsync(host, DemoOrderApi);
        Assert.Equal(id, (await host.DescribeChangeOrderAsync(id)).GetProperty("ChangeOrderId").GetString());
        Assert.Equal("Application.ChangerOrderRunning", (await host.SendAsync(SaeRequest.Batch(api, ("NamespaceId", Demo), ("AppIds", DemoOrderApi)))).ErrorCode);

        JsonElement listed = await host.CallAsync(SaeRequest.ListNamespaceChangeOrders(("NamespaceId", Demo)));
        string[] namespaceOrders = listed.GetProperty("ChangeOrderList").EnumerateArray().Select(o => o.GetProperty("ChangeOrderId").GetString()!).ToArray();
        Assert.Equal(api == "BatchRestartApplications" ? [] : [id], namespaceOrders);

        // The order still does its work; the application just never reports it.
        host.Clock.Advance(TimeSpan.FromMilliseconds(1500));
        Assert.Equal(api == "BatchStopApplications" ? ("STOPPED", 0) : ("RUNNING", 3), await host.AppStateAsync(DemoOrderApi));
        Assert.Equal(2, (await host.DescribeChangeOrderAsync(id)).GetProperty("Status").GetInt32());
        await AssertNothingReportedAsync(host, DemoOrderApi);
        Assert.True((await host.GetStateAsync()).GetProperty("batchOrdersPerNamespace").GetBoolean());
    }

    [Fact]
    public async Task FromTheSeed_ItIsTheSame_AndAStartOfTheWholeNamespaceReportsNothingOnAnyApplication()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync("""
            { "batchOrdersPerNamespace": true, "namespaces": [ { "namespaceId": "cn-hangzhou:n" } ],
              "applications": [ { "appId": "a", "appName": "a", "namespaceId": "cn-hangzhou:n" }, { "appId": "b", "appName": "b", "namespaceId": "cn-hangzhou:n" } ] }
            """);

        string id = await host.StartApplicationsAsync("cn-hangzhou:n");

        await AssertNothingReportedAsync(host, "a");
        await AssertNothingReportedAsync(host, "b");
        Assert.Equal(["a", "b"], (await host.GetStateAsync()).GetProperty("changeOrders")[0].GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, (await host.DescribeChangeOrderAsync(id)).GetProperty("Status").GetInt32());
    }

    [Fact]
    public async Task WithoutTheSwitch_TheApplicationReportsItsBatchOrders()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        string id = await host.StartApplicationsAsync(Demo, DemoOrderApi);

        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(DemoOrderApi));
        Assert.Equal((id, true), (status.GetProperty("LastChangeOrderId").GetString(), status.GetProperty("LastChangeOrderRunning").GetBoolean()));
        Assert.Equal(1, (await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", DemoOrderApi)))).GetProperty("TotalSize").GetInt32());
        Assert.False((await host.GetStateAsync()).GetProperty("batchOrdersPerNamespace").GetBoolean());
    }

    [Theory]
    [InlineData("--batch-orders-per-namespace")]
    [InlineData("--BATCH-ORDERS-PER-NAMESPACE")]
    public void TheCommandLineSwitch_TakesNoValue(string arg)
    {
        EmulatorOptions options = EmulatorOptions.Parse([arg, "--latency-ms", "5"]);

        Assert.True(options.BatchOrdersPerNamespace);
        Assert.Equal(5, options.LatencyMs);
    }

    [Fact]
    public void TheSeedMember_IsKeptByTheLoader()
    {
        Assert.True(SeedLoader.Parse("""{ "batchOrdersPerNamespace": true }""").BatchOrdersPerNamespace);
        Assert.Null(SeedLoader.Parse("{}").BatchOrdersPerNamespace);
    }

    private static async Task AssertNothingReportedAsync(EmulatorTestHost host, string appId)
    {
        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(appId));
        Assert.Equal(("", false, ""), (
            status.GetProperty("LastChangeOrderId").GetString(),
            status.GetProperty("LastChangeOrderRunning").GetBoolean(),
            status.GetProperty("LastChangeOrderStatus").GetString()));
        JsonElement list = await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", appId)));
        Assert.Equal(0, list.GetProperty("TotalSize").GetInt32());
        Assert.Empty(list.GetProperty("ChangeOrderList").EnumerateArray());
    }
}
