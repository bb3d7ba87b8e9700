using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>DescribeChangeOrder, DescribeApplicationStatus and the passage of (fake) time.</summary>
public sealed class ChangeOrderTests
{
    [Fact]
    public async Task ChangeOrder_ExecutesForTheDelay_ThenSucceeds_AndItsApplicationsRun()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        DateTimeOffset created = host.Clock.GetUtcNow();
        string id = await host.StartApplicationsAsync("cn-hangzhou:demo", DemoWebFrontend, DemoOrderApi);

        JsonElement executing = await host.CallAsync(SaeRequest.DescribeChangeOrder(id));
        Assert.Equal(1, executing.GetProperty("Status").GetInt32());
        Assert.Equal(1, executing.GetProperty("Pipelines")[0].GetProperty("Status").GetInt32());

        // Two applications run in two batches; the second (order-api) finishes with the whole delay.
        host.Clock.Advance(TimeSpan.FromMilliseconds(EmulatorOptions.DefaultChangeOrderDelayMs - 1));
        Assert.Equal(1, (await host.CallAsync(SaeRequest.DescribeChangeOrder(id))).GetProperty("Status").GetInt32());
        Assert.Equal("STOPPED", host.FindApp(await host.GetStateAsync(), DemoOrderApi).GetProperty("status").GetString());

        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        JsonElement done = await host.CallAsync(SaeRequest.DescribeChangeOrder(id));

        Assert.Equal(2, done.GetProperty("Status").GetInt32());
        JsonElement pipeline = done.GetProperty("Pipelines")[0];
        Assert.Equal(2, pipeline.GetProperty("Status").GetInt32());
        Assert.Equal(created.ToUnixTimeMilliseconds(), pipeline.GetProperty("StartTime").GetInt64());
        JsonElement last = done.GetProperty("Pipelines")[1];
        Assert.Equal(2, last.GetProperty("Status").GetInt32());
        Assert.Equal(created.AddMilliseconds(EmulatorOptions.DefaultChangeOrderDelayMs).ToUnixTimeMilliseconds(), last.GetProperty("UpdateTime").GetInt64());
        JsonElement state = await host.GetStateAsync();
        Assert.Equal("RUNNING", host.FindApp(state, DemoWebFrontend).GetProperty("status").GetString());
        Assert.Equal(2, host.FindApp(state, DemoWebFrontend).GetProperty("runningInstances").GetInt32());
        Assert.Equal(3, host.FindApp(state, DemoOrderApi).GetProperty("runningInstances").GetInt32());
        Assert.Equal("STOPPED", host.FindApp(state, DemoPaymentWorker).GetProperty("status").GetString());
        Assert.Equal(2, state.GetProperty("changeOrders")[0].GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task DescribeChangeOrder_ReportsTheDocumentedFields()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string id = await host.StartApplicationsAsync("cn-hangzhou:demo", DemoOrderApi, DemoWebFrontend);

        JsonElement data = await host.CallAsync(SaeRequest.DescribeChangeOrder(id));

        Assert.Equal(id, data.GetProperty("ChangeOrderId").GetString());
        Assert.Equal(DemoOrderApi, data.GetProperty("AppId").GetString());
        Assert.Equal("order-api", data.GetProperty("AppName").GetString());
        Assert.Equal(0, data.GetProperty("SubStatus").GetInt32());
        Assert.Equal("CoBatchStartApplication", data.GetProperty("CoTypeCode").GetString());
        Assert.Equal("Batch Start Applications", data.GetProperty("CoType").GetString());
        Assert.Equal("2026-03-01 16:00:00", data.GetProperty("CreateTime").GetString());
        Assert.Equal("", data.GetProperty("ErrorMessage").GetString());
        Assert.Equal(2, data.GetProperty("BatchCount").GetInt32());
        Assert.Equal("auto", data.GetProperty("BatchType").GetString());
        Assert.Equal("Batch Start Applications: 2 application(s) in cn-hangzhou:demo", data.GetProperty("Description").GetString());
        JsonElement[] pipelines = data.GetProperty("Pipelines").EnumerateArray().ToArray();
        Assert.Equal(["Batch 1", "Batch 2"], pipelines.Select(p => p.GetProperty("PipelineName").GetString()));
        Assert.All(pipelines, p => Assert.Equal(0, p.GetProperty("BatchType").GetInt32()));
        Assert.All(pipelines, p => Assert.Equal(1, p.GetProperty("ParallelCount").GetInt32()));
        Assert.All(pipelines, p => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", p.GetProperty("PipelineId").GetString()));
        Assert.NotEqual(pipelines[0].GetProperty("PipelineId").GetString(), pipelines[1].GetProperty("PipelineId").GetString());
        Assert.Equal(pipelines[0].GetProperty("PipelineId").GetString(), data.GetProperty("CurrentPipelineId").GetString());
    }

    [Fact]
    public async Task DescribeChangeOrder_WithoutId_IsNotEmpty_AndUnknownId_IsNotFound()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply missing = await host.SendAsync(SaeRequest.DescribeChangeOrder(""));
        SaeReply unknown = await host.SendAsync(SaeRequest.DescribeChangeOrder("01db03d3-3ee9-48b3-b3d0-dfce2d880000"));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty"), (missing.Status, missing.ErrorCode));
        Assert.Equal("You must specify the parameter ChangeOrderId.", missing.Message);
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidChangeOrder.NotFound"), (unknown.Status, unknown.ErrorCode));
    }

