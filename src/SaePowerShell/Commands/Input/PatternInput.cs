using System.Management.Automation;

namespace SaePowerShell.Commands.Input;

/// <summary>A wildcard pattern from the command line, checked before any call: PowerShell parses a pattern only when it first matches.</summary>
internal static class PatternInput
{
    /// <summary>The pattern, or null with the reason when it is not one (such as 'x[', an unclosed bracket).</summary>
    public static WildcardPattern? Parse(string pattern, out string? problem)
    {
        var parsed = new WildcardPattern(pattern, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
        try
        {
            parsed.IsMatch(string.Empty);
            problem = null;
            return parsed;
        }
        catch (WildcardPatternException ex)
        {
            problem = "'" + pattern + "' is not a valid wildcard pattern (" + ex.Message.TrimEnd('.') + "). Escape a literal [ or ] with a backtick (`[), or use -Name without wildcards.";
            return null;
        }
    }
}
