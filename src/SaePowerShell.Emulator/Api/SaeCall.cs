using System.Globalization;
using System.Text.Json;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// What an API handler gets: the decoded parameters (query, path and body, already checked against the surface file),
/// the region header, and the world inside its transaction.
/// </summary>
internal sealed class SaeCall(IReadOnlyDictionary<string, string> query, string? regionHeader, WorldState world, JsonElement? wholeBody = null)
{
    public WorldState World { get; } = world;

    /// <summary>The JSON body itself, for the v2 APIs whose one body parameter is <c>body</c>; null otherwise.</summary>
    public JsonElement? WholeBody { get; } = wholeBody;

    /// <summary>The x-acs-region-id header, which the aliyun CLI sends; null when absent or blank.</summary>
    public string? RegionHeader { get; } = string.IsNullOrWhiteSpace(regionHeader) ? null : regionHeader.Trim();

    /// <summary>The parameter's value, or null when it is absent.</summary>
    public string? Optional(string name) => query.TryGetValue(name, out string? value) ? value : null;

    /// <summary>The parameter's value; absent or blank answers InvalidParameter.NotEmpty naming it.</summary>
    public string Required(string name)
    {
        string? value = Optional(name);
        return string.IsNullOrWhiteSpace(value) ? throw new SaeException(SaeErrors.NotEmpty(name)) : value;
    }

    /// <summary>A required long (the gateway has checked that it parses); out of range answers InvalidParameter.Obviously.</summary>
    public long RequiredLong(string name) =>
        long.TryParse(Required(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long result)
            ? result
            : throw new SaeException(SaeErrors.Obviously(name));

    /// <summary>An optional integer in [min, max]; anything else answers InvalidParameter.Obviously naming it.</summary>
    public int OptionalInt(string name, int defaultValue, int min, int max)
    {
        string? value = Optional(name);
        if (value is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int result) || result < min || result > max)
        {
            throw new SaeException(SaeErrors.Obviously(name));
        }

        return result;
    }

    /// <summary>
    /// An optional value that must be one of <paramref name="allowed"/> (any case), answered as the list spells it;
    /// absent is <paramref name="defaultValue"/>, anything else InvalidParameter.Obviously naming the parameter.
    /// </summary>
    public string? OptionalChoice(string name, string? defaultValue, params string[] allowed) =>
        Optional(name) is { } given
            ? allowed.FirstOrDefault(a => string.Equals(a, given, StringComparison.OrdinalIgnoreCase)) ?? throw new SaeException(SaeErrors.Obviously(name))
            : defaultValue;

    /// <summary>
    /// An optional boolean: <c>true</c> or <c>false</c> in any case, as the SDKs write them. Anything else, the empty
    /// string included, answers InvalidParameter.Obviously naming it.
    /// </summary>
    public bool OptionalBool(string name, bool defaultValue)
    {
        string? value = Optional(name);
        if (value is null)
        {
            return defaultValue;
        }

        return bool.TryParse(value, out bool result) && !value.Any(char.IsWhiteSpace)
            ? result
            : throw new SaeException(SaeErrors.Obviously(name));
    }
}
