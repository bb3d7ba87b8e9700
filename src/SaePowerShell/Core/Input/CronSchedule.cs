using System;
using System.Globalization;

namespace SaePowerShell.Core.Input;

/// <summary>
/// A job's schedule as Kubernetes CronJobs (and so SAE's jobs) take it: five fields, minute (0-59), hour (0-23), day
/// of month (1-31), month (1-12 or JAN-DEC) and day of week (0-7 or SUN-SAT, 0 and 7 both Sunday), each '*', a value, a
/// range a-b, a list of those, any of them with a step /n. Anything else is refused before a call, naming the field.
/// </summary>
internal static class CronSchedule
{
    private static readonly (string Name, int Min, int Max, string[]? Names)[] Fields =
    {
        ("minute", 0, 59, null),
        ("hour", 0, 23, null),
        ("day of month", 1, 31, null),
        ("month", 1, 12, new[] { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" }),
        ("day of week", 0, 7, new[] { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" }),
    };

    /// <summary>What is wrong with <paramref name="expression"/>, or null when SAE would take it.</summary>
    public static string? Problem(string expression)
    {
        string[] parts = (expression ?? string.Empty).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != Fields.Length)
        {
            return "The schedule '" + expression + "' has " + parts.Length + " field(s); a cron expression has five: minute hour day-of-month month day-of-week, such as '0 2 * * *'.";
        }

        for (int i = 0; i < parts.Length; i++)
        {
            if (FieldProblem(parts[i], Fields[i]) is string problem)
            {
                return "The schedule '" + expression + "' has the " + Fields[i].Name + " '" + parts[i] + "': " + problem;
            }
        }

        return null;
    }

    private static string? FieldProblem(string field, (string Name, int Min, int Max, string[]? Names) spec)
    {
        foreach (string item in field.Split(','))
        {
            string range = item;
            int slash = item.IndexOf('/');
            if (slash >= 0)
            {
                range = item.Substring(0, slash);
                if (!int.TryParse(item.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int step) || step < 1)
                {
                    return "a step is a whole number of 1 or more.";
                }
            }

            if (range == "*")
            {
                continue;
            }

            string[] ends = range.Split('-');
            if (ends.Length > 2 || ends.Length == 0)
            {
                return "a range is a-b.";
            }

            int? low = Value(ends[0], spec), high = ends.Length == 2 ? Value(ends[1], spec) : low;
            if (low is null || high is null)
            {
                return "each value is a whole number from " + spec.Min + " to " + spec.Max + (spec.Names is null ? string.Empty : ", or " + spec.Names[0] + " to " + spec.Names[spec.Names.Length - 1]) + ".";
            }

            if (low > high)
            {
                return "a range runs from the lower value to the higher.";
            }
        }

        return null;
    }

    private static int? Value(string text, (string Name, int Min, int Max, string[]? Names) spec)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            return value >= spec.Min && value <= spec.Max ? value : null;
        }

        int named = spec.Names is null ? -1 : Array.FindIndex(spec.Names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return named < 0 ? null : named + (spec.Min == 1 ? 1 : 0);
    }
}
