# Helpers shared by psake.ps1, the scripts under tools/ and the Pester set-up. Dot-source it:
#   . (Join-Path $PSScriptRoot 'tools/common.ps1')
# It defines functions and $RepoRoot, and changes nothing else.

# The repository root: the folder above tools/.
$RepoRoot = Split-Path $PSScriptRoot -Parent

#region Colour
# Plain output: NO_COLOR is set (https://no-color.org: any non-empty value), or this process's output is not a
# terminal (redirected to a file or a pipe, as in CI), where colour codes are only noise.
function Test-PlainOutput {
    [bool]$env:NO_COLOR -or [Console]::IsOutputRedirected
}

# Turns PowerShell's own colour off (errors, table headers, file names) when the output is plain. Every script that
# runs as a child pwsh calls it first, since the child decides for itself.
function Initialize-OutputColour {
    if ((Test-PlainOutput) -and (Get-Variable PSStyle -Scope Global -ErrorAction SilentlyContinue)) {
        $PSStyle.OutputRendering = 'PlainText'
    }
}

# Write-Host with a colour only when the output is not plain.
function Write-Status([string] $Text, [ConsoleColor] $Colour = [ConsoleColor]::Gray) {
    if (Test-PlainOutput) { Write-Host $Text } else { Write-Host $Text -ForegroundColor $Colour }
}
#endregion

#region Child PowerShell
# How to start a PowerShell like this one: 'dotnet pwsh' runs pwsh.dll under the dotnet host, so the child is
# 'dotnet <PSHOME>/pwsh.dll'; a pwsh started on its own starts itself. FilePath and Prefix (the first arguments).
function Get-ChildPwshCommand {
    $hostPath = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') {
        @{ FilePath = $hostPath; Prefix = @((Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive') }
    } else {
        @{ FilePath = $hostPath; Prefix = @('-NoProfile', '-NonInteractive') }
    }
}

# Runs a child PowerShell (-NoProfile -NonInteractive) with these arguments, and sets $LASTEXITCODE to its exit code.
# Its output is this process's (capture it as any native command's), unless -StandardOutputPath is given: then its
# stdout and stderr go to those files, which keeps a chatty child from slowing down on this process's console.
function Invoke-ChildPwsh {
    param(
        [Parameter(Mandatory, Position = 0)] [string[]] $Arguments,
        [string] $StandardOutputPath,
        [string] $StandardErrorPath
    )
    $command = Get-ChildPwshCommand
    if (-not $StandardOutputPath) {
        & $command.FilePath @($command.Prefix) @Arguments
        return
    }
    $quoted = @($command.Prefix) + $Arguments | ForEach-Object { if ($_ -match '\s') { "`"$_`"" } else { $_ } }
    $redirect = @{ RedirectStandardOutput = $StandardOutputPath }
    if ($StandardErrorPath) { $redirect.RedirectStandardError = $StandardErrorPath }
    $process = Start-Process -FilePath $command.FilePath -ArgumentList $quoted @redirect -NoNewWindow -PassThru -Wait
    $global:LASTEXITCODE = $process.ExitCode
}
#endregion

#region Packages and environment
# Pester as the test project restored it (a PackageDownload of tests/SaePowerShell.Tests): the Compile task restores it.
function Get-PesterModulePath([string] $Version = '5.7.1') {
    $packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $path = Join-Path $packages.Trim() "pester/$Version/tools/Pester.psd1"
    if (-not (Test-Path $path)) { throw "Pester $Version was not restored to $path; the Compile task restores it with the test project." }
    $path
}

# Removes every environment variable the module reads ([SaePowerShell.SaeEnvironmentVariables]::All: import the
# module first), so that a run does not pick up the machine's own Alibaba Cloud settings. Returns what was set, for
# Restore-SaeEnvironment.
function Clear-SaeEnvironment {
    $saved = @{}
    foreach ($variable in [SaePowerShell.SaeEnvironmentVariables]::All) {
        $value = [Environment]::GetEnvironmentVariable($variable.Name)
        if ($null -ne $value) { $saved[$variable.Name] = $value }
        Remove-Item "Env:$($variable.Name)" -ErrorAction SilentlyContinue
    }
    $saved
}

# Puts back what Clear-SaeEnvironment removed, and removes what was set since.
function Restore-SaeEnvironment([hashtable] $Saved) {
    foreach ($variable in [SaePowerShell.SaeEnvironmentVariables]::All) {
        [Environment]::SetEnvironmentVariable($variable.Name, $Saved[$variable.Name])
    }
}
#endregion
