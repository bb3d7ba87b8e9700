using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace SaePowerShell.Commands.Input;

/// <summary>PowerShell's values as plain .NET ones for the core: a hashtable or PSCustomObject as a dictionary, an array as a list.</summary>
internal static class PowerShellValues
{
    public static object? Unwrap(object? value)
    {
        if (value is PSObject wrapped)
        {
            if (wrapped.BaseObject is PSCustomObject)
            {
                var properties = new Dictionary<string, object?>();
                foreach (PSPropertyInfo property in wrapped.Properties)
                {
                    properties[property.Name] = Unwrap(property.Value);
                }

                return properties;
            }

            value = wrapped.BaseObject;
        }

        switch (value)
        {
            case IDictionary dictionary:
                var map = new Dictionary<string, object?>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    map[entry.Key.ToString() ?? string.Empty] = Unwrap(entry.Value);
                }

                return map;
            case string text:
                return text;
            case SwitchParameter flag:
                return flag.IsPresent;
            case IEnumerable items:
                var list = new List<object?>();
                foreach (object? item in items)
                {
                    list.Add(Unwrap(item));
                }

                return list;
            default:
                return value;
        }
    }
}
