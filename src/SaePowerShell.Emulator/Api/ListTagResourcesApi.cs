using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ListTagResources (GET /tags): one entry per tag of the applications ResourceIds names (else every tagged
/// application of the region), only those carrying every tag of Tags when it is given. Paged by NextToken, a page of
/// <see cref="PageSize"/> entries; the last page answers an empty NextToken.
/// </summary>
internal sealed partial class ListTagResourcesApi : ISaeApi
{
    /// <summary>Small, so that a namespace's tags span pages and a client's paging is exercised.</summary>
    public const int PageSize = 50;

    public SaeResult Handle(SaeCall call)
    {
        TaggedApplications.CheckType(call);
        string region = call.Required("RegionId");
        IEnumerable<SaeApplication> apps = call.Optional("ResourceIds") is { Length: > 0 } ids
            ? TaggedApplications.Of(call, ids)
            : call.World.Applications.Where(a => a.NamespaceId == region || a.NamespaceId.StartsWith(region + ":", StringComparison.Ordinal));
        if (call.Optional("Tags") is { Length: > 0 } tagsText)
        {
            IReadOnlyList<TagParameter> wanted = TagParameter.ParseList(tagsText);
            apps = apps.Where(app => wanted.All(tag => tag.IsCarriedBy(app)));
        }

        var entries = apps.SelectMany(app => app.Tags.Select(tag => new ListTagResourcesData.TagResourcesItem
        {
            ResourceId = app.AppId,
            ResourceType = TaggedApplications.AnsweredType,
            TagKey = tag.Key,
            TagValue = tag.Value,
        })).ToList();
        int start = 0;
        if (call.Optional("NextToken") is { Length: > 0 } token
            && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start > entries.Count))
        {
            throw new SaeException(SaeErrors.WithMessage("NextToken", "it is not a token this listing gave."));
        }

        int end = Math.Min(entries.Count, start + PageSize);
        return Answer(new()
        {
            NextToken = end < entries.Count ? end.ToString(CultureInfo.InvariantCulture) : "",
            TagResources = entries.Skip(start).Take(end - start).ToList(),
        });
    }
}
