using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// A typed item given as a hashtable or as any object with the properties (a [pscustomobject], an imported CSV row):
/// its values by name, case-insensitive. -Schedule and -Listener read their items through it.
/// </summary>
internal static class PropertyBag
{
    /// <summary>The values of a hashtable by its keys, of any other object by its properties; empty for text and numbers.</summary>
    public static Dictionary<string, object?> Of(object? given)
    {
        object? item = InputValue.Unwrap(given);
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (item is IDictionary table)
        {
            foreach (DictionaryEntry entry in table)
            {
                values[InputValue.Key(entry.Key)] = InputValue.Unwrap(entry.Value);
            }
        }
        else if (item is not null && item is not string && !item.GetType().IsPrimitive)
        {
            // The properties live on its PSObject, not on the object underneath.
            foreach (PSPropertyInfo property in PSObject.AsPSObject(given!).Properties)
            {
                values[property.Name] = InputValue.Unwrap(property.Value);
            }
        }

        return values;
    }

    /// <summary>The first key not among <paramref name="keys"/>, or null.</summary>
    public static string? Unknown(Dictionary<string, object?> values, IReadOnlyList<string> keys) =>
        values.Keys.FirstOrDefault(key => !keys.Contains(key, StringComparer.OrdinalIgnoreCase));
}
