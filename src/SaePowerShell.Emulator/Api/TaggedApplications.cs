using System.Text.Json;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// What the tag APIs (TagResources, UntagResources, ListTagResources) share: the resource type, which SAE documents
/// as <c>application</c>, and ResourceIds, a JSON array of application ids inside a string. Every id is found before
/// any is touched, so a bad id changes nothing.
/// </summary>
internal static class TaggedApplications
{
    public const string ResourceType = "application";

    /// <summary>The type ListTagResources answers for an application's tag.</summary>
    public const string AnsweredType = "ALIYUN::SAE::APPLICATION";

    public static void CheckType(SaeCall call)
    {
        if (!string.Equals(call.Required("ResourceType"), ResourceType, StringComparison.OrdinalIgnoreCase))
        {
            throw new SaeException(SaeErrors.WithMessage("ResourceType", $"only '{ResourceType}' is supported."));
        }
    }

    /// <summary>The applications ResourceIds names, each found.</summary>
    public static List<SaeApplication> Of(SaeCall call, string ids) =>
        ParseStrings("ResourceIds", ids, "application ids").Select(id => call.World.FindApplication(id) ?? throw new SaeException(SaeErrors.AppIdNotFound)).ToList();

    /// <summary>A JSON array of non-blank strings inside a string parameter, such as ["id1","id2"].</summary>
    public static string[] ParseStrings(string parameter, string text, string what)
    {
        try
        {
            string[]? values = JsonSerializer.Deserialize<string[]>(text);
            if (values is { Length: > 0 } && values.All(v => !string.IsNullOrWhiteSpace(v)))
            {
                return values;
            }
        }
        catch (JsonException)
        {
        }

        throw new SaeException(SaeErrors.WithMessage(parameter, $"it must be a JSON array of {what}, e.g. [\"a\",\"b\"]."));
    }
}
