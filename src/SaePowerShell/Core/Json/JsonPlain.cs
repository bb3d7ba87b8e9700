using System;
using System.Collections.Specialized;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Core.Json;

/// <summary>
/// JSON as plain .NET values a PowerShell user can read without Newtonsoft: objects as ordered dictionaries whose keys
/// ignore case (as PowerShell's do), arrays as object arrays, and numbers, strings and booleans as themselves.
/// </summary>
internal static class JsonPlain
{
    public static object? From(JToken? token)
    {
        switch (token)
        {
            case null:
                return null;
            case JObject obj:
                return Dictionary(obj);
            case JArray array:
                return array.Select(From).ToArray();
            case JValue value:
                return value.Type == JTokenType.Null || value.Type == JTokenType.Undefined ? null : value.Value;
            default:
                return token.ToString(Newtonsoft.Json.Formatting.None);
        }
    }

    public static OrderedDictionary Dictionary(JObject obj)
    {
        var result = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
        foreach (JProperty property in obj.Properties())
        {
            result[property.Name] = From(property.Value);
        }

        return result;
    }
}
