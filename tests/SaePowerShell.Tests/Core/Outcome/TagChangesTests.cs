using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>
/// The tag calls as the surface declares them, and the never-twice judgements of tagging: a tag call is read back, an
/// untag call looked up, and neither is ever judged "did not take effect", which would send it again.
/// </summary>
public sealed class TagChangesTests
{
    private static readonly ServiceLocation Hangzhou = new(new Uri("http://127.0.0.1:5080"), "cn-hangzhou", "test", "test");

    private static SaeResourceTag Tag(string id, string key, string value) => new() { ResourceId = id, Key = key, Value = value };

    [Fact]
    public void TagResources_SendsIdsAndTags_InSaesDocumentedJson_InTheFormBody()
    {
        ApiRequest request = TagCalls.Tag(Hangzhou, ["a1", "a2"], new Dictionary<string, string> { ["team"] = "shop", ["env"] = "dev" });

        var body = request.Body.ToDictionary(p => p.Key, p => p.Value.ToString());
        Assert.Equal("""["a1","a2"]""", body["ResourceIds"]);
        Assert.Equal("""[{"key":"env","value":"dev"},{"key":"team","value":"shop"}]""", body["Tags"]);
        Assert.Equal("application", body["ResourceType"]);
        Assert.DoesNotContain(request.Query, p => p.Key is "Tags" or "ResourceIds");
    }

    [Fact]
    public void UntagResources_NamesTheKeys_OrDeletesAll_InTheQuery()
    {
        var keys = TagCalls.Untag(Hangzhou, ["a1"], ["env"]).Query.ToDictionary(p => p.Key, p => p.Value);
        var all = TagCalls.Untag(Hangzhou, ["a1"], null).Query.ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(("""["env"]""", false), (keys["TagKeys"], keys.ContainsKey("DeleteAll")));
        Assert.Equal(("true", false), (all["DeleteAll"], all.ContainsKey("TagKeys")));
    }

    [Fact]
    public void ATagCall_TookEffect_WhenEveryApplicationShowsEveryTagAsWanted()
    {
        OutcomeVerdict<IReadOnlyList<string>> verdict = TagChanges.JudgeTagged(
            [Tag("a1", "env", "dev"), Tag("a2", "env", "dev"), Tag("a2", "old", "x")], ["a1", "a2"], new Dictionary<string, string> { ["env"] = "dev" });

        Assert.Equal(OutcomeKind.TookEffect, verdict.Kind);
    }

    [Theory]
    [InlineData("dev", "a2")]
    [InlineData("prod", "a1")]
    public void ATagCall_IsUnknown_NeverDidNotTakeEffect_WhenAnyApplicationLacksATag(string a1Value, string lacking)
    {
        var read = new List<SaeResourceTag> { Tag("a1", "env", a1Value) };
        if (lacking != "a2")
        {
            read.Add(Tag("a2", "env", "dev"));
        }

        OutcomeVerdict<IReadOnlyList<string>> verdict = TagChanges.JudgeTagged(read, ["a1", "a2"], new Dictionary<string, string> { ["env"] = "dev" });

        Assert.Equal(OutcomeKind.Unknown, verdict.Kind);
        Assert.Contains(lacking, verdict.Reason);
    }

    [Fact]
    public void AnUntagCall_TookEffect_WhenTheKeysAreGone_AndIsUnknownWhileOneIsThere()
    {
        Assert.Equal(OutcomeKind.TookEffect, TagChanges.JudgeUntagged([Tag("a1", "team", "shop")], ["a1"], ["env"]).Kind);
        Assert.Equal(OutcomeKind.Unknown, TagChanges.JudgeUntagged([Tag("a1", "env", "dev")], ["a1"], ["env"]).Kind);
        Assert.Equal(OutcomeKind.Unknown, TagChanges.JudgeUntagged([Tag("a1", "team", "shop")], ["a1"], null).Kind);
        Assert.Equal(OutcomeKind.TookEffect, TagChanges.JudgeUntagged([], ["a1"], null).Kind);
    }

    [Fact]
    public void ListTagResources_ReadsTheSurfacesFields_AndAnEmptyTokenEndsThePaging()
    {
        var response = ApiResponseFor("""{"Data":{"NextToken":"","TagResources":[{"ResourceId":"a1","ResourceType":"ALIYUN::SAE::APPLICATION","TagKey":"env","TagValue":"dev"}]}}""");

        (IReadOnlyList<SaeResourceTag> tags, string? next) = TagCalls.ParseList(response, Hangzhou);

        Assert.Null(next);
        SaeResourceTag only = Assert.Single(tags);
        Assert.Equal(("a1", "env", "dev", "cn-hangzhou", "a1"), (only.ResourceId, only.Key, only.Value, only.RegionId, only.AppId));
    }

    private static ApiResponse ApiResponseFor(string json) => new(200, Newtonsoft.Json.Linq.JObject.Parse(json), "n");
}
