using System;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Core.Json
{
    /// <summary>
    /// Lenient readers for SAE's JSON: documentation samples disagree on types (Code is "200" or 200, counts come as
    /// strings), so a field of an unexpected type is read if it can be, and is otherwise absent, never an exception.
    /// </summary>
    internal static class JsonRead
    {
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

        public static int? Int(JToken? parent, string name)
        {
            JToken? token = Child(parent, name);
            if (token is null)
            {
                return null;
            }

            if (token.Type == JTokenType.Integer)
            {
                long value = token.Value<long>();
                return value > int.MaxValue || value < int.MinValue ? (int?)null : (int)value;
            }

            if (token.Type == JTokenType.String && int.TryParse(token.Value<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed))
            {
                return parsed;
            }

            return null;
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
}
