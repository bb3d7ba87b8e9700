using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Api;

/// <summary>
/// The tag APIs (TagResources, UntagResources, ListTagResources), on applications. Requests are built from the catalog,
/// so the surface checks every name, type and required parameter. ResourceIds, Tags and TagKeys are JSON inside a
/// string parameter, in SAE's documented spelling: <c>["id"]</c>, <c>[{"key":"k","value":"v"}]</c>, <c>["k"]</c>.
/// </summary>
internal static class TagCalls
{
    /// <summary>SAE's resource type for applications, the one its tag APIs document.</summary>
    public const string ApplicationType = "application";

    /// <summary>
    /// How many resources one call names: Alibaba Cloud's tag APIs take up to 50 resource ids a call, so a larger set
    /// is several calls rather than one SAE refuses.
    /// </summary>
    public const int MaximumResources = 50;

    public static ApiRequest Tag(ServiceLocation location, IReadOnlyList<string> resourceIds, IReadOnlyDictionary<string, string> tags) =>
        Build(SaeApi.TagResources, location, new Dictionary<string, object?>
        {
            ["RegionId"] = location.RegionId,
            ["ResourceType"] = ApplicationType,
            ["ResourceIds"] = Ids(resourceIds),
            ["Tags"] = TagsJson(tags),
        }, Target(resourceIds, "Get-SaeResourceTag -AppId "));

    public static ApiRequest Untag(ServiceLocation location, IReadOnlyList<string> resourceIds, IReadOnlyList<string>? keys) =>
        Build(SaeApi.UntagResources, location, new Dictionary<string, object?>
        {
            ["RegionId"] = location.RegionId,
            ["ResourceType"] = ApplicationType,
            ["ResourceIds"] = Ids(resourceIds),
            ["TagKeys"] = keys is null ? null : JsonConvert.SerializeObject(keys),
            ["DeleteAll"] = keys is null ? true : null,
        }, Target(resourceIds, "Get-SaeResourceTag -AppId "));

    public static ApiRequest List(ServiceLocation location, IReadOnlyList<string> resourceIds, string? nextToken) =>
        Build(SaeApi.ListTagResources, location, new Dictionary<string, object?>
        {
            ["RegionId"] = location.RegionId,
            ["ResourceType"] = ApplicationType,
            ["ResourceIds"] = Ids(resourceIds),
            ["NextToken"] = string.IsNullOrEmpty(nextToken) ? null : nextToken,
        }, null);

    /// <summary>One page of ListTagResources: its tags (Data.TagResources[]), and the token of the next page, if any.</summary>
    public static (IReadOnlyList<SaeResourceTag> Tags, string? NextToken) ParseList(ApiResponse response, ServiceLocation location)
    {
        List<SaeResourceTag> tags = (JsonRead.Child(response.Data, "TagResources") as JArray ?? new JArray()).OfType<JObject>()
            .Select(item =>
            {
                SaeResourceTag tag = SaeResourceTag.Read(item);
                tag.RegionId = location.RegionId ?? string.Empty;
                return tag;
            })
            .ToList();
        // SAE writes an empty token as "" (and its example as "\"\""): either means the last page.
        string? next = JsonRead.NonEmptyString(response.Data, "NextToken");
        return (tags, next is null || next == "\"\"" ? null : next);
    }

    /// <summary>The tags in SAE's documented shape, keys in order so that one set of tags is always one text.</summary>
    internal static string TagsJson(IReadOnlyDictionary<string, string> tags) =>
        new JArray(tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new JObject { ["key"] = t.Key, ["value"] = t.Value })).ToString(Formatting.None);

    private static string Ids(IReadOnlyList<string> resourceIds) => JsonConvert.SerializeObject(resourceIds);

    private static CallTarget Target(IReadOnlyList<string> resourceIds, string read) =>
        new CallTarget(resourceIds.Count == 1 ? "the tags of application " + resourceIds[0] : "the tags of applications " + string.Join(", ", resourceIds),
            where => "Look at them (" + read + string.Join(",", resourceIds) + where + ") before trying again.");

    private static ApiRequest Build(SaeApi api, ServiceLocation location, Dictionary<string, object?> given, CallTarget? target)
    {
        ApiRequest request = ApiCallBuilder.Build(ApiCatalog.Find(api.Action)!, given, location, api);
        request.Target = target;
        return request;
    }
}
