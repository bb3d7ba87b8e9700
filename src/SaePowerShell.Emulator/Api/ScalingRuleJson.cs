using System.Globalization;
using System.Text.Json;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// Reading the JSON strings ScalingRuleTimer and ScalingRuleMetric: members found in any case, as SAE's own examples
/// spell them both ways; numbers taken as numbers or numeric strings (its example sends "step":"100").
/// </summary>
internal static class ScalingRuleJson
{
    public static JsonElement Object(string json, string parameter)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new SaeException(SaeErrors.WithMessage(parameter, "it must be a JSON object."));
        }
        catch (JsonException)
        {
            throw new SaeException(SaeErrors.WithMessage(parameter, "it is not JSON."));
        }
    }

    public static JsonElement? Member(JsonElement obj, string name)
    {
        foreach (JsonProperty property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                return property.Value;
            }
        }

        return null;
    }

    public static string? String(JsonElement obj, string name, string parameter) => Member(obj, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => throw new SaeException(SaeErrors.WithMessage(parameter, $"{name} must be a string.")),
    };

    public static int? Int(JsonElement obj, string name, string parameter) => Long(obj, name, parameter) switch
    {
        null => null,
        long value when value is >= int.MinValue and <= int.MaxValue => (int)value,
        long value => throw new SaeException(SaeErrors.WithMessage(parameter, $"{name} {value} is out of range.")),
    };

    public static long? Long(JsonElement obj, string name, string parameter)
    {
        JsonElement? value = Member(obj, name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetInt64(out long number))
        {
            return number;
        }

        if (value.Value.ValueKind == JsonValueKind.String && long.TryParse(value.Value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw new SaeException(SaeErrors.WithMessage(parameter, $"{name} {value.Value.GetRawText()} is not a whole number."));
    }

    public static bool? Bool(JsonElement obj, string name, string parameter) => Member(obj, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } value when bool.TryParse(value.GetString(), out bool b) => b,
        _ => throw new SaeException(SaeErrors.WithMessage(parameter, $"{name} must be true or false.")),
    };
}
