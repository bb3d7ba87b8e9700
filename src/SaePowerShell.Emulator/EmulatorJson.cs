using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SaePowerShell.Emulator;

/// <summary>The two JSON dialects the emulator speaks.</summary>
internal static class EmulatorJson
{
    /// <summary>
    /// SAE's: property names exactly as declared (PascalCase), and no HTML-escaping, so a Base64 signature or a string
    /// to sign reads in the body as it would in a log.
    /// </summary>
    public static readonly JsonSerializerOptions Sae = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// What tests and people write (seeds, fault plans): camelCase, comments and trailing commas allowed, and unknown
    /// members are errors, because a misspelt "namspaceId" would otherwise silently become an empty id.
    /// </summary>
    public static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The admin endpoints': camelCase, like the seed files tests write.</summary>
    public static readonly JsonSerializerOptions Admin = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