    [Fact]
    public async Task DescribeApplicationStatus_FollowsTheLastChangeOrder()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { ChangeOrderDelayMs = 200 });

        JsonElement before = await host.CallAsync(SaeRequest.DescribeApplicationStatus(DemoOrderApi));
        Assert.Equal(DemoOrderApi, before.GetProperty("AppId").GetString());
        Assert.Equal("STOPPED", before.GetProperty("CurrentStatus").GetString());
        Assert.Equal(0, before.GetProperty("RunningInstances").GetInt32());
        Assert.Equal("", before.GetProperty("LastChangeOrderId").GetString());
        Assert.False(before.GetProperty("LastChangeOrderRunning").GetBoolean());
        Assert.Equal("", before.GetProperty("LastChangeOrderStatus").GetString());
        Assert.Equal("NORMAL", before.GetProperty("SubStatus").GetString());
        Assert.Equal(host.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), before.GetProperty("CreateTime").GetString());

        string id = await host.StartApplicationsAsync("cn-hangzhou:demo", DemoOrderApi);
        JsonElement during = await host.CallAsync(SaeRequest.DescribeApplicationStatus(DemoOrderApi));
        Assert.Equal("STOPPED", during.GetProperty("CurrentStatus").GetString());
        Assert.Equal(id, during.GetProperty("LastChangeOrderId").GetString());
        Assert.True(during.GetProperty("LastChangeOrderRunning").GetBoolean());
        Assert.Equal("RUNNING", during.GetProperty("LastChangeOrderStatus").GetString());

        host.Clock.Advance(TimeSpan.FromMilliseconds(200));
        JsonElement after = await host.CallAsync(SaeRequest.DescribeApplicationStatus(DemoOrderApi));
        Assert.Equal("RUNNING", after.GetProperty("CurrentStatus").GetString());
        Assert.Equal(3, after.GetProperty("RunningInstances").GetInt32());
        Assert.False(after.GetProperty("LastChangeOrderRunning").GetBoolean());
        Assert.Equal("SUCCESS", after.GetProperty("LastChangeOrderStatus").GetString());
    }

    [Fact]
    public async Task DescribeApplicationStatus_WithoutId_IsNotEmpty_AndUnknownId_IsApplicationNotFound()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply missing = await host.SendAsync(SaeRequest.DescribeApplicationStatus(" "));
        SaeReply unknown = await host.SendAsync(SaeRequest.DescribeApplicationStatus("0d1e2f3a-0000-4000-8000-00000000dead"));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty"), (missing.Status, missing.ErrorCode));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidApplication.NotFound"), (unknown.Status, unknown.ErrorCode));
        Assert.Equal("The current application does not exist.", unknown.Message);
    }

    [Fact]
    public async Task SeedDelay_AppliesWhenTheCommandLineHasNone_AndTheCommandLineWins()
    {
        const string seed = """
            { "changeOrderDelayMs": 5000,
              "namespaces": [ { "namespaceId": "cn-hangzhou:t" } ],
              "applications": [ { "appId": "app-1", "appName": "one", "namespaceId": "cn-hangzhou:t" } ] }
            """;
        await using EmulatorTestHost fromSeed = await EmulatorTestHost.StartAsync(seed);
        await using EmulatorTestHost fromOptions = await EmulatorTestHost.StartAsync(seed, new EmulatorOptions { ChangeOrderDelayMs = 0 });

        string slow = await fromSeed.StartApplicationsAsync("cn-hangzhou:t", "app-1");
        string instant = await fromOptions.StartApplicationsAsync("cn-hangzhou:t", "app-1");
        fromSeed.Clock.Advance(TimeSpan.FromMilliseconds(4999));

        Assert.Equal(1, (await fromSeed.CallAsync(SaeRequest.DescribeChangeOrder(slow))).GetProperty("Status").GetInt32());
        Assert.Equal(2, (await fromOptions.CallAsync(SaeRequest.DescribeChangeOrder(instant))).GetProperty("Status").GetInt32());
        Assert.Equal(5000, (await fromSeed.GetStateAsync()).GetProperty("changeOrderDelayMs").GetInt32());
    }
}
