using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// TagResources' Tags in the spelling SAE documents (<c>key</c>/<c>value</c>) and in the SDK models' (<c>Key</c>/<c>Value</c>),
/// in any case; a tag without a key is refused and tags nothing.
/// </summary>
public sealed class TagResourcesTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task TheSurfacesOwnExample_InLowerCase_IsAccepted(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string example = SurfaceFile.Api("TagResources").Parameter("Tags")!.Example!;
        Assert.Equal("""[{"key":"k1","value":"v1"}]""", example);

        SaeReply reply = await host.SendAsync(Tag(DemoOrderApi, example).WithScheme(scheme));

        SurfaceFile.AssertConforms("TagResources", reply.Body);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(new Dictionary<string, string> { ["k1"] = "v1" }, await TagsOfAsync(host, DemoOrderApi));
    }

    [Theory]
    [InlineData("""[{"Key":"team","Value":"shop"}]""")]
    [InlineData("""[{"KEY":"team","vAlUe":"shop"}]""")]
    [InlineData("""[{"key":"team","Key":"team","value":"shop","Value":"shop"}]""")]
    public async Task OtherSpellings_AreAcceptedToo(string tags)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(Tag(DemoOrderApi, tags));

        SurfaceFile.AssertConforms("TagResources", reply.Body);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "shop" }, await TagsOfAsync(host, DemoOrderApi));
    }

    [Fact]
    public async Task ATagWithoutAValue_GetsTheEmptyOne()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.CallAsync(Tag(DemoOrderApi, """[{"key":"flag"},{"key":"other","value":null}]"""));

        Assert.Equal(new Dictionary<string, string> { ["flag"] = "", ["other"] = "" }, await TagsOfAsync(host, DemoOrderApi));
    }

    [Theory]
    [InlineData("""[{"value":"v1"}]""")]
    [InlineData("""[{"key":"k1","value":"v1"},{"Value":"v2"}]""")]
    [InlineData("""[{"key":"","value":"v1"}]""")]
    [InlineData("""[{"key":null,"value":"v1"}]""")]
    [InlineData("""[{"key":1,"value":"v1"}]""")]
    [InlineData("""[{"key":"k1","value":2}]""")]
    [InlineData("""[{"key":"k1","Key":"k2"}]""")]
    [InlineData("""["k1"]""")]
    [InlineData("""{"key":"k1","value":"v1"}""")]
    [InlineData("""[]""")]
    [InlineData("""k1=v1""")]
    public async Task ATagWithoutAKey_OrAMalformedList_IsRefusedNamingTags_AndTagsNothing(string tags)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(Tag(DemoOrderApi, tags));

        SurfaceFile.AssertConforms("TagResources", reply.Body);
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.WithMessage"), (reply.Status, reply.ErrorCode));
        Assert.StartsWith("The parameter is invalid {Tags}: ", reply.Message, StringComparison.Ordinal);
        Assert.Empty(await TagsOfAsync(host, DemoOrderApi));
    }

    private static SaeRequest Tag(string appId, string tagsJson) => SaeRequest.TagResources(
        ("ResourceType", "application"),
        ("ResourceIds", JsonSerializer.Serialize(new[] { appId })),
        ("Tags", tagsJson));

    /// <summary>The application's tags as ListApplications answers them (in the SDK model's Key/Value).</summary>
    private static async Task<Dictionary<string, string>> TagsOfAsync(EmulatorTestHost host, string appId)
    {
        JsonElement data = await host.CallAsync(SaeRequest.ListApplications(("FieldType", "appIds"), ("FieldValue", appId)));
        return data.GetProperty("Applications").EnumerateArray().Single().GetProperty("Tags").EnumerateArray()
            .ToDictionary(t => t.GetProperty("Key").GetString()!, t => t.GetProperty("Value").GetString()!);
    }
}
