using System;
using System.Globalization;

namespace SaePowerShell.Core.Api;

/// <summary>A parameter value as it goes on the wire as text: booleans lower-case, numbers in the invariant culture, as the SDK writes them.</summary>
internal static class ParameterText
{
    public static string Of(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
