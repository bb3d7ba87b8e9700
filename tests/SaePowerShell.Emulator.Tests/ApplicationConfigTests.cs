using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>ListAppVersions, DescribeApplicationConfig and DescribeApplicationGroups: what the seed gives an application.</summary>
public sealed class ApplicationConfigTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task EveryApplication_StartsWithOneImageVersion_TheSeedsOrTheDefault(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(AppApi.ListAppVersions(DefaultSeedIds.DemoOrderApi).WithScheme(scheme));

        SurfaceFile.AssertConforms("ListAppVersions", reply.Body);
        JsonElement version = reply.Data.EnumerateArray().Single();
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", version.GetProperty("Id").GetString());
        Assert.Equal("image", version.GetProperty("Type").GetString());
        Assert.Equal(host.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), version.GetProperty("CreateTime").GetString());
        JsonElement config = await host.CallAsync(AppApi.DescribeConfig(DefaultSeedIds.DemoOrderApi));
        Assert.Equal("registry.cn-hangzhou.aliyuncs.com/sae-demo/order-api:1.0", config.GetProperty("ImageUrl").GetString());
        AssertError(await host.SendAsync(AppApi.ListAppVersions("no-such-app")), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task DescribeApplicationConfig_AnswersTheApplicationsConfiguration(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.CallAsync(SaeRequest.TagApplications([Web], [("team", "shop")]));

        SaeReply reply = await host.SendAsync(AppApi.DescribeConfig(Web).WithScheme(scheme));

        SurfaceFile.AssertConforms("DescribeApplicationConfig", reply.Body);
        JsonElement data = reply.Data;
        Assert.Equal((Web, "web", Namespace, "cn-hangzhou"), (data.GetProperty("AppId").GetString(), data.GetProperty("AppName").GetString(),
            data.GetProperty("NamespaceId").GetString(), data.GetProperty("RegionId").GetString()));
        Assert.Equal((2, 500, 1024), (data.GetProperty("Replicas").GetInt32(), data.GetProperty("Cpu").GetInt32(), data.GetProperty("Memory").GetInt32()));
        Assert.Equal(("Image", WebImage, ""), (data.GetProperty("PackageType").GetString(), data.GetProperty("ImageUrl").GetString(), data.GetProperty("PackageUrl").GetString()));
        Assert.Equal((1, -1, 0), (data.GetProperty("MinReadyInstances").GetInt32(), data.GetProperty("MinReadyInstanceRatio").GetInt32(), data.GetProperty("BatchWaitTime").GetInt32()));
        Assert.Equal(("Asia/Shanghai", "[]"), (data.GetProperty("Timezone").GetString(), data.GetProperty("Envs").GetString()));
        Assert.Equal("shop", data.GetProperty("Tags")[0].GetProperty("Value").GetString());
    }

    [Fact]
    public async Task ADeploysConfiguration_AppliesWhenItSucceeds()
    {
        await using EmulatorTestHost host = await StartAsync();
        const string envs = """[{"name":"MODE","value":"blue"}]""";
        await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), ("Cpu", "1000"), ("Memory", "2048"), ("Envs", envs), ("Timezone", "UTC"),
            ("MinReadyInstances", "0"), ("MinReadyInstanceRatio", "50"), ("BatchWaitTime", "7"), AppApi.Strategy(2, "auto")));
        Assert.Equal(500, (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("Cpu").GetInt32());
        host.Pass(3);

        JsonElement config = await host.CallAsync(AppApi.DescribeConfig(Web));

        Assert.Equal((1000, 2048, envs, "UTC"), (config.GetProperty("Cpu").GetInt32(), config.GetProperty("Memory").GetInt32(), config.GetProperty("Envs").GetString(), config.GetProperty("Timezone").GetString()));
        Assert.Equal((0, 50, 7), (config.GetProperty("MinReadyInstances").GetInt32(), config.GetProperty("MinReadyInstanceRatio").GetInt32(), config.GetProperty("BatchWaitTime").GetInt32()));
        Assert.Equal(AppApi.Strategy(2, "auto").Value, config.GetProperty("UpdateStrategy").GetString());
    }

    [Fact]
    public async Task AVersionId_ShowsThatVersionsImage_AndOneThatIsNotTheApplicationsIsRefused()
    {
        await using EmulatorTestHost host = await StartAsync();
        string first = (await host.VersionIdsAsync(Web)).Single();
        await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage)));
        string second = (await host.VersionIdsAsync(Web))[0];

        Assert.Equal(WebImage, (await host.CallAsync(AppApi.DescribeConfig(Web, ("VersionId", first)))).GetProperty("ImageUrl").GetString());
        Assert.Equal(NewImage, (await host.CallAsync(AppApi.DescribeConfig(Web, ("VersionId", second)))).GetProperty("ImageUrl").GetString());
        string idleVersion = (await host.VersionIdsAsync(Idle)).Single();
        AssertError(await host.SendAsync(AppApi.DescribeConfig(Web, ("VersionId", idleVersion))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{VersionId}", idleVersion);
        AssertError(await host.SendAsync(AppApi.DescribeConfig("no-such-app")), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task EachApplication_HasOneStableGroup(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(AppApi.DescribeGroups(Web).WithScheme(scheme));

        SurfaceFile.AssertConforms("DescribeApplicationGroups", reply.Body);
        JsonElement group = reply.Data.EnumerateArray().Single();
        Assert.Equal(("_DEFAULT_GROUP", 0, 2, 2), (group.GetProperty("GroupName").GetString(), group.GetProperty("GroupType").GetInt32(),
            group.GetProperty("Replicas").GetInt32(), group.GetProperty("RunningInstances").GetInt32()));
        Assert.Equal((WebImage, "Image", (await host.VersionIdsAsync(Web)).Single()), (group.GetProperty("ImageUrl").GetString(),
            group.GetProperty("PackageType").GetString(), group.GetProperty("PackageVersionId").GetString()));
        string groupId = group.GetProperty("GroupId").GetString()!;
        Assert.NotEqual(groupId, await host.GroupIdAsync(Idle));
        Assert.Empty((await host.CallAsync(AppApi.DescribeGroups(Web, ("CurrentPage", "2"), ("PageSize", "1")))).EnumerateArray());

        await host.Http.PostAsync("_emulator/reset", null);
        Assert.Equal(groupId, await host.GroupIdAsync(Web));
        Assert.Equal(groupId, host.FindApp(await host.GetStateAsync(), Web).GetProperty("groupId").GetString());
    }

    [Fact]
    public async Task ASeededApplicationWithFewerRunningInstances_HasThePendingOnesToo()
    {
        const string seed = """
            { "namespaces": [ { "namespaceId": "cn-hangzhou:p" } ],
              "applications": [ { "appId": "up", "appName": "up", "namespaceId": "cn-hangzhou:p", "instances": 3, "runningInstances": 1, "status": "RUNNING" } ] }
            """;
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(seed);

        JsonElement[] instances = await host.InstancesAsync("up");

        Assert.Equal(["Pending", "Pending", "Running"], instances.Select(i => i.GetProperty("InstanceContainerStatus").GetString()));
        Assert.Equal("NotCheckedYet", instances[0].GetProperty("InstanceHealthStatus").GetString());
        Assert.Equal(1, (await host.CallAsync(AppApi.DescribeGroups("up")))[0].GetProperty("RunningInstances").GetInt32());
    }
}
