using System;
using System.Collections;
using System.Collections.Generic;

namespace SaePowerShell.Commands.Input;

/// <summary>A config map's data as a user gives it: a hashtable of keys and values, each value text.</summary>
internal static class ConfigMapInput
{
    /// <summary>The data as keys and text values, or null with <paramref name="problem"/> naming the key or value that is not one.</summary>
    public static IReadOnlyDictionary<string, string>? DataOf(IDictionary data, out string? problem)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in data)
        {
            string key = InputValue.Key(entry.Key);
            if (key.Trim().Length == 0)
            {
                problem = "A key of -Data is empty; every key of a config map is a name.";
                return null;
            }

            object? value = InputValue.Unwrap(entry.Value);
            if (value is null)
            {
                problem = "The value of '" + key + "' in -Data is null; a config map holds text (use '' for an empty value).";
                return null;
            }

            if (!(value is string) && (value is IEnumerable || value is IDictionary))
            {
                problem = "The value of '" + key + "' in -Data is a " + value.GetType().Name + "; a config map holds text. Convert it first, for example with ConvertTo-Json -Compress.";
                return null;
            }

            result[key] = InputValue.Text(value);
        }

        if (result.Count == 0)
        {
            problem = "-Data is empty; a config map holds at least one key.";
            return null;
        }

        problem = null;
        return result;
    }
}
