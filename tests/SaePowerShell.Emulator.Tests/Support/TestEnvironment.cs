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

    [ModuleInitializer]
    internal static void Capture() => OriginalHome = Environment.GetEnvironmentVariable("HOME");
}
