using System;
using System.Collections;
using System.Collections.Generic;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// A -Data hashtable, read key by key: every key a name, at least one of them, and each value as the caller reads it
/// (text for a config map, a SecureString for a secret), or the first problem, naming the key.
/// </summary>
internal static class DataInput
{
    public static SortedDictionary<string, TValue>? Read<TValue>(IDictionary data, string noun, Func<string, object?, (TValue Value, string? Problem)> read, out string? problem)
    {
        var result = new SortedDictionary<string, TValue>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in data)
        {
            string key = InputValue.Key(entry.Key);
            if (key.Trim().Length == 0)
            {
                problem = "A key of -Data is empty; every key of a " + noun + " is a name.";
                return null;
            }

            (TValue value, string? refused) = read(key, InputValue.Unwrap(entry.Value));
            if (refused != null)
            {
                problem = refused;
                return null;
            }

            result[key] = value;
        }

        problem = result.Count == 0 ? "-Data is empty; a " + noun + " holds at least one key." : null;
        return problem is null ? result : null;
    }
}
