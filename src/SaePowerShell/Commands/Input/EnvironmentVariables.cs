using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;

namespace SaePowerShell.Commands.Input;

/// <summary>A hashtable of environment variables as SAE's Envs: a JSON array of name and value, in name order.</summary>
internal static class EnvironmentVariables
{
    /// <summary>SAE's Envs for <paramref name="variables"/>; a name that is empty, or a value that is null or a list, is refused naming it.</summary>
    public static string Json(IDictionary variables)
    {
        var entries = new List<Dictionary<string, string>>();
        foreach (DictionaryEntry entry in variables)
        {
            string name = InputValue.Key(entry.Key);
            object? value = InputValue.Unwrap(entry.Value);
            if (name.Trim().Length == 0)
            {
                throw new SaeConfigurationException("InvalidEnvironment", "-Environment has a variable with an empty name. Nothing was sent.");
            }

            if (value is null || (value is IEnumerable && !(value is string)))
            {
                throw new SaeConfigurationException("InvalidEnvironment", "-Environment's variable '" + name + "' has " + (value is null ? "no value" : "a list as its value") + "; give it one text value. Nothing was sent.");
            }

            entries.Add(new Dictionary<string, string> { ["name"] = name, ["value"] = InputValue.Text(value) });
        }

        return JsonConvert.SerializeObject(entries.OrderBy(e => e["name"], System.StringComparer.Ordinal));
    }
}
