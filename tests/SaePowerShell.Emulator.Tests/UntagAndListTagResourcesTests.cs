using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// UntagResources and ListTagResources in the official shapes: tags listed per key with the SDK's field names and
/// paged by NextToken; keys removed, or all with DeleteAll; an unknown id changes nothing.
/// </summary>
public sealed class UntagAndListTagResourcesTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task ListTagResources_AnswersEachTag_InTheSurfacesShape(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.CallAsync(SaeRequest.TagApplications([DemoOrderApi], [("env", "dev"), ("team", "shop")]));

        SaeReply reply = await host.SendAsync(List([DemoOrderApi]).WithScheme(scheme));

        SurfaceFile.AssertConforms("ListTagResources", reply.Body);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        JsonElement data = reply.Data;
        Assert.Equal("", data.GetProperty("NextToken").GetString());
        Assert.Equal(
            ["env=dev", "team=shop"],
            data.GetProperty("TagResources").EnumerateArray().Select(t => t.GetProperty("TagKey").GetString() + "=" + t.GetProperty("TagValue").GetString()).ToArray());
        Assert.All(data.GetProperty("TagResources").EnumerateArray(), t =>
        {
            Assert.Equal(DemoOrderApi, t.GetProperty("ResourceId").GetString());
            Assert.Equal("ALIYUN::SAE::APPLICATION", t.GetProperty("ResourceType").GetString());
        });
    }

    [Fact]
    public async Task ListTagResources_PagesByNextToken_UntilAnEmptyOne()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        (string, string)[] many = Enumerable.Range(0, 60).Select(i => ("k" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "v")).ToArray();
        await host.CallAsync(SaeRequest.TagApplications([DemoOrderApi], many));

        JsonElement first = await host.CallAsync(List([DemoOrderApi]));
        string token = first.GetProperty("NextToken").GetString()!;
        JsonElement second = await host.CallAsync(List([DemoOrderApi]).With(("NextToken", token)));

        Assert.Equal(50, first.GetProperty("TagResources").GetArrayLength());
        Assert.Equal(10, second.GetProperty("TagResources").GetArrayLength());
        Assert.Equal("", second.GetProperty("NextToken").GetString());
    }

    [Fact]
    public async Task UntagResources_RemovesTheKeysGiven_OrEveryTagWithDeleteAll()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.CallAsync(SaeRequest.TagApplications([DemoOrderApi, DemoWebFrontend], [("env", "dev"), ("team", "shop")]));

        SaeReply reply = await host.SendAsync(Untag([DemoOrderApi, DemoWebFrontend], ("TagKeys", """["env","absent"]""")));
        SurfaceFile.AssertConforms("UntagResources", reply.Body);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(["team", "team"], await KeysAsync(host, [DemoOrderApi, DemoWebFrontend]));

        await host.CallAsync(Untag([DemoOrderApi], ("DeleteAll", "true")));
        Assert.Equal(["team"], await KeysAsync(host, [DemoOrderApi, DemoWebFrontend]));
    }

    [Fact]
    public async Task AnUnknownId_IsRefused_AndUntagsNothing()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.CallAsync(SaeRequest.TagApplications([DemoOrderApi], [("env", "dev")]));

        SaeReply reply = await host.SendAsync(Untag([DemoOrderApi, "0d1e2f3a-0000-4000-8000-00000000dead"], ("DeleteAll", "true")));

        SurfaceFile.AssertConforms("UntagResources", reply.Body);
        Assert.NotEqual(HttpStatusCode.OK, reply.Status);
        Assert.Equal(["env"], await KeysAsync(host, [DemoOrderApi]));
    }

    private static SaeRequest List(string[] ids) => SaeRequest.Api("ListTagResources", "GET", "/tags",
        ("RegionId", "cn-hangzhou"), ("ResourceType", "application"), ("ResourceIds", JsonSerializer.Serialize(ids)));

    private static SaeRequest Untag(string[] ids, params (string Key, string Value)[] more) => SaeRequest.Api("UntagResources", "DELETE", "/tags",
        [("RegionId", "cn-hangzhou"), ("ResourceType", "application"), ("ResourceIds", JsonSerializer.Serialize(ids)), .. more]);

    private static async Task<string[]> KeysAsync(EmulatorTestHost host, string[] ids) =>
        (await host.CallAsync(List(ids))).GetProperty("TagResources").EnumerateArray().Select(t => t.GetProperty("TagKey").GetString()!).ToArray();
}
