#!/usr/bin/env pwsh
<#
.SYNOPSIS
Builds, tests and demonstrates SaePowerShell.

.DESCRIPTION
A psake-style build file that runs with PowerShell alone: the psake module is not needed (nor served by the package
registries here), so the few lines of psake this file uses (Task, -Depends, Exec) are defined below.

Tasks: Build, Test (xunit + Pester, ends with "N passed, N failed"), UnitTest, Pester, Demo, Emulator, Bench (figures into
docs/benchmarks.md), Clean.

.EXAMPLE
dotnet tool restore && dotnet pwsh ./psake.ps1 Test

.EXAMPLE
dotnet tool restore && dotnet pwsh ./psake.ps1 Demo
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ArgumentCompleter({ 'Build', 'Test', 'UnitTest', 'Pester', 'Demo', 'Emulator', 'Bench', 'Clean' })]
    [string[]] $TaskList = @('Default'),

    [string] $Configuration = 'Release',

    # The port the Emulator task listens on.
    [int] $EmulatorPort = 5080
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

#region The psake vocabulary
$script:Tasks = [ordered]@{}
$script:Completed = [Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
$script:TestCounts = [ordered]@{}

function Task {
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Position = 1)] [scriptblock] $Action = {},
        [string[]] $Depends = @(),
        [string] $Description = ''
    )
    $script:Tasks[$Name] = [pscustomobject]@{ Name = $Name; Depends = $Depends; Action = $Action; Description = $Description }
}

function Exec([scriptblock] $Command, [string] $ErrorMessage = "The command failed: $Command") {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$ErrorMessage (exit code $LASTEXITCODE)" }
}

function Invoke-Task([string] $Name) {
    if ($script:Completed.Contains($Name)) { return }
    $task = $script:Tasks[$Name]
    if (-not $task) { throw "There is no task '$Name'. Tasks: $($script:Tasks.Keys -join ', ')" }
    foreach ($dependency in $task.Depends) { Invoke-Task $dependency }
    Write-Host "==> $Name" -ForegroundColor Cyan
    $watch = [Diagnostics.Stopwatch]::StartNew()
    & $task.Action
    Write-Host "<== $Name ($([int]$watch.Elapsed.TotalSeconds) s)" -ForegroundColor DarkCyan
    [void] $script:Completed.Add($Name)
}
#endregion

#region Properties
$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$ModuleOut = Join-Path $Out 'SaePowerShell'
$EmulatorOut = Join-Path $Out 'SaeEmulator'
$ResultsOut = Join-Path $Out 'test-results'
$PesterVersion = '5.7.1'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

# A child PowerShell like this one: 'dotnet pwsh' runs pwsh.dll under the dotnet host.
function Invoke-ChildPwsh([string[]] $Arguments) {
    $host_ = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($host_) -eq 'dotnet') {
        & $host_ (Join-Path $PSHOME 'pwsh.dll') -NoProfile -NonInteractive @Arguments
    } else {
        & $host_ -NoProfile -NonInteractive @Arguments
    }
}

function Get-PesterModulePath {
    $packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $path = Join-Path $packages.Trim() "pester/$PesterVersion/tools/Pester.psd1"
    if (-not (Test-Path $path)) { throw "Pester $PesterVersion was not restored to $path; the Build task restores it with the test project." }
    $path
}
#endregion

Task Default -Depends Test

Task Clean -Description 'Removes build output.' {
    Remove-Item -Recurse -Force $Out -ErrorAction SilentlyContinue
    Exec { dotnet clean (Join-Path $Root 'SaePowerShell.sln') -c $Configuration -v quiet }
}

