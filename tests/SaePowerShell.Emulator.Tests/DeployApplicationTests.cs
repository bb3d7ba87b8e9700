using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>DeployApplication: a new version, rolled out batch by batch, manual batches waiting for ConfirmPipelineBatch.</summary>
public sealed class DeployApplicationTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task ManualTwoBatchDeploy_WaitsAfterBatchOne_ConfirmRunsBatchTwo_AndTheNewVersionIsCurrent(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] before = await host.InstanceIdsAsync(Web);

        SaeReply deployed = await host.SendAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "manual"), ("ChangeOrderDesc", "release 2.0")).WithScheme(scheme));

        SurfaceFile.AssertConforms("DeployApplication", deployed.Body);
        Assert.Equal((Web, false), (deployed.Data.GetProperty("AppId").GetString(), deployed.Data.GetProperty("IsNeedApproval").GetBoolean()));
        string id = deployed.Data.GetProperty("ChangeOrderId").GetString()!;
        string[] versions = await host.VersionIdsAsync(Web);
        Assert.Equal(2, versions.Length);
        JsonElement order = await host.DescribeChangeOrderAsync(id);
        SurfaceFile.AssertConforms("DescribeChangeOrder", (await host.SendAsync(SaeRequest.DescribeChangeOrder(id))).Body);
        Assert.Equal(("CoDeploy", "manual", false, true, "release 2.0"), (order.GetProperty("CoTypeCode").GetString(), order.GetProperty("BatchType").GetString(),
            order.GetProperty("Auto").GetBoolean(), order.GetProperty("SupportRollback").GetBoolean(), order.GetProperty("Description").GetString()));
        Assert.Equal((Web, "web"), (order.GetProperty("AppId").GetString(), order.GetProperty("AppName").GetString()));
        Assert.Equal([1, 1], order.GetProperty("Pipelines").EnumerateArray().Select(p => p.GetProperty("ParallelCount").GetInt32()));
        Assert.Equal([1, 0], PipelineStatuses(order));

        // Batch 1 ends after half the delay: one instance replaced, and the order waits for a person.
        host.Pass(0.5);
        JsonElement waiting = await host.DescribeChangeOrderAsync(id);
        Assert.Equal((8, "manual"), (waiting.GetProperty("Status").GetInt32(), waiting.GetProperty("BatchType").GetString()));
        Assert.Equal([2, 8], PipelineStatuses(waiting));
        Assert.Equal(PipelineId(waiting, 1), waiting.GetProperty("CurrentPipelineId").GetString());
        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(Web));
        Assert.Equal(("WAIT_BATCH_CONFIRM", true), (status.GetProperty("LastChangeOrderStatus").GetString(), status.GetProperty("LastChangeOrderRunning").GetBoolean()));
        Assert.Equal([NewImage, WebImage], (await host.InstancesAsync(Web)).Select(i => i.GetProperty("ImageUrl").GetString()).Order().Reverse());
        Assert.Equal(WebImage, (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("ImageUrl").GetString());

        // It never moves on by itself.
        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(8, await host.OrderStatusAsync(id));

        DateTimeOffset confirmedAt = host.Clock.GetUtcNow();
        SaeReply confirmed = await host.SendAsync(AppApi.ConfirmPipelineBatch(PipelineId(waiting, 1), confirm: true).WithScheme(scheme));
        SurfaceFile.AssertConforms("ConfirmPipelineBatch", confirmed.Body);
        Assert.Equal(PipelineId(waiting, 1), confirmed.Data.GetProperty("PipelineId").GetString());
        JsonElement resumed = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(1, resumed.GetProperty("Status").GetInt32());
        Assert.Equal([2, 1], PipelineStatuses(resumed));
        Assert.Equal(confirmedAt.ToUnixTimeMilliseconds(), resumed.GetProperty("Pipelines")[1].GetProperty("StartTime").GetInt64());

        host.Pass(0.5);
        JsonElement done = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(2, done.GetProperty("Status").GetInt32());
        Assert.Equal([2, 2], PipelineStatuses(done));
        JsonElement[] instances = await host.InstancesAsync(Web);
        Assert.Equal(2, instances.Length);
        Assert.All(instances, i => Assert.Equal(NewImage, i.GetProperty("ImageUrl").GetString()));
        Assert.Empty(instances.Select(i => i.GetProperty("InstanceId").GetString()).Intersect(before));
        Assert.Equal(NewImage, (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("ImageUrl").GetString());
        Assert.Equal(versions[0], (await host.CallAsync(AppApi.DescribeGroups(Web)))[0].GetProperty("PackageVersionId").GetString());
        JsonElement app = host.FindApp(await host.GetStateAsync(), Web);
        Assert.Equal(versions[0], app.GetProperty("currentVersionId").GetString());
        Assert.Equal([id], app.GetProperty("deployedBy").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ADeployIsTheApplicationsOwn_ListedByListChangeOrders_NotByListNamespaceChangeOrders()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage)));

        SaeReply listed = await host.SendAsync(SaeRequest.ListChangeOrders(("AppId", Web), ("CoType", "CoDeploy")));
        JsonElement inNamespace = await host.CallAsync(SaeRequest.ListNamespaceChangeOrders(("NamespaceId", Namespace)));

        SurfaceFile.AssertConforms("ListChangeOrders", listed.Body);
        JsonElement entry = listed.Data.GetProperty("ChangeOrderList").EnumerateArray().Single();
        Assert.Equal((id, "CoDeploy", "auto", await host.GroupIdAsync(Web)), (entry.GetProperty("ChangeOrderId").GetString(),
            entry.GetProperty("CoTypeCode").GetString(), entry.GetProperty("BatchType").GetString(), entry.GetProperty("GroupId").GetString()));
        Assert.Empty((await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", Web), ("CoType", "CoRollback")))).GetProperty("ChangeOrderList").EnumerateArray());
        Assert.Equal(0, inNamespace.GetProperty("TotalSize").GetInt32());
        Assert.Equal(id, (await host.CallAsync(SaeRequest.DescribeApplicationStatus(Web))).GetProperty("LastChangeOrderId").GetString());
    }

    [Fact]
    public async Task WhileAManualDeployWaits_EveryOtherChangeOfTheApplication_IsChangerOrderRunning()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "manual")));
        host.Pass();
        string[] instances = await host.InstanceIdsAsync(Web);

        SaeRequest[] others =
        [
            AppApi.Deploy(Web), AppApi.Rescale(Web, 3), AppApi.RescaleVertically(Web, "1000", "2048"), AppApi.RestartInstances(Web, instances[0]),
            AppApi.DeleteInstances(Web, instances[0]), AppApi.Rollback(Web, (await host.VersionIdsAsync(Web))[1]),
            SaeRequest.BatchStop(("NamespaceId", Namespace), ("AppIds", Web)),
        ];
        foreach (SaeRequest other in others)
        {
            AssertError(await host.SendAsync(other), HttpStatusCode.BadRequest, "Application.ChangerOrderRunning");
        }

        Assert.Single(host.FindApp(await host.GetStateAsync(), Web).GetProperty("deployedBy").EnumerateArray());
    }

    [Theory]
    [InlineData(1000, 30, 1000)]
    [InlineData(4000, 1, 1000)]
    public async Task AutomaticBatches_PauseForBatchWaitTime_CappedAtTheChangeOrderDelay(int delayMs, int batchWaitSeconds, int pauseMs)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(Seed, new SaePowerShell.Emulator.EmulatorOptions { ChangeOrderDelayMs = delayMs });
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "auto"), ("BatchWaitTime", batchWaitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        host.Clock.Advance(TimeSpan.FromMilliseconds(delayMs / 2));
        JsonElement pausing = await host.DescribeChangeOrderAsync(id);
        Assert.Equal((9, batchWaitSeconds, true), (pausing.GetProperty("Status").GetInt32(), pausing.GetProperty("BatchWaitTime").GetInt32(), pausing.GetProperty("Auto").GetBoolean()));
        Assert.Equal([2, 9], PipelineStatuses(pausing));
        Assert.Equal("AUTO_BATCH_WAIT", (await host.CallAsync(SaeRequest.DescribeApplicationStatus(Web))).GetProperty("LastChangeOrderStatus").GetString());

        host.Clock.Advance(TimeSpan.FromMilliseconds(pauseMs - 1));
        Assert.Equal(9, await host.OrderStatusAsync(id));
        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        JsonElement second = await host.DescribeChangeOrderAsync(id);
        Assert.Equal([2, 1], PipelineStatuses(second));
        host.Clock.Advance(TimeSpan.FromMilliseconds(delayMs / 2));
        Assert.Equal(2, await host.OrderStatusAsync(id));
    }

    [Fact]
    public async Task AGrayUpdate_RunsAGrayBatchFirst_AndReplicasApplyOnSuccess()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), ("Replicas", "4"), AppApi.Strategy(2, "auto", gray: 1)));

        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal([1, 2, 1], order.GetProperty("Pipelines").EnumerateArray().Select(p => p.GetProperty("ParallelCount").GetInt32()));
        Assert.Equal(["Batch 1", "Batch 2", "Batch 3"], order.GetProperty("Pipelines").EnumerateArray().Select(p => p.GetProperty("PipelineName").GetString()));
        host.Pass();

        Assert.Equal(2, await host.OrderStatusAsync(id));
        JsonElement[] instances = await host.InstancesAsync(Web);
        Assert.Equal(4, instances.Length);
        Assert.All(instances, i => Assert.Equal(NewImage, i.GetProperty("ImageUrl").GetString()));
        Assert.Equal(4, (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("Replicas").GetInt32());
    }

    [Fact]
    public async Task AStoppedApplication_IsDeployed_WithoutInstances_AndTheVersionBecomesCurrent()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Idle, ("ImageUrl", NewImage)));
        host.Pass();

        Assert.Equal(2, await host.OrderStatusAsync(id));
        Assert.Empty(await host.InstancesAsync(Idle));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(Idle));
        Assert.Equal(NewImage, (await host.CallAsync(AppApi.DescribeConfig(Idle))).GetProperty("ImageUrl").GetString());
    }

    [Fact]
    public async Task WithoutAnImage_TheCurrentImageIsRedeployedAsANewVersion_AndAPackageMakesAUrlVersion()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(AppApi.Deploy(Web));
        host.Pass();
        await host.OrderAsync(AppApi.Deploy(Web, ("PackageUrl", "https://example.com/shop/web-2.1.war"), ("PackageVersion", "2.1")));
        host.Pass();

        SaeReply versions = await host.SendAsync(AppApi.ListAppVersions(Web));
        SurfaceFile.AssertConforms("ListAppVersions", versions.Body);
        JsonElement[] list = versions.Data.EnumerateArray().ToArray();
        Assert.Equal(["url", "image", "image"], list.Select(v => v.GetProperty("Type").GetString()));
        Assert.Equal("https://example.com/shop/web-2.1.war", list[0].GetProperty("BuildPackageUrl").GetString());
        Assert.Equal("sae-built-images/web:2.1", list[0].GetProperty("WarUrl").GetString());
        Assert.False(list[1].TryGetProperty("BuildPackageUrl", out _));
        Assert.Equal(WebImage, list[1].GetProperty("WarUrl").GetString());
        JsonElement config = await host.CallAsync(AppApi.DescribeConfig(Web));
        Assert.Equal(("War", "https://example.com/shop/web-2.1.war", "2.1"), (config.GetProperty("PackageType").GetString(), config.GetProperty("PackageUrl").GetString(), config.GetProperty("PackageVersion").GetString()));
        JsonElement redeployed = await host.CallAsync(AppApi.DescribeConfig(Web, ("VersionId", list[1].GetProperty("Id").GetString()!)));
        Assert.Equal(("Image", WebImage), (redeployed.GetProperty("PackageType").GetString(), redeployed.GetProperty("ImageUrl").GetString()));
        Assert.All(await host.InstancesAsync(Web), i => Assert.Equal("2.1", i.GetProperty("PackageVersion").GetString()));
    }
}
