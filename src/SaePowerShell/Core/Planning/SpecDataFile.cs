using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// Specs as a PowerShell data file (.psd1): the JSON form's content written as PowerShell literals, keys in the same
/// stable order; one application is one hashtable, several are <c>@{ applications = @(...) }</c>, since a data file
/// holds a single hashtable. Only literals are written, so Import-PowerShellDataFile reads it back.
/// </summary>
internal static class SpecDataFile
{
    public static string Write(IReadOnlyList<SaeApplicationSpec> specs)
    {
        JToken document = JToken.Parse(ApplicationSpecs.ToJson(specs));
        var text = new StringBuilder();
        Literal(text, document is JArray ? new JObject { ["applications"] = document } : document, 0);
        return text.Append('\n').ToString();
    }

    /// <summary>A data file's hashtable, as plain values, as the JSON form would hold it.</summary>
    public static string ToJson(object? plain)
    {
        JToken token = JToken.FromObject(plain ?? new Dictionary<string, object?>());
        return (token is JObject root && root["applications"] is JArray applications ? applications : token).ToString();
    }

    private static void Literal(StringBuilder text, JToken token, int depth)
    {
        string indent = new string(' ', 4 * (depth + 1));
        switch (token)
        {
            case JObject obj:
                text.Append("@{");
                foreach (JProperty property in obj.Properties())
                {
                    text.Append('\n').Append(indent).Append(Quoted(property.Name)).Append(" = ");
                    Literal(text, property.Value, depth + 1);
                }

                text.Append(obj.Count == 0 ? "}" : "\n" + new string(' ', 4 * depth) + "}");
                break;
            case JArray array:
                text.Append("@(");
                for (int i = 0; i < array.Count; i++)
                {
                    text.Append('\n').Append(indent);
                    Literal(text, array[i], depth + 1);
                    text.Append(i < array.Count - 1 ? "," : string.Empty);
                }

                text.Append(array.Count == 0 ? ")" : "\n" + new string(' ', 4 * depth) + ")");
                break;
            case JValue { Type: JTokenType.Boolean } flag:
                text.Append((bool)flag! ? "$true" : "$false");
                break;
            case JValue { Type: JTokenType.Integer or JTokenType.Float } number:
                text.Append(Convert.ToString(number.Value, CultureInfo.InvariantCulture));
                break;
            case JValue { Type: JTokenType.Null }:
                text.Append("$null");
                break;
            default:
                text.Append(Quoted(token.ToString()));
                break;
        }
    }

    private static string Quoted(string value) => "'" + value.Replace("'", "''") + "'";
}
