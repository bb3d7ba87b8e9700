using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>ReduceApplicationCapacityByInstanceIds, DescribeApplicationImage and UpdateNamespaceVpc.</summary>
public sealed class CapacityImageAndVpcTests
{
    [Fact]
    public async Task ReduceCapacity_IsACoScaleInOrder_TheNamedInstancesGo_AndNoneReplacesThem()
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] before = await host.InstanceIdsAsync(Web);

        SaeReply reduced = await host.SendAsync(Reduce(Web, before[0]));

        SurfaceFile.AssertConforms("ReduceApplicationCapacityByInstanceIds", reduced.Body);
        string orderId = reduced.Data.GetProperty("ChangeOrderId").GetString()!;
        AssertError(await host.SendAsync(Reduce(Web, before[1])), HttpStatusCode.BadRequest, "Application.ChangerOrderRunning");
        host.Pass(2);
        Assert.Equal("CoScaleIn", (await host.DescribeChangeOrderAsync(orderId)).GetProperty("CoTypeCode").GetString());
        Assert.Equal([before[1]], await host.InstanceIdsAsync(Web));
        Assert.Equal(("RUNNING", 1), await host.AppStateAsync(Web));
        Assert.Equal(1, host.FindApp(await host.GetStateAsync(), Web).GetProperty("instances").GetInt32());
        Assert.Equal([orderId], host.FindApp(await host.GetStateAsync(), Web).GetProperty("scaledInBy").EnumerateArray().Select(e => e.GetString()));
        AssertError(await host.SendAsync(Reduce(Web, before[0])), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", before[0]);
        AssertError(await host.SendAsync(Reduce("app-none", before[0])), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
    }

    [Theory]
    [InlineData("registry-vpc.cn-shanghai.aliyuncs.com/shop/web:2.0", "cn-shanghai", "shop", "web", "2.0", "ALI_HUB")]
    [InlineData("nginx", "cn-hangzhou", "library", "nginx", "latest", "DOCKER_HUB")]
    [InlineData("docker.io/team/api:1", "cn-hangzhou", "team", "api", "1", "DOCKER_HUB")]
    public async Task DescribeApplicationImage_ReadsTheReference(string image, string region, string repoNamespace, string name, string tag, string origin)
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(Image(Web, image));

        SurfaceFile.AssertConforms("DescribeApplicationImage", reply.Body);
        JsonElement data = reply.Data;
        Assert.Equal((region, repoNamespace, name, tag, origin),
            (data.GetProperty("RegionId").GetString(), data.GetProperty("RepoNamespace").GetString(), data.GetProperty("RepoName").GetString(), data.GetProperty("RepoTag").GetString(), data.GetProperty("RepoOriginType").GetString()));
    }

    [Fact]
    public async Task DescribeApplicationImage_Refuses_AnUnknownApplication_AndAReferenceWithoutARepository()
    {
        await using EmulatorTestHost host = await StartAsync();

        AssertError(await host.SendAsync(Image("app-none", "nginx")), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(Image(Web, "registry.example.com/shop/web:")), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "ImageUrl");
    }

    [Fact]
    public async Task UpdateNamespaceVpc_TakesTheEmulatedVpc_AndRefusesAnyOther()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply same = await host.SendAsync(Vpc(("NamespaceId", Namespace), ("VpcId", "vpc-emulator")));

        SurfaceFile.AssertConforms("UpdateNamespaceVpc", same.Body);
        Assert.Equal(HttpStatusCode.OK, same.Status);
        AssertError(await host.SendAsync(Vpc(("NamespaceId", Namespace), ("VpcId", "vpc-other"))), HttpStatusCode.NotFound, "InvalidVpcId.NotFound");
        AssertError(await host.SendAsync(Vpc(("NamespaceId", "cn-hangzhou:none"), ("VpcId", "vpc-emulator"))), HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound");
    }

    private static SaeRequest Reduce(string appId, string instanceIds) =>
        SaeRequest.Api("ReduceApplicationCapacityByInstanceIds", "PUT", "/pop/v1/sam/app/ScaleInApplicationWithInstanceIds", ("AppId", appId), ("InstanceIds", instanceIds));

    private static SaeRequest Image(string appId, string imageUrl) =>
        SaeRequest.Api("DescribeApplicationImage", "GET", "/pop/v1/sam/container/describeApplicationImage", ("AppId", appId), ("ImageUrl", imageUrl));

    private static SaeRequest Vpc(params (string Key, string Value)[] query) => SaeRequest.Api("UpdateNamespaceVpc", "POST", "/pop/v1/sam/namespace/updateNamespaceVpc", query);
}
