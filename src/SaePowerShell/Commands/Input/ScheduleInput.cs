using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// -Schedule as given: SaeScalingSchedule objects, or hashtables (any object with the properties) with AtTime and
/// TargetReplicas, or MinReplicas and MaxReplicas. A problem names the item and the key, before anything is sent.
/// </summary>
internal static class ScheduleInput
{
    private static readonly string[] Keys = { "AtTime", "TargetReplicas", "MinReplicas", "MaxReplicas" };

    /// <summary>The schedules, or null with <paramref name="problem"/>; none given is an empty list.</summary>
    public static IReadOnlyList<SaeScalingSchedule>? Read(PSObject[]? given, out string? problem)
    {
        problem = null;
        var schedules = new List<SaeScalingSchedule>();
        foreach (PSObject? item in given ?? Array.Empty<PSObject>())
        {
            SaeScalingSchedule? schedule = One(item, out problem);
            if (schedule is null)
            {
                return null;
            }

            schedules.Add(schedule);
        }

        return schedules;
    }

    private static SaeScalingSchedule? One(object? given, out string? problem)
    {
        problem = null;
        object? item = given is PSObject wrapped ? wrapped.BaseObject : given;
        if (item is SaeScalingSchedule schedule)
        {
            return schedule;
        }

        Dictionary<string, object?> values = PropertyBag.Of(given);
        if (!values.ContainsKey("AtTime"))
        {
            problem = "The schedule '" + given + "' is not a SaeScalingSchedule or a hashtable such as @{ AtTime = '08:00'; TargetReplicas = 3 }.";
            return null;
        }

        if (PropertyBag.Unknown(values, Keys) is string unknown)
        {
            problem = "The schedule key '" + unknown + "' is not one of " + string.Join(", ", Keys) + ".";
            return null;
        }

        var read = new SaeScalingSchedule { AtTime = values.TryGetValue("AtTime", out object? at) ? Convert.ToString(at, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty };
        foreach (string key in new[] { "TargetReplicas", "MinReplicas", "MaxReplicas" })
        {
            if (!values.TryGetValue(key, out object? value) || value is null)
            {
                continue;
            }

            if (!int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
            {
                problem = "The schedule at " + read.AtTime + " has " + key + " '" + value + "', which is not a whole number.";
                return null;
            }

            if (key == "TargetReplicas")
            {
                read.TargetReplicas = number;
            }
            else if (key == "MinReplicas")
            {
                read.MinReplicas = number;
            }
            else
            {
                read.MaxReplicas = number;
            }
        }

        return read;
    }
}
