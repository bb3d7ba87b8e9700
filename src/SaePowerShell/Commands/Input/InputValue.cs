using System;
using System.Globalization;
using System.Management.Automation;

namespace SaePowerShell.Commands.Input;

/// <summary>A value as PowerShell hands it over: the object inside its PSObject wrapper, and as text whatever the culture.</summary>
internal static class InputValue
{
    public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    /// <summary>The value as SAE takes text: numbers and dates in the invariant culture, so 1.5 is never 1,5.</summary>
    public static string Text(object value) =>
        value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;

    /// <summary>A dictionary's key as text, in the invariant culture.</summary>
    public static string Key(object key) => Convert.ToString(Unwrap(key), CultureInfo.InvariantCulture) ?? string.Empty;
}
