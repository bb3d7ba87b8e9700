using System;
using System.Linq;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Core.Json;

/// <summary>
/// Lenient readers for SAE's JSON: documentation samples disagree on types (Code is "200" or 200, counts come as
/// strings), so a field of an unexpected type is read if it can be, and is otherwise absent, never an exception.
/// </summary>
internal static class JsonRead
{
    /// <summary>The body as a JSON object, or null when it is not one (empty, HTML, truncated, an array): never an exception.</summary>
    public static JObject? TryParseObject(string? body)
    {
        if (body is null || !body.TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Parse(body) as JObject;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Parses JSON leaving strings as strings: Newtonsoft would otherwise turn ISO-8601 text (STS's Expiration) into
    /// dates, shifted into local time, which the readers below would not see as text.
    /// </summary>
    public static JToken Parse(string json)
    {
        using (var reader = new Newtonsoft.Json.JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None })
        {
            JToken token = JToken.ReadFrom(reader);

            // JToken.Parse refuses trailing content; so must this.
            while (reader.Read())
            {
                if (reader.TokenType != Newtonsoft.Json.JsonToken.Comment)
                {
                    throw new Newtonsoft.Json.JsonReaderException("Additional text found in JSON string after finishing deserializing object.");
                }
            }

            return token;
        }
    }

    public static string? String(JToken? parent, string name)
    {
        JToken? token = Child(parent, name);
        if (token is null)
        {
            return null;
        }

        switch (token.Type)
        {
            case JTokenType.String:
            case JTokenType.Integer:
            case JTokenType.Float:
            case JTokenType.Boolean:
                return Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }

    /// <summary>A text field, with an empty one read as absent: SAE writes "" where it has nothing to say.</summary>
    public static string? NonEmptyString(JToken? parent, string name) => String(parent, name) is string text && text.Length > 0 ? text : null;

    public static int? Int(JToken? parent, string name)
    {
        JToken? token = Child(parent, name);
        if (token is null)
        {
            return null;
        }

        // Read through the number's text: Newtonsoft keeps an integer past long's range as a BigInteger, which no cast
        // to long survives, and the text of any size of integer parses or does not.
        string? text = token.Type == JTokenType.Integer ? Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture)
            : token.Type == JTokenType.String ? token.Value<string>()
            : null;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) ? parsed : (int?)null;
    }

    /// <summary>A 64-bit whole number (SAE's config-map and other ids), read through its text as <see cref="Int"/> is.</summary>
    public static long? Long(JToken? parent, string name)
    {
        JToken? token = Child(parent, name);
        string? text = token is null ? null
            : token.Type == JTokenType.Integer ? Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture)
            : token.Type == JTokenType.String ? token.Value<string>()
            : null;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long parsed) ? parsed : (long?)null;
    }

    /// <summary>
    /// A map&lt;string,any&gt; as keys and text, in key order: a value that is not text is kept as its JSON, so nothing
    /// read is lost; a map SAE sends as a JSON string is read the same way.
    /// </summary>
    public static System.Collections.Generic.IReadOnlyDictionary<string, string> TextMap(JToken? parent, string name)
    {
        JToken? data = Child(parent, name);
        if (data is JValue text && text.Type == JTokenType.String && TryParseObject((string?)text) is JObject parsed)
        {
            data = parsed;
        }

        var result = new System.Collections.Generic.SortedDictionary<string, string>(StringComparer.Ordinal);
        if (data is JObject map)
        {
            foreach (JProperty property in map.Properties())
            {
                result[property.Name] = property.Value.Type == JTokenType.String ? (string)property.Value! : property.Value.ToString(Newtonsoft.Json.Formatting.None);
            }
        }

        return result;
    }

    /// <summary>
    /// A list of key and value objects (SAE's tags: [{"Key":"team","Value":"web"}]) as a map, the names matched in any
    /// case, since SAE writes them both ways; an item without a key is left out, a missing value is empty.
    /// </summary>
    public static System.Collections.Generic.IDictionary<string, string> Pairs(JToken? parent, string name, string keyName, string valueName)
    {
        var pairs = new System.Collections.Generic.Dictionary<string, string>();
        if (Child(parent, name) is JArray items)
        {
            foreach (JObject item in items.OfType<JObject>())
            {
                if (item.GetValue(keyName, StringComparison.OrdinalIgnoreCase) is JValue { Type: JTokenType.String } key)
                {
                    pairs[(string)key!] = item.GetValue(valueName, StringComparison.OrdinalIgnoreCase) is JValue { Type: JTokenType.String } value ? (string)value! : string.Empty;
                }
            }
        }

        return pairs;
    }

    public static bool? Bool(JToken? parent, string name)
    {
        JToken? token = Child(parent, name);
        if (token is null)
        {
            return null;
        }

        if (token.Type == JTokenType.Boolean)
        {
            return token.Value<bool>();
        }

        if (token.Type == JTokenType.String && bool.TryParse(token.Value<string>(), out bool parsed))
        {
            return parsed;
        }

        return null;
    }

    public static JToken? Child(JToken? parent, string name)
    {
        if (!(parent is JObject obj))
        {
            return null;
        }

        JToken? token = obj[name];
        return token is null || token.Type == JTokenType.Null || token.Type == JTokenType.Undefined ? null : token;
    }
}
