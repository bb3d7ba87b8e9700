using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>RescaleApplication (instances) and RescaleApplicationVertically (CPU and memory), each a one-batch change order.</summary>
public sealed class RescaleApplicationTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task RescaleToThree_GivesThreeInstances_AndBackToOne_GivesOne(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] seeded = await host.InstanceIdsAsync(Web);
        string oldest = host.FindApp(await host.GetStateAsync(), Web).GetProperty("instanceIds")[0].GetString()!;

        SaeReply reply = await host.SendAsync(AppApi.Rescale(Web, 3).WithScheme(scheme));
        SurfaceFile.AssertConforms("RescaleApplication", reply.Body);
        string outId = reply.Data.GetProperty("ChangeOrderId").GetString()!;
        JsonElement order = await host.DescribeChangeOrderAsync(outId);
        Assert.Equal(("CoScaleOut", 1, "auto", false), (order.GetProperty("CoTypeCode").GetString(), order.GetProperty("BatchCount").GetInt32(),
            order.GetProperty("BatchType").GetString(), order.GetProperty("SupportRollback").GetBoolean()));
        Assert.Equal(1, order.GetProperty("Pipelines")[0].GetProperty("ParallelCount").GetInt32());
        Assert.Equal(2, (await host.InstancesAsync(Web)).Length);
        host.Pass();

        Assert.Equal(2, await host.OrderStatusAsync(outId));
        string[] three = await host.InstanceIdsAsync(Web);
        Assert.Equal(3, three.Length);
        Assert.Subset(three.ToHashSet(), seeded.ToHashSet());
        Assert.Equal(("RUNNING", 3), await host.AppStateAsync(Web));

        string inId = await host.OrderAsync(AppApi.Rescale(Web, 1).WithScheme(scheme));
        Assert.Equal("CoScaleIn", (await host.DescribeChangeOrderAsync(inId)).GetProperty("CoTypeCode").GetString());
        host.Pass();

        // The newest go first: the one left is the oldest (the admin state lists instances oldest first).
        Assert.Equal([oldest], await host.InstanceIdsAsync(Web));
        JsonElement app = host.FindApp(await host.GetStateAsync(), Web);
        Assert.Equal((1, 1), (app.GetProperty("instances").GetInt32(), app.GetProperty("runningInstances").GetInt32()));
        Assert.Equal([outId], app.GetProperty("scaledOutBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([inId], app.GetProperty("scaledInBy").EnumerateArray().Select(e => e.GetString()));
        JsonElement listed = await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", Namespace), ("AppName", "web")));
        Assert.Equal((1, 1), (listed.GetProperty("Applications")[0].GetProperty("Instances").GetInt32(), listed.GetProperty("Applications")[0].GetProperty("RunningInstances").GetInt32()));
        Assert.Equal(1, (await host.CallAsync(AppApi.DescribeGroups(Web)))[0].GetProperty("Replicas").GetInt32());
    }

    [Fact]
    public async Task RescalingAStoppedApplication_ChangesItsReplicas_AndTheSameCountIsStillAnOrder()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(AppApi.Rescale(Idle, 4));
        host.Pass();
        string same = await host.OrderAsync(AppApi.Rescale(Idle, 4));
        host.Pass();

        Assert.Equal(2, await host.OrderStatusAsync(same));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(Idle));
        Assert.Equal(4, (await host.CallAsync(AppApi.DescribeConfig(Idle))).GetProperty("Replicas").GetInt32());
        await host.StartApplicationsAsync(Namespace, Idle);
        host.Pass();
        Assert.Equal(4, (await host.InstancesAsync(Idle)).Length);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task RescaleVertically_ChangesCpuAndMemory_AndRecreatesTheInstances(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] before = await host.InstanceIdsAsync(Web);

        SaeReply reply = await host.SendAsync(AppApi.RescaleVertically(Web, "2000", "4096").WithScheme(scheme));
        SurfaceFile.AssertConforms("RescaleApplicationVertically", reply.Body);
        string id = reply.Data.GetProperty("ChangeOrderId").GetString()!;
        Assert.Equal("CoRescaleApplicationVertically", (await host.DescribeChangeOrderAsync(id)).GetProperty("CoTypeCode").GetString());
        host.Pass();

        Assert.Equal(2, await host.OrderStatusAsync(id));
        JsonElement app = (await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", Namespace), ("AppName", "web")))).GetProperty("Applications")[0];
        Assert.Equal((2000, 4096), (app.GetProperty("Cpu").GetInt32(), app.GetProperty("Mem").GetInt32()));
        JsonElement config = await host.CallAsync(AppApi.DescribeConfig(Web));
        Assert.Equal((2000, 4096), (config.GetProperty("Cpu").GetInt32(), config.GetProperty("Memory").GetInt32()));
        string[] after = await host.InstanceIdsAsync(Web);
        Assert.Equal(2, after.Length);
        Assert.Empty(after.Intersect(before));
    }

    [Theory]
    [InlineData("-1", "InvalidParameter.Obviously", "{Replicas}")]
    [InlineData("1001", "NoComputeResourceQuota.App.Exceed", "Replicas 1001")]
    [InlineData("2", null, null)]
    public async Task Replicas_MustBeACountTheEmulatorCanHold(string replicas, string? code, string? messagePart)
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.Api("RescaleApplication", "PUT", "/pop/v1/sam/app/rescaleApplication", ("AppId", Web), ("Replicas", replicas)));

        if (code is null)
        {
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }
        else
        {
            AssertError(reply, HttpStatusCode.BadRequest, code, messagePart!);
            Assert.Empty(host.FindApp(await host.GetStateAsync(), Web).GetProperty("scaledOutBy").EnumerateArray());
        }
    }

    [Theory]
    [InlineData("0", "2048", "{Cpu}")]
    [InlineData("1000", "lots", "{Memory}")]
    [InlineData("-500", "2048", "{Cpu}")]
    public async Task RescaleVertically_NeedsWholePositiveSizes(string cpu, string memory, string named)
    {
        await using EmulatorTestHost host = await StartAsync();

        AssertError(await host.SendAsync(AppApi.RescaleVertically(Web, cpu, memory)), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", named);
        AssertError(await host.SendAsync(AppApi.RescaleVertically("no-such-app", cpu, memory)), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
    }
}
