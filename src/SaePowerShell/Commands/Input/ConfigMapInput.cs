using System.Collections;
using System.Collections.Generic;

namespace SaePowerShell.Commands.Input;

/// <summary>A config map's data as a user gives it: a hashtable of keys and values, each value text.</summary>
internal static class ConfigMapInput
{
    /// <summary>The data as keys and text values, or null with <paramref name="problem"/> naming the key or value that is not one.</summary>
    public static IReadOnlyDictionary<string, string>? DataOf(IDictionary data, out string? problem) =>
        DataInput.Read<string>(data, "config map", (key, value) =>
            value is null ? (string.Empty, "The value of '" + key + "' in -Data is null; a config map holds text (use '' for an empty value).")
            : !(value is string) && (value is IEnumerable || value is IDictionary)
                ? (string.Empty, "The value of '" + key + "' in -Data is a " + value.GetType().Name + "; a config map holds text. Convert it first, for example with ConvertTo-Json -Compress.")
                : (InputValue.Text(value), null),
            out problem);
}
