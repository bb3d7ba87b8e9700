using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// StartApplication, StopApplication and RestartApplication: the batch APIs' effects on one application, in an order
/// of one batch the application reports as its own, counted in the admin ledgers; a busy or unknown one is refused.
/// </summary>
public sealed class SingleApplicationOrderTests
{
    [Fact]
    public async Task Start_IsACoStartOrder_TheApplicationRunsWhenItSucceeds_AndTheLedgerCountsIt()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply started = await host.SendAsync(Single("StartApplication", Idle));

        SurfaceFile.AssertConforms("StartApplication", started.Body);
        string orderId = started.Data.GetProperty("ChangeOrderId").GetString()!;
        AssertError(await host.SendAsync(Single("StopApplication", Idle)), HttpStatusCode.BadRequest, "Application.ChangerOrderRunning");
        host.Pass(2);
        JsonElement order = await host.DescribeChangeOrderAsync(orderId);
        Assert.Equal(("CoStart", 2), (order.GetProperty("CoTypeCode").GetString(), order.GetProperty("Status").GetInt32()));
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(Idle));
        JsonElement listed = await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", Idle)));
        Assert.Contains(listed.GetProperty("ChangeOrderList").EnumerateArray(), o => o.GetProperty("ChangeOrderId").GetString() == orderId);
        JsonElement state = await host.GetStateAsync();
        Assert.Equal([orderId], host.FindApp(state, Idle).GetProperty("startedBy").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Stop_IsACoStopOrder_TheInstancesGo()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply stopped = await host.SendAsync(Single("StopApplication", Web));

        SurfaceFile.AssertConforms("StopApplication", stopped.Body);
        host.Pass(2);
        Assert.Equal("CoStop", (await host.DescribeChangeOrderAsync(stopped.Data.GetProperty("ChangeOrderId").GetString()!)).GetProperty("CoTypeCode").GetString());
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(Web));
        Assert.Empty(await host.InstanceIdsAsync(Web));
        Assert.Single(host.FindApp(await host.GetStateAsync(), Web).GetProperty("stoppedBy").EnumerateArray());
    }

    [Fact]
    public async Task Restart_PutsTheApplicationOnNewInstances_AndChecksMinReady()
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] before = await host.InstanceIdsAsync(Web);

        SaeReply restarted = await host.SendAsync(Single("RestartApplication", Web, ("MinReadyInstances", "1"), ("AutoEnableApplicationScalingRule", "true")));

        SurfaceFile.AssertConforms("RestartApplication", restarted.Body);
        host.Pass(2);
        Assert.Equal("CoRestartApplication", (await host.DescribeChangeOrderAsync(restarted.Data.GetProperty("ChangeOrderId").GetString()!)).GetProperty("CoTypeCode").GetString());
        string[] after = await host.InstanceIdsAsync(Web);
        Assert.Equal(2, after.Length);
        Assert.Empty(after.Intersect(before));
        AssertError(await host.SendAsync(Single("RestartApplication", Web, ("MinReadyInstanceRatio", "101"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "MinReadyInstanceRatio");
    }

    [Theory]
    [InlineData("StartApplication")]
    [InlineData("StopApplication")]
    [InlineData("RestartApplication")]
    public async Task AnUnknownApplication_IsRefused_AndAFailingOneFailsItsOrder(string api)
    {
        await using EmulatorTestHost host = await StartAsync();

        AssertError(await host.SendAsync(Single(api, "app-none")), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        string orderId = await host.OrderAsync(Single(api, Broken));
        host.Pass(2);

        Assert.Equal(3, await host.OrderStatusAsync(orderId));
    }

    private static SaeRequest Single(string api, string appId, params (string Key, string Value)[] query)
    {
        string path = api switch
        {
            "StartApplication" => "/pop/v1/sam/app/startApplication",
            "StopApplication" => "/pop/v1/sam/app/stopApplication",
            _ => "/pop/v1/sam/app/restartApplication",
        };
        return SaeRequest.Api(api, "PUT", path, [("AppId", appId), .. query]);
    }
}
