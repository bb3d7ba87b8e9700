using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace SaePowerShell.Tests;

/// <summary>
/// The process environment as the test run found it, before any test isolated HOME (CmdletHost does, process-wide):
/// child processes that need the machine's NuGet packages (dotnet tool run pwsh) are pointed back at them.
/// </summary>
internal static class TestEnvironment
{
    public static string? OriginalHome { get; private set; }

    /// <summary>The NuGet global packages folder of the machine, for child processes that run local .NET tools.</summary>
    public static string NuGetPackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(OriginalHome ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// A child PowerShell running a script file through the repository's local tool (<c>dotnet tool run pwsh</c>),
    /// which finds the tool manifest above <paramref name="workingDirectory"/> and the machine's packages through its
    /// own HOME, whatever HOME the tests of this process have set.
    /// </summary>
    public static ProcessStartInfo PwshScript(string scriptFile, string workingDirectory)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "tool", "run", "pwsh", "-NoProfile", "-NonInteractive", "-File", scriptFile })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NUGET_PACKAGES"] = NuGetPackages;
        if (OriginalHome != null)
        {
            info.Environment["HOME"] = OriginalHome;
        }

        return info;
    }

    [ModuleInitializer]
    internal static void Capture() => OriginalHome = Environment.GetEnvironmentVariable("HOME");
}
