using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UntagResources (DELETE /tags, query): removes the tags TagKeys names (a JSON array of keys) from every application
/// of ResourceIds, or all their tags with DeleteAll=true. A key an application lacks is no error, and a call with
/// neither removes nothing: SAE documents neither as required, so neither is refused.
/// </summary>
internal sealed partial class UntagResourcesApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        TaggedApplications.CheckType(call);
        List<SaeApplication> apps = TaggedApplications.Of(call, call.Required("ResourceIds"));
        bool all = call.OptionalBool("DeleteAll", false);
        string[]? keys = call.Optional("TagKeys") is { Length: > 0 } text ? TaggedApplications.ParseStrings("TagKeys", text, "tag keys") : null;
        foreach (SaeApplication app in apps)
        {
            app.Tags.RemoveAll(tag => all || (keys?.Contains(tag.Key) ?? false));
        }

        return Answer(true);
    }
}
