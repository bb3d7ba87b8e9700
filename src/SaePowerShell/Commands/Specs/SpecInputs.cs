using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Planning;

namespace SaePowerShell.Commands.Specs;

/// <summary>
/// The specs a command is given: SaeApplicationSpec objects as they are, and paths (wildcards allowed) read as JSON
/// spec files, each file's applications one by one, so that a bad one is its own error and the rest go on.
/// </summary>
internal static class SpecInputs
{
    public static IEnumerable<(SaeApplicationSpec? Spec, SaeConfigurationException? Error, object Input)> Read(PSCmdlet cmdlet, IEnumerable<object?> given)
    {
        foreach (object? each in given)
        {
            object? value = InputValue.Unwrap(each);
            if (value is SaeApplicationSpec spec)
            {
                SaeConfigurationException? problem = null;
                try
                {
                    ApplicationSpecs.Check(spec);
                }
                catch (SaeConfigurationException ex)
                {
                    problem = ex;
                }

                yield return (problem is null ? spec : null, problem, spec);
                continue;
            }

            string pattern = value is null ? string.Empty : InputValue.Text(value);
            IReadOnlyList<string> paths = Resolve(cmdlet, pattern);
            if (paths.Count == 0)
            {
                yield return (null, new SaeConfigurationException("SpecNotFound", "No spec file matches '" + pattern + "'. Nothing was sent for it."), pattern);
            }

            foreach (string path in paths)
            {
                foreach ((SaeApplicationSpec? read, SaeConfigurationException? error) in ApplicationSpecs.Read(Text(path), path))
                {
                    yield return (read, error, path);
                }
            }
        }
    }

    /// <summary>A spec file's content as JSON: a .psd1 parsed as PowerShell data (literals only, never run), anything else as it is.</summary>
    private static string Text(string path)
    {
        if (!string.Equals(Path.GetExtension(path), ".psd1", System.StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllText(path);
        }

        ScriptBlockAst parsed = Parser.ParseFile(path, out Token[] _, out ParseError[] errors);
        HashtableAst? data = errors.Length == 0 && parsed.EndBlock?.Statements.Count == 1 ? parsed.Find(a => a is HashtableAst, false) as HashtableAst : null;
        if (data is null)
        {
            // Not a data file: handed on as text, which the reader refuses naming the file.
            return "not a PowerShell data file: " + (errors.Length > 0 ? errors[0].Message : "it holds no single hashtable");
        }

        return SpecDataFile.ToJson(PowerShellValues.Unwrap(data.SafeGetValue()));
    }

    private static IReadOnlyList<string> Resolve(PSCmdlet cmdlet, string pattern)
    {
        var paths = new List<string>();
        if (pattern.Length == 0)
        {
            return paths;
        }

        try
        {
            foreach (string path in cmdlet.GetResolvedProviderPathFromPSPath(pattern, out ProviderInfo _))
            {
                paths.Add(path);
            }
        }
        catch (ItemNotFoundException)
        {
            // No match: the caller's error names the pattern.
        }

        return paths;
    }
}
