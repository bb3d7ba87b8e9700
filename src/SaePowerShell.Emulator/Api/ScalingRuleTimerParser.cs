using System.Globalization;
using System.Text.Json;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ScalingRuleTimer, the JSON string SAE documents: {"beginDate":…,"endDate":…,"period":"* * *","schedules":[{"atTime":"08:00","targetReplicas":10}]}.
/// Member names in any case (SAE's own example mixes them). Anything SAE would not schedule by is
/// InvalidParameter.WithMessage naming ScalingRuleTimer and the value.
/// </summary>
internal static class ScalingRuleTimerParser
{
    private const string Parameter = "ScalingRuleTimer";
    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public static ScalingTimer Parse(string json, bool mix)
    {
        JsonElement root = ScalingRuleJson.Object(json, Parameter);
        string period = ScalingRuleJson.String(root, "period", Parameter) ?? "* * *";
        CheckPeriod(period);
        string? begin = Date(root, "beginDate");
        string? end = Date(root, "endDate");
        if (begin is not null && end is not null && string.CompareOrdinal(begin, end) > 0)
        {
            throw Bad($"beginDate {begin} is after endDate {end}.");
        }

        JsonElement? schedules = ScalingRuleJson.Member(root, "schedules");
        if (schedules is not { ValueKind: JsonValueKind.Array } list || list.GetArrayLength() == 0)
        {
            throw Bad("schedules must be a non-empty array.");
        }

        var parsed = new List<ScalingSchedule>();
        foreach (JsonElement item in list.EnumerateArray())
        {
            parsed.Add(Schedule(item, mix));
        }

        if (parsed.Select(s => s.AtTime).Distinct(StringComparer.Ordinal).Count() != parsed.Count)
        {
            throw Bad("two schedules share an atTime.");
        }

        return new ScalingTimer(period, begin, end, parsed);
    }

    private static ScalingSchedule Schedule(JsonElement item, bool mix)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Bad("each schedule must be an object.");
        }

        string atTime = ScalingRuleJson.String(item, "atTime", Parameter) ?? throw Bad("a schedule has no atTime.");
        if (!TimeOnly.TryParseExact(atTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw Bad($"atTime {atTime} is not a time HH:mm.");
        }

        if (!mix)
        {
            int target = ScalingRuleJson.Int(item, "targetReplicas", Parameter) ?? throw Bad($"the schedule at {atTime} has no targetReplicas.");
            return new ScalingSchedule(atTime, Replicas(target, "targetReplicas", atTime), null, null);
        }

        int min = ScalingRuleJson.Int(item, "minReplicas", Parameter) ?? throw Bad($"the schedule at {atTime} has no minReplicas.");
        int max = ScalingRuleJson.Int(item, "maxReplicas", Parameter) ?? throw Bad($"the schedule at {atTime} has no maxReplicas.");
        if (Replicas(min, "minReplicas", atTime) > Replicas(max, "maxReplicas", atTime))
        {
            throw Bad($"the schedule at {atTime} has minReplicas {min} above maxReplicas {max}.");
        }

        return new ScalingSchedule(atTime, null, min, max);
    }

    private static int Replicas(int value, string name, string atTime) =>
        value is >= 0 and <= SaeApplication.MaxInstances ? value : throw Bad($"{name} {value} at {atTime} is not between 0 and {SaeApplication.MaxInstances}.");

    /// <summary>"day-of-month month day-of-week": "*" or days 1..31, "*" for the month, "*" or days Sun..Sat; not both kinds of day.</summary>
    private static void CheckPeriod(string period)
    {
        string[] fields = period.Split(' ');
        bool sound = fields.Length == 3 && fields[1] == "*"
            && (fields[0] == "*" || fields[0].Split(',').All(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out int day) && day is >= 1 and <= 31))
            && (fields[2] == "*" || fields[2].Split(',').All(d => Days.Contains(d, StringComparer.Ordinal)))
            && (fields[0] == "*" || fields[2] == "*");
        if (!sound)
        {
            throw Bad($"period {period} is not \"* * *\", \"* * Sun,…,Sat\" or \"1,…,31 * *\".");
        }
    }

    private static string? Date(JsonElement root, string name)
    {
        string? value = ScalingRuleJson.String(root, name, Parameter);
        return value is null || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? value
            : throw Bad($"{name} {value} is not a date yyyy-MM-dd.");
    }

    private static SaeException Bad(string reason) => new(SaeErrors.WithMessage(Parameter, reason));
}
