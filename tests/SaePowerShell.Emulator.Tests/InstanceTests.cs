using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>DescribeApplicationInstances, RestartInstances, DeleteInstances and DescribeInstanceLog.</summary>
public sealed class InstanceTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task ARunningApplication_HasItsReplicasAsInstances_AndAStoppedOneNone(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        string groupId = await host.GroupIdAsync(Web);

        SaeReply reply = await host.SendAsync(AppApi.DescribeInstances(Web, groupId).WithScheme(scheme));

        SurfaceFile.AssertConforms("DescribeApplicationInstances", reply.Body);
        Assert.Equal((1, 10, 2), (reply.Data.GetProperty("CurrentPage").GetInt32(), reply.Data.GetProperty("PageSize").GetInt32(), reply.Data.GetProperty("TotalSize").GetInt32()));
        JsonElement[] instances = reply.Data.GetProperty("Instances").EnumerateArray().ToArray();
        Assert.Equal(2, instances.Length);
        Assert.All(instances, i =>
        {
            Assert.Matches("^web-[0-9a-f]{8}-[0-9a-f]{5}$", i.GetProperty("InstanceId").GetString());
            Assert.Equal((groupId, "Running", "Running", "WithoutHealthCheckConfig"), (i.GetProperty("GroupId").GetString(), i.GetProperty("InstanceContainerStatus").GetString(),
                i.GetProperty("MainContainerStatus").GetString(), i.GetProperty("InstanceHealthStatus").GetString()));
            Assert.Matches(@"^192\.168\.\d+\.\d+$", i.GetProperty("InstanceContainerIp").GetString());
            Assert.Equal((0L, host.Clock.GetUtcNow().ToUnixTimeMilliseconds()), (i.GetProperty("InstanceContainerRestarts").GetInt64(), i.GetProperty("CreateTimeStamp").GetInt64()));
            Assert.Equal(WebImage, i.GetProperty("ImageUrl").GetString());
        });
        Assert.Equal(2, instances.Select(i => i.GetProperty("InstanceContainerIp").GetString()).Distinct().Count());
        Assert.Equal(0, (await host.CallAsync(AppApi.DescribeInstances(Idle, await host.GroupIdAsync(Idle)))).GetProperty("TotalSize").GetInt32());

        // Sorted by id, Reverse turns it round; one id, and paging, select.
        string[] ids = instances.Select(i => i.GetProperty("InstanceId").GetString()!).ToArray();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        JsonElement reversed = await host.CallAsync(AppApi.DescribeInstances(Web, groupId, ("Reverse", "true")));
        Assert.Equal(ids.Reverse(), reversed.GetProperty("Instances").EnumerateArray().Select(i => i.GetProperty("InstanceId").GetString()!));
        JsonElement one = await host.CallAsync(AppApi.DescribeInstances(Web, groupId, ("InstanceId", ids[1])));
        Assert.Equal(ids[1], one.GetProperty("Instances").EnumerateArray().Single().GetProperty("InstanceId").GetString());
        JsonElement page2 = await host.CallAsync(AppApi.DescribeInstances(Web, groupId, ("PageSize", "1"), ("CurrentPage", "2")));
        Assert.Equal((2, ids[1]), (page2.GetProperty("TotalSize").GetInt32(), page2.GetProperty("Instances").EnumerateArray().Single().GetProperty("InstanceId").GetString()));
    }

    [Fact]
    public async Task PipelineId_SelectsTheInstancesThatBatchCreated()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "auto")));
        host.Pass();
        JsonElement order = await host.DescribeChangeOrderAsync(id);

        JsonElement first = await host.CallAsync(AppApi.DescribeInstances(Web, await host.GroupIdAsync(Web), ("PipelineId", PipelineId(order, 0))));

        Assert.Equal(1, first.GetProperty("TotalSize").GetInt32());
        Assert.Equal(NewImage, first.GetProperty("Instances")[0].GetProperty("ImageUrl").GetString());
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task RestartingOneInstance_CountsTheRestart_AndKeepsItsEarlierLogAsThePreviousLog(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] ids = await host.InstanceIdsAsync(Web);
        SaeReply firstLog = await host.SendAsync(AppApi.DescribeInstanceLog(ids[0]).WithScheme(scheme));
        SurfaceFile.AssertConforms("DescribeInstanceLog", firstLog.Body);
        string started = firstLog.Data.GetString()!;
        Assert.Contains("2026-03-01T08:00:00Z [web] Started container main of application web, image " + WebImage, started);
        Assert.Equal("", (await host.CallAsync(AppApi.DescribeInstanceLog(ids[0], ("Previous", "true")))).GetString());

        SaeReply reply = await host.SendAsync(AppApi.RestartInstances(Web, ids[0]).WithScheme(scheme));
        SurfaceFile.AssertConforms("RestartInstances", reply.Body);
        string id = reply.Data.GetProperty("ChangeOrderId").GetString()!;
        host.Pass();

        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(("CoRestartInstances", "Batch Restart Instances", 2), (order.GetProperty("CoTypeCode").GetString(), order.GetProperty("CoType").GetString(), order.GetProperty("Status").GetInt32()));
        Assert.Equal(1, order.GetProperty("Pipelines")[0].GetProperty("ParallelCount").GetInt32());
        JsonElement[] instances = await host.InstancesAsync(Web);
        Assert.Equal(ids, instances.Select(i => i.GetProperty("InstanceId").GetString()!));
        Assert.Equal([1L, 0L], instances.Select(i => i.GetProperty("InstanceContainerRestarts").GetInt64()));
        string previous = (await host.CallAsync(AppApi.DescribeInstanceLog(ids[0], ("Previous", "true")))).GetString()!;
        string now = (await host.CallAsync(AppApi.DescribeInstanceLog(ids[0], ("Previous", "false")))).GetString()!;
        Assert.StartsWith(started, previous, StringComparison.Ordinal);
        Assert.Contains("2026-03-01T08:00:01Z [web] Stopping container main for a restart", previous);
        Assert.Contains("2026-03-01T08:00:01Z [web] Restarted container main (restart 1)", now);
        Assert.DoesNotContain("Pulled image", now);
        Assert.EndsWith("\n", now);
        Assert.Equal([id], host.FindApp(await host.GetStateAsync(), Web).GetProperty("instancesRestartedBy").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task DeletingAnInstance_ReplacesItWithANewOne(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] ids = await host.InstanceIdsAsync(Web);

        SaeReply reply = await host.SendAsync(AppApi.DeleteInstances(Web, ids[1]).WithScheme(scheme));
        SurfaceFile.AssertConforms("DeleteInstances", reply.Body);
        string id = reply.Data.GetProperty("ChangeOrderId").GetString()!;
        Assert.Equal(ids, await host.InstanceIdsAsync(Web));
        host.Pass();

        Assert.Equal(("CoDeleteInstances", 2), ((await host.DescribeChangeOrderAsync(id)).GetProperty("CoTypeCode").GetString(), await host.OrderStatusAsync(id)));
        string[] after = await host.InstanceIdsAsync(Web);
        Assert.Equal(2, after.Length);
        Assert.Contains(ids[0], after);
        Assert.DoesNotContain(ids[1], after);
        AssertError(await host.SendAsync(AppApi.DescribeInstanceLog(ids[1])), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{InstanceId}", ids[1]);
    }

    [Fact]
    public async Task InstanceIds_MustBeTheApplicationsOwn()
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] web = await host.InstanceIdsAsync(Web);
        string broken = (await host.InstanceIdsAsync(Broken))[0];

        foreach (Func<string, string[], SaeRequest> api in new Func<string, string[], SaeRequest>[] { AppApi.RestartInstances, AppApi.DeleteInstances })
        {
            AssertError(await host.SendAsync(api(Web, [web[0], broken])), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{InstanceIds}", broken);
            AssertError(await host.SendAsync(api(Web, ["web-00000000-00000"])), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{InstanceIds}", "web-00000000-00000");
            AssertError(await host.SendAsync(api(Idle, [web[0]])), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{InstanceIds}", web[0]);
            AssertError(await host.SendAsync(api(Web, [web[0], ""])), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{InstanceIds}");
            AssertError(await host.SendAsync(api("no-such-app", [web[0]])), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        }

        Assert.Empty((await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", Web)))).GetProperty("ChangeOrderList").EnumerateArray());
    }

    [Fact]
    public async Task TheGroupMustBeTheApplications_AndTheLogsInstanceMustExist()
    {
        await using EmulatorTestHost host = await StartAsync();
        string idleGroup = await host.GroupIdAsync(Idle);
        string instance = (await host.InstanceIdsAsync(Web))[0];

        AssertError(await host.SendAsync(AppApi.DescribeInstances(Web, idleGroup)), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{GroupId}", idleGroup);
        AssertError(await host.SendAsync(AppApi.DescribeInstances("no-such-app", idleGroup)), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(AppApi.DescribeInstances(Web, await host.GroupIdAsync(Web), ("PageSize", "0"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{PageSize}");
        AssertError(await host.SendAsync(AppApi.DescribeInstanceLog("web-00000000-00000")), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{InstanceId}", "web-00000000-00000");
        AssertError(await host.SendAsync(AppApi.DescribeInstanceLog(instance, ("ContainerId", "sidecar-test-01"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{ContainerId}");
        AssertError(await host.SendAsync(AppApi.DescribeInstanceLog(instance, ("Previous", "maybe"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{Previous}");
    }

    [Fact]
    public async Task StartingCreatesInstances_AndStoppingRemovesThem()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.StartApplicationsAsync(Namespace, Idle);
        host.Pass();
        Assert.Equal(2, (await host.InstancesAsync(Idle)).Length);

        await host.StopApplicationsAsync(Namespace, Idle);
        host.Pass();
        Assert.Empty(await host.InstancesAsync(Idle));
        Assert.Empty(host.FindApp(await host.GetStateAsync(), Idle).GetProperty("instanceIds").EnumerateArray());
    }
}
