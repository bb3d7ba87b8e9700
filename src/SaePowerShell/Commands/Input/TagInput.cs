using System;
using System.Collections;
using System.Collections.Generic;

namespace SaePowerShell.Commands.Input;

/// <summary>Tags as a user gives them: a hashtable of keys and text values.</summary>
internal static class TagInput
{
    /// <summary>
    /// The tags as keys and text values, or null with <paramref name="problem"/> naming the key or value that is not one.
    /// With <paramref name="anyValue"/> (a filter), a key given with $null stands for any value of it, kept as null.
    /// </summary>
    public static IReadOnlyDictionary<string, string?>? Of(IDictionary tags, string parameter, bool anyValue, out string? problem)
    {
        var result = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in tags)
        {
            string key = InputValue.Key(entry.Key);
            object? value = InputValue.Unwrap(entry.Value);
            problem = key.Trim().Length == 0 ? "A key of " + parameter + " is empty; every tag has a key."
                : value is null && !anyValue ? "The value of '" + key + "' in " + parameter + " is null; give '' for a tag without a value."
                : !(value is string) && value is IEnumerable ? "The value of '" + key + "' in " + parameter + " is a " + value.GetType().Name + "; a tag's value is text."
                : null;
            if (problem != null)
            {
                return null;
            }

            result[key] = value is null ? null : InputValue.Text(value);
        }

        problem = result.Count == 0 ? parameter + " is empty; give at least one tag, such as @{ env = 'dev' }." : null;
        return problem is null ? result : null;
    }
}
