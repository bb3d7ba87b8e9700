using System;
using System.Collections;
using System.Collections.Generic;
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
        object? item = given is PSObject wrapped ? wrapped.BaseObject : given;
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (item is IDictionary table)
        {
            foreach (DictionaryEntry entry in table)
            {
                values[entry.Key?.ToString() ?? string.Empty] = entry.Value is PSObject v ? v.BaseObject : entry.Value;
            }
        }
        else if (item is not null && item is not string && !item.GetType().IsPrimitive)
        {
            // The properties live on its PSObject, not on the object underneath.
            foreach (PSPropertyInfo property in PSObject.AsPSObject(given!).Properties)
            {
                values[property.Name] = property.Value is PSObject v ? v.BaseObject : property.Value;
            }
        }

        return values;
    }

    /// <summary>The first key not among <paramref name="keys"/>, or null.</summary>
    public static string? Unknown(Dictionary<string, object?> values, IReadOnlyList<string> keys)
    {
        foreach (string key in values.Keys)
        {
            bool known = false;
            foreach (string k in keys)
            {
                known |= string.Equals(k, key, StringComparison.OrdinalIgnoreCase);
            }

            if (!known)
            {
                return key;
            }
        }

        return null;
    }
}
