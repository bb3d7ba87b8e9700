using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// Whether a configuration field already holds a wanted value, without false drift: SAE's JSON-string fields are
/// compared as structures (key order and whitespace do not count), lists of named entries (Envs) as sets, numbers
/// and flags by value, and an absent or empty field equals an empty wanted one.
/// </summary>
internal static class FieldComparison
{
    public static bool Same(object? current, object? wanted) => JToken.DeepEquals(Normal(current), Normal(wanted));

    /// <summary>A value as text for messages: JSON for a structure.</summary>
    public static string Show(object? value) => Normal(value) is JToken token && token.Type != JTokenType.Null
        ? (token is JValue plain ? Convert.ToString(plain.Value, CultureInfo.InvariantCulture) ?? string.Empty : token.ToString(Formatting.None))
        : "(none)";

    private static JToken Normal(object? value)
    {
        JToken token = value switch
        {
            null => JValue.CreateNull(),
            JToken already => already,
            string text => Parsed(text),
            IDictionary or IEnumerable => JToken.FromObject(value),
            bool flag => new JValue(flag),
            IConvertible number => new JValue(Convert.ToString(number, CultureInfo.InvariantCulture)),
            _ => new JValue(value.ToString()),
        };
        return Canonical(token);
    }

    private static JToken Parsed(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return JValue.CreateNull();
        }

        if (trimmed[0] == '{' || trimmed[0] == '[')
        {
            try
            {
                return JToken.Parse(trimmed);
            }
            catch (JsonException)
            {
                // Not JSON after all: compared as the text it is.
            }
        }

        return new JValue(trimmed);
    }

    /// <summary>Objects with their keys in order, scalars as text, an empty list or object as nothing, named entries sorted by name.</summary>
    private static JToken Canonical(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                return obj.Count == 0 ? JValue.CreateNull() : new JObject(obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Canonical(p.Value))));
            case JArray array:
                if (array.Count == 0)
                {
                    return JValue.CreateNull();
                }

                var items = array.Select(Canonical).ToList();
                return new JArray(items.All(i => i is JObject o && o["name"] != null) ? items.OrderBy(i => i["name"]!.ToString(), StringComparer.Ordinal) : items);
            case JValue { Type: JTokenType.Null or JTokenType.Undefined }:
                return JValue.CreateNull();
            case JValue { Type: JTokenType.String } text when ((string)text!).Length == 0:
                return JValue.CreateNull();
            case JValue { Type: JTokenType.Boolean } flag:
                return new JValue((bool)flag ? "true" : "false");
            case JValue plain:
                return new JValue(Convert.ToString(plain.Value, CultureInfo.InvariantCulture));
            default:
                return token;
        }
    }
}
