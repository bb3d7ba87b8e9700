using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// UpdateApplicationDescription, UpdateAppSecurityGroup and UpdateApplicationVswitches: each changes the application at
/// once and answers no Data (no change order, as the official answers have none); the network ones refuse a busy application.
/// </summary>
public sealed class UpdateApplicationTests
{
    [Fact]
    public async Task ANewDescription_IsListed_AndDescribed_AtOnce_EvenWhileAChangeOrderRuns()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage)));

        SaeReply reply = await host.SendAsync(AppApi.UpdateDescription(Web, "the new storefront"));

        SurfaceFile.AssertConforms("UpdateApplicationDescription", reply.Body);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.False(reply.Body.TryGetProperty("Data", out _));
        Assert.Equal("the new storefront", (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("AppDescription").GetString());
        JsonElement listed = (await host.ListedAsync()).Single(a => a.GetProperty("AppId").GetString() == Web);
        Assert.Equal("the new storefront", listed.GetProperty("AppDescription").GetString());
    }

    [Fact]
    public async Task ANewSecurityGroup_IsDescribed_AtOnce()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(AppApi.UpdateSecurityGroup(Web, "sg-shop"));

        SurfaceFile.AssertConforms("UpdateAppSecurityGroup", reply.Body);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("sg-shop", (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("SecurityGroupId").GetString());
        Assert.Equal("vsw-emulator", (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("VSwitchId").GetString());
    }

    [Fact]
    public async Task NewVSwitches_AreDescribed_AtOnce_AndWithDeployTheInstancesAreRecreated()
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] before = await host.InstanceIdsAsync(Web);

        SaeReply kept = await host.SendAsync(AppApi.UpdateVswitches(Web, "vsw-a,vsw-b"));
        Assert.Equal(before, await host.InstanceIdsAsync(Web));
        SaeReply moved = await host.SendAsync(AppApi.UpdateVswitches(Web, "vsw-c", ("Deploy", "true"), ("MinReadyInstances", "1")));

        SurfaceFile.AssertConforms("UpdateApplicationVswitches", kept.Body);
        SurfaceFile.AssertConforms("UpdateApplicationVswitches", moved.Body);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (kept.Status, moved.Status));
        Assert.Equal("vsw-c", (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("VSwitchId").GetString());
        string[] after = await host.InstanceIdsAsync(Web);
        Assert.Equal(2, after.Length);
        Assert.Empty(after.Intersect(before));
        Assert.Empty((await host.InstanceIdsAsync(Idle)));
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(AppApi.UpdateVswitches(Idle, "vsw-c", ("Deploy", "true")))).Status);
        Assert.Empty(await host.InstanceIdsAsync(Idle));
    }

    [Fact]
    public async Task TheNetworkUpdates_RefuseABusyApplication_AndChangeNothing()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage)));

        AssertError(await host.SendAsync(AppApi.UpdateSecurityGroup(Web, "sg-shop")), HttpStatusCode.BadRequest, "Application.ChangerOrderRunning");
        AssertError(await host.SendAsync(AppApi.UpdateVswitches(Web, "vsw-a")), HttpStatusCode.BadRequest, "Application.ChangerOrderRunning");

        JsonElement config = await host.CallAsync(AppApi.DescribeConfig(Web));
        Assert.Equal(("sg-emulator", "vsw-emulator"), (config.GetProperty("SecurityGroupId").GetString(), config.GetProperty("VSwitchId").GetString()));
    }

    public static TheoryData<string, HttpStatusCode, string> Refusals() => new()
    {
        { "an unknown application (description)", HttpStatusCode.NotFound, "InvalidAppId.NotFound" },
        { "an unknown application (security group)", HttpStatusCode.NotFound, "InvalidAppId.NotFound" },
        { "an unknown application (vSwitches)", HttpStatusCode.NotFound, "InvalidAppId.NotFound" },
        { "no AppDescription", HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty" },
        { "no SecurityGroupId", HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty" },
        { "a SecurityGroupId with a space", HttpStatusCode.BadRequest, "InvalidParameter.Obviously" },
        { "no VSwitchId", HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty" },
        { "an empty vSwitch in the list", HttpStatusCode.BadRequest, "InvalidParameter.Obviously" },
        { "a MinReadyInstanceRatio above 100", HttpStatusCode.BadRequest, "InvalidParameter.Obviously" },
        { "Deploy that is not a boolean", HttpStatusCode.BadRequest, "InvalidParameter.Obviously" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task WhatSaeRefuses_IsRefused_AndChangesNothing(string why, HttpStatusCode status, string code)
    {
        await using EmulatorTestHost host = await StartAsync();
        string before = (await host.CallAsync(AppApi.DescribeConfig(Web))).GetRawText();

        SaeReply reply = await host.SendAsync(Request(why));

        Assert.True((status, code) == (reply.Status, reply.ErrorCode), $"{why}: expected {(int)status} {code}, got {(int)reply.Status}: {reply.Body}");
        Assert.Equal(before, (await host.CallAsync(AppApi.DescribeConfig(Web))).GetRawText());
    }

    private static SaeRequest Request(string why) => why switch
    {
        "an unknown application (description)" => AppApi.UpdateDescription("no-such-app", "x"),
        "an unknown application (security group)" => AppApi.UpdateSecurityGroup("no-such-app", "sg-x"),
        "an unknown application (vSwitches)" => AppApi.UpdateVswitches("no-such-app", "vsw-x"),
        "no AppDescription" => AppApi.UpdateDescription(Web, "x").Without("AppDescription"),
        "no SecurityGroupId" => AppApi.UpdateSecurityGroup(Web, "sg-x").Without("SecurityGroupId"),
        "a SecurityGroupId with a space" => AppApi.UpdateSecurityGroup(Web, "sg x"),
        "no VSwitchId" => AppApi.UpdateVswitches(Web, "vsw-x").Without("VSwitchId"),
        "an empty vSwitch in the list" => AppApi.UpdateVswitches(Web, "vsw-a,,vsw-b"),
        "a MinReadyInstanceRatio above 100" => AppApi.UpdateVswitches(Web, "vsw-a", ("MinReadyInstanceRatio", "101")),
        "Deploy that is not a boolean" => AppApi.UpdateVswitches(Web, "vsw-a", ("Deploy", "yes")),
        _ => throw new ArgumentOutOfRangeException(nameof(why), why, null),
    };
}