Task Build -Description 'Builds the module into out/SaePowerShell and the emulator into out/SaeEmulator.' {
    Exec { dotnet build (Join-Path $Root 'SaePowerShell.sln') -c $Configuration -v quiet -nologo }

    $staging = Join-Path $Out 'staging'
    Remove-Item -Recurse -Force $ModuleOut, $EmulatorOut, $staging -ErrorAction SilentlyContinue
    Exec { dotnet publish (Join-Path $Root 'src/SaePowerShell/SaePowerShell.csproj') -c $Configuration --no-build -o $staging -v quiet -nologo }
    New-Item -ItemType Directory -Path $ModuleOut | Out-Null
    # An explicit allow-list: the module ships its own assembly and Newtonsoft.Json, nothing else.
    Copy-Item (Join-Path $staging 'SaePowerShell.dll'), (Join-Path $staging 'Newtonsoft.Json.dll') $ModuleOut
    Copy-Item (Join-Path $Root 'module/SaePowerShell/*') $ModuleOut -Recurse
    Remove-Item -Recurse -Force $staging

    # Help is generated from the cmdlets themselves and their XML documentation, in a child process that loads the module.
    Invoke-ChildPwsh @('-File', (Join-Path $Root 'tools/New-ModuleHelp.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-XmlDocPath', (Join-Path $Root "src/SaePowerShell/bin/$Configuration/netstandard2.0/SaePowerShell.xml"),
        '-OutputPath', (Join-Path $ModuleOut 'en-US/SaePowerShell.dll-Help.xml'))
    if ($LASTEXITCODE -ne 0) { throw 'Generating the help failed.' }

    Exec { dotnet publish (Join-Path $Root 'src/SaePowerShell.Emulator/SaePowerShell.Emulator.csproj') -c $Configuration --no-build -o $EmulatorOut -v quiet -nologo }
    Copy-Item (Join-Path $Root 'tools/SaeEmulator/*') $EmulatorOut
    Write-Host "Module:   $(Join-Path $ModuleOut 'SaePowerShell.psd1')"
    Write-Host "Emulator: $(Join-Path $EmulatorOut 'SaeEmulator.psd1')"
}

Task UnitTest -Depends Build -Description 'Runs the xunit tests: the module''s, then the emulator''s.' {
    New-Item -ItemType Directory -Force -Path $ResultsOut | Out-Null
    $passed = 0
    $failed = 0
    foreach ($project in 'SaePowerShell.Tests', 'SaePowerShell.Emulator.Tests') {
        $trx = Join-Path $ResultsOut "$project.trx"
        Remove-Item $trx -ErrorAction SilentlyContinue
        & dotnet test (Join-Path $Root "tests/$project/$project.csproj") -c $Configuration --no-build --nologo `
            --logger "trx;LogFileName=$trx" --logger 'console;verbosity=minimal'
        if (Test-Path $trx) {
            $counters = ([xml](Get-Content $trx -Raw)).TestRun.ResultSummary.Counters
            $passed += [int]$counters.passed
            $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        } else {
            $failed += 1
            Write-Host "$project produced no results: the test run itself failed." -ForegroundColor Red
        }
    }
    $script:TestCounts.xunit = @{ Passed = $passed; Failed = $failed }
}

Task Pester -Depends Build -Description 'Runs the Pester tests against the built module and the emulator.' {
    New-Item -ItemType Directory -Force -Path $ResultsOut | Out-Null
    $summary = Join-Path $ResultsOut 'pester-summary.json'
    Remove-Item $summary -ErrorAction SilentlyContinue
    # A child process: a binary module cannot be unloaded, and the tests must import the built one fresh.
    Invoke-ChildPwsh @('-File', (Join-Path $Root 'tests/Pester/Invoke-PesterSuite.ps1'),
        '-PesterPath', (Get-PesterModulePath), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'), '-SummaryPath', $summary,
        '-ResultPath', (Join-Path $ResultsOut 'pester.xml'))
    if (Test-Path $summary) {
        $counts = Get-Content $summary -Raw | ConvertFrom-Json
        $script:TestCounts.Pester = @{ Passed = [int]$counts.Passed; Failed = [int]$counts.Failed }
    } else {
        $script:TestCounts.Pester = @{ Passed = 0; Failed = 1 }
        Write-Host 'Pester produced no results: the test run itself failed.' -ForegroundColor Red
    }
}

Task Test -Depends UnitTest, Pester -Description 'Runs every test.'

Task Demo -Depends Build -Description 'Starts the emulator and runs Get-SaeApplication | Start-SaeApplication against it.' {
    Invoke-ChildPwsh @('-File', (Join-Path $Root 'tools/Demo.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'))
    if ($LASTEXITCODE -ne 0) { throw "The demo failed (exit code $LASTEXITCODE)." }
}

Task Bench -Depends Build -Description 'Measures the module (end to end against the emulator, import, pipeline, micro-benchmarks) and writes docs/benchmarks.md.' {
    # A child process, as for the tests: it imports the built module fresh, and starts children of its own.
    Invoke-ChildPwsh @('-File', (Join-Path $Root 'tools/Bench.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'),
        '-BenchmarkAssembly', (Join-Path $Root "bench/SaePowerShell.Benchmarks/bin/$Configuration/net10.0/SaePowerShell.Benchmarks.dll"),
        '-OutputPath', (Join-Path $Root 'docs/benchmarks.md'))
    if ($LASTEXITCODE -ne 0) { throw "The benchmarks failed (exit code $LASTEXITCODE)." }
}

Task Emulator -Depends Build -Description 'Runs the emulator in the foreground.' {
    Write-Host "Access key id: LTAI5tSaeEmulatorKey   secret: SaeEmulatorSecretForLocalTestsOnly   (Ctrl+C stops it)"
    Exec { dotnet (Join-Path $EmulatorOut 'SaePowerShell.Emulator.dll') --urls "http://127.0.0.1:$EmulatorPort" }
}

$exitCode = 0
try {
    foreach ($name in $TaskList) { Invoke-Task $name }
} catch {
    Write-Host "Build failed: $_" -ForegroundColor Red
    $exitCode = 1
}

if ($script:TestCounts.Count -gt 0) {
    $passed = ($script:TestCounts.Values | ForEach-Object Passed | Measure-Object -Sum).Sum
    $failed = ($script:TestCounts.Values | ForEach-Object Failed | Measure-Object -Sum).Sum
    foreach ($suite in $script:TestCounts.Keys) {
        Write-Host ("{0,-6} {1} passed, {2} failed" -f $suite, $script:TestCounts[$suite].Passed, $script:TestCounts[$suite].Failed)
    }
    if ($failed -gt 0) { $exitCode = 1 }
    Write-Output "$passed passed, $failed failed"
}

exit $exitCode
