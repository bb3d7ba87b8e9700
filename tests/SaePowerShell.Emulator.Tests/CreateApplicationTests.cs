using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// CreateApplication in the official shape: the application at once in its namespace, a CoCreateApp change order at
/// the end of which it runs its replicas (or stays stopped), SAE's defaults, and SAE's refusals, none of which creates
/// anything.
/// </summary>
public sealed class CreateApplicationTests
{
    [Fact]
    public async Task ACreate_IsAChangeOrder_TheApplicationListedAtOnce_ThenRunningItsReplicas()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(AppApi.Create("shop", Namespace, 3));

        SurfaceFile.AssertConforms("CreateApplication", reply.Body);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        string appId = reply.Data.GetProperty("AppId").GetString()!;
        string orderId = reply.Data.GetProperty("ChangeOrderId").GetString()!;
        JsonElement listed = (await host.ListedAsync()).Single(a => a.GetProperty("AppId").GetString() == appId);
        Assert.Equal(("shop", 3, 0), (listed.GetProperty("AppName").GetString(), listed.GetProperty("Instances").GetInt32(), listed.GetProperty("RunningInstances").GetInt32()));
        JsonElement order = await host.DescribeChangeOrderAsync(orderId);
        Assert.Equal(("CoCreateApp", appId), (order.GetProperty("CoTypeCode").GetString(), order.GetProperty("AppId").GetString()));
        Assert.Equal(orderId, (await host.CallAsync(SaeRequest.DescribeApplicationStatus(appId))).GetProperty("LastChangeOrderId").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await host.SendAsync(AppApi.Deploy(appId, ("ImageUrl", NewImage)))).Status);

        host.Pass(2);

        Assert.Equal(2, await host.OrderStatusAsync(orderId));
        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(appId));
        Assert.Equal(("RUNNING", 3), (status.GetProperty("CurrentStatus").GetString(), status.GetProperty("RunningInstances").GetInt32()));
        Assert.Equal(3, (await host.InstancesAsync(appId)).Length);
        Assert.Single(await host.VersionIdsAsync(appId));
    }

    [Fact]
    public async Task SaesDefaults_Apply_ToWhatTheRequestLeavesOut()
    {
        await using EmulatorTestHost host = await StartAsync();

        string appId = (await host.CallAsync(AppApi.Create("plain", Namespace, 1))).GetProperty("AppId").GetString()!;

        JsonElement config = await host.CallAsync(AppApi.DescribeConfig(appId));
        Assert.Equal((500, 1024, "Asia/Shanghai", "[]"), (config.GetProperty("Cpu").GetInt32(), config.GetProperty("Memory").GetInt32(),
            config.GetProperty("Timezone").GetString(), config.GetProperty("Envs").GetString()));
        Assert.Equal(("Image", "registry.cn-hangzhou.aliyuncs.com/shop/plain:1.0", Namespace), (config.GetProperty("PackageType").GetString(),
            config.GetProperty("ImageUrl").GetString(), config.GetProperty("NamespaceId").GetString()));
    }

    [Theory]
    [InlineData("0", "true")]
    [InlineData("2", "false")]
    public async Task WithNoReplicas_OrDeployFalse_TheApplicationEndsStopped(string replicas, string deploy)
    {
        await using EmulatorTestHost host = await StartAsync();

        JsonElement created = await host.CallAsync(AppApi.Create("later", Namespace, 1, ("Deploy", deploy)).Without("Replicas").With(("Replicas", replicas)));
        host.Pass(2);

        string appId = created.GetProperty("AppId").GetString()!;
        Assert.Equal(2, await host.OrderStatusAsync(created.GetProperty("ChangeOrderId").GetString()!));
        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(appId));
        Assert.Equal(("STOPPED", 0), (status.GetProperty("CurrentStatus").GetString(), status.GetProperty("RunningInstances").GetInt32()));
        Assert.Equal(int.Parse(replicas, System.Globalization.CultureInfo.InvariantCulture), (await host.CallAsync(AppApi.DescribeConfig(appId))).GetProperty("Replicas").GetInt32());
    }

    [Fact]
    public async Task APackage_IsItsFirstVersion()
    {
        await using EmulatorTestHost host = await StartAsync();

        JsonElement created = await host.CallAsync(AppApi.Create("jar", Namespace, 1, ("PackageUrl", "https://oss.example/app.jar"), ("PackageVersion", "1.2.0"))
            .Without("PackageType", "ImageUrl").With(("PackageType", "FatJar")));

        JsonElement config = await host.CallAsync(AppApi.DescribeConfig(created.GetProperty("AppId").GetString()!));
        Assert.Equal(("FatJar", "https://oss.example/app.jar", "1.2.0"), (config.GetProperty("PackageType").GetString(),
            config.GetProperty("PackageUrl").GetString(), config.GetProperty("PackageVersion").GetString()));
    }

    [Fact]
    public async Task WithoutNamespaceId_TheApplicationGoesToTheRegionsDefaultNamespace()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = AppApi.Create("regional", "x", 1).Without("NamespaceId");
        request.RegionId = "cn-hangzhou";

        JsonElement created = await host.CallAsync(request);

        Assert.Equal("cn-hangzhou", (await host.CallAsync(AppApi.DescribeConfig(created.GetProperty("AppId").GetString()!))).GetProperty("NamespaceId").GetString());
    }

    public static TheoryData<string, (string Key, string Value)[], string[], HttpStatusCode, string, string> Refusals() => new()
    {
        { "a name taken in the namespace", [], [], HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{AppName}" },
        { "an unknown namespace", [("NamespaceId", "cn-hangzhou:nowhere")], ["NamespaceId"], HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound", "" },
        { "no AppName", [], ["AppName"], HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "AppName" },
        { "no Replicas", [], ["Replicas"], HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "Replicas" },
        { "no PackageType", [], ["PackageType"], HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "PackageType" },
        { "negative replicas", [("Replicas", "-1")], ["Replicas"], HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{Replicas}" },
        { "more replicas than kept", [("Replicas", "1001")], ["Replicas"], HttpStatusCode.BadRequest, "NoComputeResourceQuota.App.Exceed", "Replicas" },
        { "a CPU size SAE does not sell", [("Cpu", "600")], [], HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{Cpu}" },
        { "a memory that does not go with the CPU", [("Cpu", "500"), ("Memory", "4096")], [], HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{Memory}" },
        { "an image type without ImageUrl", [], ["ImageUrl"], HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "ImageUrl" },
        { "a package type without PackageUrl", [("PackageType", "FatJar")], ["PackageType", "ImageUrl"], HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "PackageUrl" },
        { "an unknown package type", [("PackageType", "Zip")], ["PackageType"], HttpStatusCode.BadRequest, "InvalidPackageType.NotFound", "" },
        { "a name SAE does not allow", [("AppName", "9lives")], ["AppName"], HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{AppName}" },
        { "Deploy that is not a boolean", [("Deploy", "yes")], [], HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "Deploy" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task WhatSaeRefuses_IsRefused_AndCreatesNothing(string why, (string Key, string Value)[] set, string[] leftOut, HttpStatusCode status, string code, string messagePart)
    {
        await using EmulatorTestHost host = await StartAsync();
        int before = (await host.ListedAsync()).Length;

        SaeReply reply = await host.SendAsync(AppApi.Create("web", Namespace, 1).Without([.. leftOut, .. set.Select(s => s.Key)]).With(set));

        SurfaceFile.AssertConforms("CreateApplication", reply.Body);
        Assert.True((status, code) == (reply.Status, reply.ErrorCode), $"{why}: expected {(int)status} {code}, got {(int)reply.Status}: {reply.Body}");
        Assert.Contains(messagePart, reply.Message, StringComparison.Ordinal);
        Assert.Equal(before, (await host.ListedAsync()).Length);
    }

    [Fact]
    public async Task TheSameName_InAnotherNamespace_IsAnotherApplication()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(AppApi.Create("web", "cn-hangzhou:quiet", 1));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Single(await host.ListedAsync("cn-hangzhou:quiet"));
    }

    [Fact]
    public async Task ASavedWorld_KeepsTheNewApplication_AndItsCreationRunsOn()
    {
        await using EmulatorTestHost original = await StartAsync();
        JsonElement created = await original.CallAsync(AppApi.Create("kept", Namespace, 2));
        string snapshot = await (await original.Http.GetAsync("_emulator/snapshot")).Content.ReadAsStringAsync();

        await using EmulatorTestHost copy = await StartAsync();
        HttpResponseMessage put = await copy.Http.PutAsync("_emulator/snapshot", new StringContent(snapshot, Encoding.UTF8, "application/json"));
        copy.Pass(2);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(2, await copy.OrderStatusAsync(created.GetProperty("ChangeOrderId").GetString()!));
        Assert.Equal(2, (await copy.CallAsync(SaeRequest.DescribeApplicationStatus(created.GetProperty("AppId").GetString()!))).GetProperty("RunningInstances").GetInt32());
    }
}
