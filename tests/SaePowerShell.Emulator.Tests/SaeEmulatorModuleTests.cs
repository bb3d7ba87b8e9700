using System.Diagnostics;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// tools/SaeEmulator/SaeEmulator.psm1 run by the repository's own PowerShell (<c>dotnet tool run pwsh</c>), without
/// Pester: Ctrl+C does not reach the emulator, and no sae-emulator-* work folder is left behind, whichever way it ends.
/// </summary>
public sealed class SaeEmulatorModuleTests
{
    private static readonly string EmulatorDll = Path.Combine(AppContext.BaseDirectory, "SaePowerShell.Emulator.dll");

    [Fact]
    public async Task StartSaeEmulator_IgnoresSigint_PassesBatchOrdersPerNamespace_AndStopRemovesTheWorkFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string output = await RunPwshAsync("""
            $e = Start-SaeEmulator -EmulatorPath $env:SAE_EMULATOR_DLL -BatchOrdersPerNamespace
            "perNamespace=$((Get-SaeEmulatorState $e).batchOrdersPerNamespace)"
            & kill -INT $e.Process.Id
            Start-Sleep -Milliseconds 1500
            "exited=$($e.Process.HasExited)"
            "serving=$([bool](Get-SaeEmulatorState $e))"
            $folder = $e.WorkFolder
            "folderBefore=$(Test-Path $folder) $((Split-Path -Leaf $folder) -like 'sae-emulator-*')"
            Stop-SaeEmulator $e
            "folderAfter=$(Test-Path $folder)"
            """);

        Assert.Contains("perNamespace=True", output);
        Assert.Contains("exited=False", output);
        Assert.Contains("serving=True", output);
        Assert.Contains("folderBefore=True True", output);
        Assert.Contains("folderAfter=False", output);
    }

    [Fact]
    public async Task WhenPowerShellExitsWithoutStopSaeEmulator_TheEmulatorExits_AndRemovesItsWorkFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string output = await RunPwshAsync("""
            $e = Start-SaeEmulator -EmulatorPath $env:SAE_EMULATOR_DLL
            "pid=$($e.Process.Id)"
            "folder=$($e.WorkFolder)"
            """);
        int pid = int.Parse(Line(output, "pid="), System.Globalization.CultureInfo.InvariantCulture);
        string folder = Line(output, "folder=");

        var watch = Stopwatch.StartNew();
        while ((IsRunning(pid) || Directory.Exists(folder)) && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(200);
        }

        Assert.False(IsRunning(pid), $"emulator {pid} still runs after its PowerShell exited");
        Assert.False(Directory.Exists(folder), $"{folder} was left behind");
    }

    [Fact]
    public async Task EveryExportedFunction_HasSynopsisDescriptionExamples_AndDocumentsEveryParameter()
    {
        string output = await RunPwshAsync("""
            foreach ($name in (Get-Module SaeEmulator).ExportedFunctions.Keys) {
                $h = Get-Help $name -Full
                $undocumented = @($h.parameters.parameter | Where-Object { -not $_.description }).Count
                "$name $([bool]$h.Synopsis -and $h.Synopsis -notmatch '^\s*' + $name) $([bool]$h.description) $(@($h.examples.example).Count -gt 0) $undocumented"
            }
            """);

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(12, lines.Length); // Use-SaeEmulator, Start-, Stop-SaeEmulator, the seven admin functions and the two snapshot ones
        Assert.All(lines, line => Assert.EndsWith(" True True True 0", line));
    }

    /// <summary>Runs a script with the module imported; fails with its output unless it exits 0.</summary>
    private static async Task<string> RunPwshAsync(string script)
    {
        string root = RepositoryRoot();
        string file = Path.Combine(Path.GetTempPath(), $"sae-emulator-module-test-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(file, "$ErrorActionPreference = 'Stop'\nImport-Module ./tools/SaeEmulator/SaeEmulator.psd1 -Force\n" + script + "\nexit 0\n");
        ProcessStartInfo info = TestEnvironment.PwshScript(file, root);
        info.Environment["SAE_EMULATOR_DLL"] = EmulatorDll;
        using Process pwsh = Process.Start(info)!;
        Task<string> stdout = pwsh.StandardOutput.ReadToEndAsync();
        Task<string> stderr = pwsh.StandardError.ReadToEndAsync();
        await pwsh.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        string output = await stdout;
        File.Delete(file);
        Assert.True(pwsh.ExitCode == 0, $"pwsh exited {pwsh.ExitCode}: {output}\n{await stderr}");
        return output;
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "tools", "SaeEmulator", "SaeEmulator.psd1")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (tools/SaeEmulator) was not found above " + AppContext.BaseDirectory);
    }

    private static string Line(string output, string prefix) =>
        output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..];

    private static bool IsRunning(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
