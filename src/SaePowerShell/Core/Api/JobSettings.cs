using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Core.Api;

/// <summary>
/// What New-SaeJob and Set-SaeJob are given of a job, typed (a null is "not given"), and the CreateJob or UpdateJob
/// parameters it becomes: the arguments, the environment and the schedule as the JSON strings SAE takes, the schedule
/// as a time trigger in the job's time zone. Set-SaeJob sends only what differs from the job's DescribeJob, compared
/// as values (JSON strings as structures), and its lost answer is read back the same way.
/// </summary>
internal sealed record JobSettings(
    string? ImageUrl,
    string? Command,
    IReadOnlyList<string>? CommandArgs,
    int? Replicas,
    string? Schedule,
    string? Timezone,
    long? BackoffLimit,
    long? JobTimeout,
    string? ConcurrencyPolicy,
    IReadOnlyDictionary<string, string>? Environment)
{
    /// <summary>SAE's time zone for a job that names none.</summary>
    public const string DefaultTimezone = "Asia/Shanghai";

    /// <summary>What is wrong with the values given, before any call, or null.</summary>
    public string? Problem() => Schedule is null ? null : CronSchedule.Problem(Schedule);

    /// <summary>
    /// The wire parameters of what is given, by SAE's names; <paramref name="currentTimezone"/> is the job's time zone
    /// (Set-SaeJob), which a new schedule keeps unless -Timezone is given.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Wire(string? currentTimezone = null)
    {
        var wire = new Dictionary<string, object?>(StringComparer.Ordinal);
        Put(wire, "ImageUrl", ImageUrl);
        Put(wire, "Command", Command);
        Put(wire, "CommandArgs", CommandArgs is null ? null : JsonConvert.SerializeObject(CommandArgs));
        Put(wire, "Replicas", Replicas);
        Put(wire, "Timezone", Timezone);
        Put(wire, "TriggerConfig", Schedule is null ? null : TriggerOf(Schedule, Timezone ?? currentTimezone ?? DefaultTimezone));
        Put(wire, "BackoffLimit", BackoffLimit);
        Put(wire, "Timeout", JobTimeout);
        Put(wire, "ConcurrencyPolicy", ConcurrencyPolicy);
        Put(wire, "Envs", Environment is null ? null
            : JsonConvert.SerializeObject(Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new { name = e.Key, value = e.Value })));
        return wire;
    }

    /// <summary>The time trigger SAE keeps for a cron schedule: {"type":"time","config":cron,"timezone":zone}.</summary>
    public static string TriggerOf(string schedule, string timezone) =>
        JsonConvert.SerializeObject(new { type = "time", config = schedule.Trim(), timezone });

    /// <summary>Of <paramref name="wire"/>, what <paramref name="template"/> (DescribeJob's Data) does not hold already.</summary>
    public static IReadOnlyDictionary<string, object?> Differing(IReadOnlyDictionary<string, object?> wire, JObject template) =>
        wire.Where(w => !Holds(template, w.Key, w.Value)).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="template"/> holds <paramref name="value"/> at <paramref name="name"/>: JSON strings compared as structures, the rest as text.</summary>
    public static bool Holds(JObject template, string name, object? value)
    {
        JToken? held = template[name];
        string wanted = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        string have = held is null || held.Type == JTokenType.Null ? string.Empty
            : held.Type == JTokenType.String ? held.ToString()
            : held.Type == JTokenType.Boolean ? ((bool)held ? "true" : "false")
            : held.ToString(Formatting.None);
        if (name is "CommandArgs" or "Envs" or "TriggerConfig")
        {
            return JToken.DeepEquals(ParseOrText(have), ParseOrText(wanted)) || (name == "Envs" && SameEnvironment(have, wanted));
        }

        return string.Equals(have, wanted, StringComparison.Ordinal);
    }

    private static bool SameEnvironment(string have, string wanted)
    {
        static IEnumerable<string> Pairs(string text) => ParseOrText(text) is JArray array
            ? array.OfType<JObject>().Select(e => e["name"] + "=" + e["value"]).OrderBy(p => p, StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        return Pairs(have).SequenceEqual(Pairs(wanted));
    }

    private static JToken ParseOrText(string text)
    {
        try
        {
            return text.Length == 0 ? JValue.CreateString(string.Empty) : JToken.Parse(text);
        }
        catch (JsonReaderException)
        {
            return JValue.CreateString(text);
        }
    }

    private static void Put(Dictionary<string, object?> wire, string name, object? value)
    {
        if (value != null)
        {
            wire[name] = value;
        }
    }
}
