using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// What the application cmdlets turn their parameters into, by SAE's official names: -Parameter as plain values, the
/// container's values (image or package, environment, command, probes) in SAE's forms, and the two merged so that a
/// value is given once: -Parameter naming one the cmdlet sets itself is refused before any call.
/// </summary>
internal static class OfficialValues
{
    /// <summary>-Parameter's entries as plain values, by the official names they give.</summary>
    public static Dictionary<string, object?> OfParameter(IDictionary? parameter)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in parameter ?? new Hashtable())
        {
            values[InputValue.Key(entry.Key)] = PowerShellValues.Unwrap(entry.Value);
        }

        return values;
    }

    /// <summary>The container's values that were given, in SAE's forms: the environment and arguments as its JSON strings, probes as plain values.</summary>
    public static Dictionary<string, object?> OfContainer(string? imageUrl, string? packageUrl, string? packageVersion, IDictionary? environment, string? command, string[]? commandArgs, object? liveness, object? readiness)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["ImageUrl"] = imageUrl,
            ["PackageUrl"] = packageUrl,
            ["PackageVersion"] = packageVersion,
            ["Envs"] = environment is null ? null : EnvironmentVariables.Json(environment),
            ["Command"] = command,
            ["CommandArgs"] = commandArgs is null ? null : Newtonsoft.Json.JsonConvert.SerializeObject(commandArgs),
            ["Liveness"] = liveness is null ? null : PowerShellValues.Unwrap(liveness),
            ["Readiness"] = readiness is null ? null : PowerShellValues.Unwrap(readiness),
        };
        return Given(values);
    }

    /// <summary>Only the values that were given (not null).</summary>
    public static Dictionary<string, object?> Given(IEnumerable<KeyValuePair<string, object?>> values) =>
        values.Where(p => p.Value != null).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="into"/> with -Parameter's values, then the cmdlet's own over them; -Parameter naming one of
    /// <paramref name="own"/> or of <paramref name="setElsewhere"/> (what the cmdlet sets by other means) is refused.
    /// </summary>
    /// <exception cref="SaeConfigurationException">ParameterGivenTwice, naming the value and the parameter to give it with.</exception>
    public static Dictionary<string, object?> Merge(Dictionary<string, object?> into, IDictionary? parameter, IReadOnlyDictionary<string, object?> own, IEnumerable<string> setElsewhere, string cmdlet)
    {
        Dictionary<string, object?> extra = OfParameter(parameter);
        string? twice = extra.Keys.FirstOrDefault(k => own.ContainsKey(k) || setElsewhere.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (twice != null)
        {
            throw new SaeConfigurationException("ParameterGivenTwice", "-Parameter names " + twice + ", which " + cmdlet + " sets from its own parameters; give it there, once. Nothing was sent.");
        }

        foreach (KeyValuePair<string, object?> pair in extra.Concat(own))
        {
            into[pair.Key] = pair.Value;
        }

        return into;
    }
}
