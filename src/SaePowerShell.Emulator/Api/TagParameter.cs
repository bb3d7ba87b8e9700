using System.Text.Json;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// One tag of a <c>Tags</c> parameter (TagResources, ListApplications): a JSON array of objects, as a string. SAE's
/// documentation spells the members <c>key</c> and <c>value</c> while the SDK's response models (and some SAE clients)
/// say <c>Key</c> and <c>Value</c>, so either spelling is read, in any case. <see cref="Value"/> is null when the object
/// gives none.
/// </summary>
internal sealed record TagParameter(string Key, string? Value)
{
    /// <summary>
    /// The tags of a Tags parameter, in order. Not JSON, not an array, an element that is not an object, without a
    /// non-empty string key, with a value that is neither a string nor null, or with one member in two spellings and
    /// two values: InvalidParameter.WithMessage naming Tags.
    /// </summary>
    public static IReadOnlyList<TagParameter> ParseList(string text)
    {
        List<TagParameter>? tags = null;
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                tags = [];
                foreach (JsonElement element in document.RootElement.EnumerateArray())
                {
                    if (Read(element) is not { } tag)
                    {
                        tags = null;
                        break;
                    }

                    tags.Add(tag);
                }
            }
        }
        catch (JsonException)
        {
        }

        return tags ?? throw new SaeException(SaeErrors.WithMessage("Tags",
            "it must be a JSON array of {\"key\":…,\"value\":…} objects, each with a non-empty string key (key and value in either case)."));
    }

    /// <summary>Whether the application carries this tag: its key with this value, or with any value when none was given.</summary>
    public bool IsCarriedBy(SaeApplication app) =>
        app.Tags.Any(own => own.Key == Key && (Value is null || own.Value == Value));

    private static TagParameter? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !TryReadMember(element, "key", out string? key) || string.IsNullOrEmpty(key)
            || !TryReadMember(element, "value", out string? value))
        {
            return null;
        }

        return new TagParameter(key, value);
    }

    /// <summary>
    /// The string member of this name in any case (null when absent or null); false when one is neither a string nor
    /// null, or when two spellings disagree.
    /// </summary>
    private static bool TryReadMember(JsonElement element, string name, out string? value)
    {
        value = null;
        bool seen = false;
        foreach (JsonProperty member in element.EnumerateObject())
        {
            if (!string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string? text;
            switch (member.Value.ValueKind)
            {
                case JsonValueKind.String:
                    text = member.Value.GetString();
                    break;
                case JsonValueKind.Null:
                    text = null;
                    break;
                default:
                    return false;
            }

            if (seen && text != value)
            {
                return false;
            }

            seen = true;
            value = text;
        }

        return true;
    }
}
