using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>GetApplication, DescribeNamespaces, DescribeNamespaceResources and DescribeVSwitches: reads of what the world holds.</summary>
public sealed class NamespaceReadsTests
{
    [Fact]
    public async Task GetApplication_ByIdOrByNameInItsNamespace_AnswersApplicationAtTheTopLevel()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply byId = await host.SendAsync(Get(("AppId", Web)));
        SaeReply byName = await host.SendAsync(Get(("AppName", "idle"), ("NamespaceId", Namespace)));

        SurfaceFile.AssertConforms("GetApplication", byId.Body);
        JsonElement app = byId.Body.GetProperty("Application");
        Assert.Equal((Web, "web", Namespace, 2, 2, "java"), (app.GetProperty("AppId").GetString(), app.GetProperty("AppName").GetString(), app.GetProperty("NamespaceId").GetString(), app.GetProperty("Instances").GetInt32(), app.GetProperty("RunningInstances").GetInt32(), app.GetProperty("ProgrammingLanguage").GetString()));
        Assert.Equal(0, byName.Body.GetProperty("Application").GetProperty("RunningInstances").GetInt32());
        Assert.Equal(Idle, byName.Body.GetProperty("Application").GetProperty("AppId").GetString());
        AssertError(await host.SendAsync(Get(("AppName", "idle"), ("NamespaceId", "cn-hangzhou:quiet"))), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(Get(("AppId", "app-none"))), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(Get()), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
    }

    [Fact]
    public async Task DescribeNamespaces_PagesEveryNamespace()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply first = await host.SendAsync(Namespaces(1, 1));
        SaeReply second = await host.SendAsync(Namespaces(2, 1));

        SurfaceFile.AssertConforms("DescribeNamespaces", first.Body);
        Assert.Equal((2, 1, 1), (first.Data.GetProperty("TotalSize").GetInt32(), first.Data.GetProperty("PageSize").GetInt32(), first.Data.GetProperty("CurrentPage").GetInt32()));
        JsonElement ns = first.Data.GetProperty("Namespaces").EnumerateArray().Single();
        Assert.Equal((Namespace, "apps", "cn-hangzhou", ""), (ns.GetProperty("NamespaceId").GetString(), ns.GetProperty("NameSpaceShortId").GetString(), ns.GetProperty("RegionId").GetString(), ns.GetProperty("SecretKey").GetString()));
        Assert.Equal("cn-hangzhou:quiet", second.Data.GetProperty("Namespaces")[0].GetProperty("NamespaceId").GetString());
        AssertError(await host.SendAsync(Namespaces(1, 101)), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "PageSize");
    }

    [Fact]
    public async Task DescribeNamespaceResources_CountsTheApplications_AndReportsTheNewestChangeOrder()
    {
        await using EmulatorTestHost host = await StartAsync();
        string orderId = await host.RunBatchAsync("BatchStopApplications", Namespace, Web);

        SaeReply running = await host.SendAsync(Resources(("NamespaceId", Namespace)));
        host.Pass(2);
        SaeReply done = await host.SendAsync(Resources(("NamespaceId", Namespace)));

        SurfaceFile.AssertConforms("DescribeNamespaceResources", running.Body);
        Assert.Equal((3L, orderId, true), (running.Data.GetProperty("AppCount").GetInt64(), running.Data.GetProperty("LastChangeOrderId").GetString(), running.Data.GetProperty("LastChangeOrderRunning").GetBoolean()));
        Assert.Equal(("SUCCESS", false), (done.Data.GetProperty("LastChangeOrderStatus").GetString(), done.Data.GetProperty("LastChangeOrderRunning").GetBoolean()));
        Assert.Equal(("vpc-emulator", "vsw-emulator", "sg-emulator"), (done.Data.GetProperty("VpcId").GetString(), done.Data.GetProperty("VSwitchId").GetString(), done.Data.GetProperty("SecurityGroupId").GetString()));
        JsonElement quiet = await host.CallAsync(Resources(("NamespaceId", "cn-hangzhou:quiet")));
        Assert.Equal((0L, ""), (quiet.GetProperty("AppCount").GetInt64(), quiet.GetProperty("LastChangeOrderId").GetString()));
        AssertError(await host.SendAsync(Resources(("NamespaceId", "cn-hangzhou:none"))), HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound");
    }

    [Fact]
    public async Task DescribeVSwitches_AnswersTheEmulatedVSwitch_FilteredByIdAndName()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply all = await host.SendAsync(VSwitches(("VpcId", "vpc-emulator")));

        SurfaceFile.AssertConforms("DescribeVSwitches", all.Body);
        JsonElement vsw = all.Data.EnumerateArray().Single();
        Assert.Equal(("vsw-emulator", "vpc-emulator", "cn-hangzhou-h", "Available"), (vsw.GetProperty("VSwitchId").GetString(), vsw.GetProperty("VpcId").GetString(), vsw.GetProperty("ZoneId").GetString(), vsw.GetProperty("Status").GetString()));
        Assert.Equal("4089", vsw.GetProperty("AvailableIpAddressCount").GetString());
        Assert.Single((await host.CallAsync(VSwitches(("VpcId", "vpc-emulator"), ("VSwitchId", "vsw-emulator")))).EnumerateArray());
        Assert.Empty((await host.CallAsync(VSwitches(("VpcId", "vpc-emulator"), ("VSwitchName", "other")))).EnumerateArray());
        AssertError(await host.SendAsync(VSwitches(("VpcId", "vpc-other"))), HttpStatusCode.NotFound, "InvalidVpcId.NotFound");
    }

    private static SaeRequest Get(params (string Key, string Value)[] query) => SaeRequest.Api("GetApplication", "GET", "/pop/v1/sam/app/getApplication", query);

    private static SaeRequest Namespaces(int page, int size) =>
        SaeRequest.Api("DescribeNamespaces", "GET", "/pop/v1/paas/namespaces", ("CurrentPage", page.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("PageSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static SaeRequest Resources(params (string Key, string Value)[] query) => SaeRequest.Api("DescribeNamespaceResources", "GET", "/pop/v1/sam/namespace/describeNamespaceResources", query);

    private static SaeRequest VSwitches(params (string Key, string Value)[] query) => SaeRequest.Api("DescribeVSwitches", "GET", "/pop/v1/sam/vpc/vSwitchs", query);
}
