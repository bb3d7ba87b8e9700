using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text;
using System;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands.Input;

/// <summary>
/// Reads an application from whatever came down the pipeline: an id string, a SaeApplication, or any object or
/// hashtable with AppId (and NamespaceId, RegionId). Hashtables do not bind by property name in PowerShell, so the
/// cmdlets take the object whole and read it here, which also lets every bad input become one clear error.
/// </summary>
internal static class AppInputReader
{
    public static AppInput Read(PSObject? input, string? defaultNamespaceId)
    {
        object? value = input?.BaseObject;
        switch (value)
        {
            case null:
                return AppInput.Invalid("NullInput", "The input object is null; pipe application objects or application id strings.", null);
            case string id:
                return Build(id, null, null, null, defaultNamespaceId, id);
            case SaeApplication app:
                return Build(app.AppId, app.NamespaceId, app.RegionId, app.AppName, defaultNamespaceId, input);
            case IDictionary dictionary:
                return FromProperties(name => Lookup(dictionary, name), defaultNamespaceId, input!, Describe(dictionary));
            default:
                if (IsScalar(value))
                {
                    return AppInput.Invalid("InvalidInputType",
                        "The input '" + InputRules.Shorten(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty) + "' of type " + value.GetType().Name
                        + " is neither an application id string nor an object with an AppId property.", input);
                }

                return FromProperties(name => input!.Properties[name]?.Value, defaultNamespaceId, input!, InputRules.Shorten(input!.ToString()));
        }
    }

    private static AppInput FromProperties(Func<string, object?> property, string? defaultNamespaceId, PSObject input, string description)
    {
        object? appId = InputValue.Unwrap(property("AppId"));
        if (appId is null)
        {
            return AppInput.Invalid("MissingAppId", "The input object " + description + " has no AppId property.", input);
        }

        if (!(appId is string appIdText))
        {
            return AppInput.Invalid("InvalidAppId", "The AppId of the input object " + description + " is a " + appId.GetType().Name + ", not a string.", input);
        }

        string? namespaceId = InputValue.Unwrap(property("NamespaceId")) as string;
        string? regionId = InputValue.Unwrap(property("RegionId")) as string;
        string? appName = InputValue.Unwrap(property("AppName")) as string;
        return Build(appIdText, namespaceId, string.IsNullOrWhiteSpace(regionId) ? null : regionId, appName, defaultNamespaceId, input);
    }

    private static AppInput Build(string appId, string? ownNamespaceId, string? regionId, string? appName, string? defaultNamespaceId, object? input)
    {
        string? problem = InputRules.AppIdProblem(appId);
        if (problem != null)
        {
            return AppInput.Invalid("InvalidAppId", problem, input);
        }

        string? namespaceId = string.IsNullOrEmpty(ownNamespaceId) ? defaultNamespaceId : ownNamespaceId;
        if (!string.IsNullOrEmpty(ownNamespaceId) && !string.IsNullOrEmpty(defaultNamespaceId) && !string.Equals(ownNamespaceId, defaultNamespaceId, StringComparison.Ordinal))
        {
            return AppInput.Invalid("NamespaceMismatch",
                "Application '" + appId + "' belongs to namespace '" + ownNamespaceId + "', but -NamespaceId is '" + defaultNamespaceId + "'. Leave out -NamespaceId when piping application objects.", input);
        }

        if (namespaceId is null)
        {
            return AppInput.Invalid("NamespaceUnknown",
                "No namespace is known for application '" + appId + "'. Pass -NamespaceId, or pipe objects that have a NamespaceId property (Get-SaeApplication output has one).", input);
        }

        problem = InputRules.NamespaceIdProblem(namespaceId);
        if (problem != null)
        {
            return AppInput.Invalid("InvalidNamespaceId", problem + " (application '" + appId + "')", input);
        }

        return AppInput.Valid(new AppTarget(appId, namespaceId, regionId, input), appName);
    }

    /// <summary>A property of a piped object or hashtable (any case), unwrapped; null when it has none.</summary>
    public static object? Property(PSObject? input, string name)
    {
        object? value = input?.BaseObject;
        return value is IDictionary dictionary ? InputValue.Unwrap(Lookup(dictionary, name))
            : value is null || value is string || IsScalar(value) ? null
            : InputValue.Unwrap(input!.Properties[name]?.Value);
    }

    private static object? Lookup(IDictionary dictionary, string name)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is string key && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Value;
            }
        }

        return null;
    }

    private static bool IsScalar(object value) => value is ValueType || value is ScriptBlock;

    private static string Describe(IDictionary dictionary)
    {
        var builder = new StringBuilder("@{");
        foreach (DictionaryEntry entry in dictionary)
        {
            if (builder.Length > 2)
            {
                builder.Append("; ");
            }

            builder.Append(entry.Key).Append('=').Append(entry.Value);
        }

        return InputRules.Shorten(builder.Append('}').ToString());
    }
}
