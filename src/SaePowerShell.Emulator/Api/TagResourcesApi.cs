using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// TagResources (POST /tags, a form body): ResourceIds is a JSON array of application ids and Tags a JSON array of
/// {key, value} (see <see cref="TagParameter"/>), both as strings inside the form. Every id is checked before any is
/// tagged, so a bad id tags nothing.
/// </summary>
internal sealed partial class TagResourcesApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        TaggedApplications.CheckType(call);
        List<SaeApplication> apps = TaggedApplications.Of(call, call.Required("ResourceIds"));
        IReadOnlyList<KeyValuePair<string, string>> tags = call.Optional("Tags") is { } text ? ParseTags(text) : [];
        foreach (SaeApplication app in apps)
        {
            foreach (KeyValuePair<string, string> tag in tags)
            {
                int existing = app.Tags.FindIndex(t => t.Key == tag.Key);
                if (existing >= 0)
                {
                    app.Tags[existing] = tag;
                }
                else
                {
                    app.Tags.Add(tag);
                }
            }
        }

        return Answer(true);
    }

    /// <summary>The tags to set, a tag without a value setting the empty one; an empty list is refused like a malformed one.</summary>
    private static List<KeyValuePair<string, string>> ParseTags(string text)
    {
        IReadOnlyList<TagParameter> tags = TagParameter.ParseList(text);
        return tags.Count > 0
            ? tags.Select(t => new KeyValuePair<string, string>(t.Key, t.Value ?? "")).ToList()
            : throw new SaeException(SaeErrors.WithMessage("Tags", "it must name at least one tag, e.g. [{\"key\":\"k1\",\"value\":\"v1\"}]."));
    }
}
