using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Core.Planning;

/// <summary>
/// How a spec's typed parts (its scaling rules, its load balancers) are read: known keys only, text as text, whole
/// numbers as numbers, each problem naming where it is (at) through the caller's <c>bad</c>, which
/// adds the file and the application.
/// </summary>
internal static class SpecJson
{
    public static void Known(JObject obj, string[] keys, string at, Func<string, Exception> bad)
    {
        string? unknown = obj.Properties().Select(p => p.Name).FirstOrDefault(n => !keys.Contains(n, StringComparer.Ordinal));
        if (unknown != null)
        {
            throw bad("has " + at + " with an unknown property '" + unknown + "'; it takes " + string.Join(", ", keys));
        }
    }

    /// <summary>A list of objects of known keys (<paramref name="at"/> names it: scalingRules, loadBalancers[0].listeners), each with where it is.</summary>
    public static IReadOnlyList<(JObject Item, string At)> Objects(JToken? token, string at, string[] keys, Func<string, Exception> bad)
    {
        JArray array = token as JArray ?? throw bad("has " + at + " that are not a list");
        return array.Select((item, i) =>
        {
            string where = at + "[" + i + "]";
            JObject obj = item as JObject ?? throw bad("has " + where + " that is not an object");
            Known(obj, keys, where, bad);
            return (obj, where);
        }).ToList();
    }

    public static string? Text(JObject obj, string key, string at, Func<string, Exception> bad) =>
        obj[key] is null || obj[key]!.Type == JTokenType.Null ? null
        : obj[key]!.Type == JTokenType.String ? (string)obj[key]! : throw bad("has " + at + "." + key + " that is not text");

    public static int? Number(JObject obj, string key, string at, Func<string, Exception> bad) =>
        obj[key] is null || obj[key]!.Type == JTokenType.Null ? null
        : obj[key]!.Type == JTokenType.Integer ? (int)obj[key]! : throw bad("has " + at + "." + key + " " + obj[key]!.ToString(Newtonsoft.Json.Formatting.None) + ", which is not a whole number");
}
