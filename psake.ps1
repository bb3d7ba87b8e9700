#!/usr/bin/env pwsh

<#
.SYNOPSIS
Builds, tests, demonstrates and measures SaePowerShell.

.DESCRIPTION
A psake-style build file that runs with PowerShell alone: the psake module
is not needed (nor served by the package registries here), so the little of
psake it uses (Task, -Depends, Exec) is defined in it. A task runs once,
after the tasks it depends on. The output has no colour codes when NO_COLOR
is set or the output is redirected (to a file, a pipe, CI).

Task      Depends on  What it does
Compile   -           dotnet build of SaePowerShell.sln (module, emulator,
                      tests, benchmarks); restores Pester with the tests.
Build     -           dotnet build of the module and the emulator only,
                      then out/SaePowerShell (assembly, Newtonsoft.Json,
                      manifest, formats, help from New-ModuleHelp.ps1,
                      LICENSE, CHANGELOG.md) and out/SaeEmulator
                      (emulator, tools/SaeEmulator), both manifests
                      stamped with ModuleVersion (Directory.Build.props)
                      and its CHANGELOG.md section as ReleaseNotes.
Package   Build       PowerShell Gallery packages (.nupkg, made by
                      Publish-PSResource) of both under out/packages.
Docs      Build       docs/cmdlets/<Cmdlet>.md from Get-Help -Full of the
                      built module (tools/New-CmdletDocs.ps1).
UnitTest  Compile     The xunit tests (SaePowerShell.Tests, then
                      SaePowerShell.Emulator.Tests): assemblies only.
Pester    Build       The Pester suite against out/, in a child pwsh
                      (restores Pester with the test project first).
Test      UnitTest,   Every test; ends with "N passed, N failed" (exit
          Pester      code 1 when a test failed or a task did not end).
Default   Test        What runs when no task is named.
Demo      Build       tools/Demo.ps1 against the emulator.
DemoDay   Build       tools/Demo-Day.ps1: the operator's day (a manual
                      deploy confirmed, a rescale, an instance restart,
                      a rollback, an aborted deploy) against the emulator.
Bench     Compile,    tools/Bench.ps1: every measurement in one run; it
          Build       rewrites docs/benchmarks.md (the method is in
                      docs/benchmarks-method.md).
Emulator  Build       The emulator in the foreground on -EmulatorPort.
Clean     -           Removes out/ and runs dotnet clean.

.PARAMETER TaskList
The tasks to run, in order, each after what it depends on.
Default: Default (which is Test).

.PARAMETER Configuration
The dotnet build configuration. Default: Release.

.PARAMETER EmulatorPort
The loopback port the Emulator task listens on. Default: 5080.

.EXAMPLE
dotnet tool restore && dotnet pwsh ./psake.ps1 Test

Builds and runs every test; the last line is "N passed, N failed". This
is what .ci/run runs.

.EXAMPLE
dotnet pwsh ./psake.ps1 UnitTest

Compiles and runs the xunit tests only: no module folder, no help.

.EXAMPLE
dotnet pwsh ./psake.ps1 Demo

Builds the module and the emulator, then runs the demo against them.

.EXAMPLE
dotnet pwsh ./psake.ps1 DemoDay

The operator's day against the emulator: a manual two-batch deploy
confirmed, a rescale, an instance restart, a rollback, an aborted deploy.

.EXAMPLE
dotnet pwsh ./psake.ps1 Package

Builds both modules and writes out/packages/SaePowerShell.<version>.nupkg
and out/packages/SaeEmulator.<version>.nupkg.

.EXAMPLE
dotnet pwsh ./psake.ps1 Bench

Measures the module and rewrites docs/benchmarks.md.

.EXAMPLE
NO_COLOR=1 dotnet pwsh ./psake.ps1 Build -Configuration Debug

A Debug build, with no colour in the output.
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ArgumentCompleter({ 'Default', 'Compile', 'Build', 'Package', 'Docs', 'Test', 'UnitTest', 'Pester', 'Demo', 'DemoDay', 'Emulator', 'Bench', 'Clean' })]
    [string[]] $TaskList = @('Default'),

    [string] $Configuration = 'Release',

    [int] $EmulatorPort = 5080
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot 'tools/common.ps1')
Initialize-OutputColour

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
    Write-Status "==> $Name" Cyan
    $watch = [Diagnostics.Stopwatch]::StartNew()
    & $task.Action
    Write-Status "<== $Name ($([int]$watch.Elapsed.TotalSeconds) s)" DarkCyan
    [void] $script:Completed.Add($Name)
}
#endregion

#region Properties
$Root = $RepoRoot
$Out = Join-Path $Root 'out'
$ModuleOut = Join-Path $Out 'SaePowerShell'
$EmulatorOut = Join-Path $Out 'SaeEmulator'
$ResultsOut = Join-Path $Out 'test-results'
$PackagesOut = Join-Path $Out 'packages'
$PesterVersion = '5.7.1'
$ModuleVersion = Get-SaeModuleVersion
# Where each cmdlet's online help page is (Get-Help -Online): docs/cmdlets/<Cmdlet>.md of the project. A placeholder
# project URL until the repository is published; no test fetches it.
$OnlineHelpBaseUri = 'https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
#endregion

Task Default -Depends Test

Task Clean -Description 'Removes build output.' {
    Remove-Item -Recurse -Force $Out -ErrorAction SilentlyContinue
    Exec { dotnet clean (Join-Path $Root 'SaePowerShell.sln') -c $Configuration -v quiet }
}

Task Compile -Description 'Compiles the solution (and restores Pester with the test project).' {
    Exec { dotnet build (Join-Path $Root 'SaePowerShell.sln') -c $Configuration -v quiet -nologo }
}

# Build compiles only what it ships (the module and the emulator); the test and benchmark projects are built by
# Compile, which UnitTest and Bench depend on. After Compile has run, there is nothing left to build.
Task CompileModule -Description 'Compiles the module and the emulator (nothing when Compile has run).' {
    if ($script:Completed.Contains('Compile')) { return }
    foreach ($project in 'src/SaePowerShell/SaePowerShell.csproj', 'src/SaePowerShell.Emulator/SaePowerShell.Emulator.csproj') {
        Exec { dotnet build (Join-Path $Root $project) -c $Configuration -v quiet -nologo }
    }
}

# Pester comes from NuGet as a PackageDownload of the test project: a restore, not a build.
Task RestorePester -Description 'Restores Pester with the test project (nothing when Compile has run).' {
    if ($script:Completed.Contains('Compile')) { return }
    Exec { dotnet restore (Join-Path $Root 'tests/SaePowerShell.Tests/SaePowerShell.Tests.csproj') -v quiet }
}

Task Build -Depends CompileModule -Description 'Builds the module into out/SaePowerShell (with its help) and the emulator into out/SaeEmulator.' {
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
        '-OutputPath', (Join-Path $ModuleOut 'en-US/SaePowerShell.dll-Help.xml'), '-OnlineBaseUri', $OnlineHelpBaseUri)
    if ($LASTEXITCODE -ne 0) { throw 'Generating the help failed.' }

    Exec { dotnet publish (Join-Path $Root 'src/SaePowerShell.Emulator/SaePowerShell.Emulator.csproj') -c $Configuration --no-build -o $EmulatorOut -v quiet -nologo }
    # The whole helper module: its manifest, its .psm1 and the function files it dot-sources.
    Copy-Item (Join-Path $Root 'tools/SaeEmulator/*') $EmulatorOut -Recurse

    # One version for both, and the same licence and change log in both packages.
    $releaseNotes = Get-SaeReleaseNotes $ModuleVersion
    foreach ($folder in $ModuleOut, $EmulatorOut) {
        Copy-Item (Join-Path $Root 'LICENSE'), (Join-Path $Root 'CHANGELOG.md') $folder
    }
    Set-SaeManifestVersion (Join-Path $ModuleOut 'SaePowerShell.psd1') $ModuleVersion $releaseNotes
    Set-SaeManifestVersion (Join-Path $EmulatorOut 'SaeEmulator.psd1') $ModuleVersion $releaseNotes
    Write-Host "Version:  $ModuleVersion"
    Write-Host "Module:   $(Join-Path $ModuleOut 'SaePowerShell.psd1')"
    Write-Host "Emulator: $(Join-Path $EmulatorOut 'SaeEmulator.psd1')"
}

Task Package -Depends Build -Description 'Makes the PowerShell Gallery packages (.nupkg) of both modules under out/packages.' {
    Remove-Item -Recurse -Force $PackagesOut -ErrorAction SilentlyContinue
    foreach ($folder in $ModuleOut, $EmulatorOut) {
        $package = New-SaeModulePackage -ModuleFolder $folder -OutputFolder $PackagesOut
        Write-Host "Package:  $($package.FullName)"
    }
}

Task Docs -Depends Build -Description 'Writes docs/cmdlets/<Cmdlet>.md from the built module''s help.' {
    Invoke-ChildPwsh @('-File', (Join-Path $Root 'tools/New-CmdletDocs.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-OutputPath', (Join-Path $Root 'docs/cmdlets'))
    if ($LASTEXITCODE -ne 0) { throw 'Writing docs/cmdlets failed.' }
}

Task UnitTest -Depends Compile -Description 'Runs the xunit tests: the module''s, then the emulator''s.' {
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
            Write-Status "$project produced no results: the test run itself failed." Red
        }
    }
    $script:TestCounts.xunit = @{ Passed = $passed; Failed = $failed }
}

Task Pester -Depends RestorePester, Build -Description 'Runs the Pester tests against the built module and the emulator.' {
    New-Item -ItemType Directory -Force -Path $ResultsOut | Out-Null
    $summary = Join-Path $ResultsOut 'pester-summary.json'
    Remove-Item $summary -ErrorAction SilentlyContinue
    # A child process: a binary module cannot be unloaded, and the tests must import the built one fresh.
    Invoke-ChildPwsh @('-File', (Join-Path $Root 'tests/Pester/Invoke-PesterSuite.ps1'),
        '-PesterPath', (Get-PesterModulePath $PesterVersion), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'), '-SummaryPath', $summary,
        '-ResultPath', (Join-Path $ResultsOut 'pester.xml'))
    if (Test-Path $summary) {
        $counts = Get-Content $summary -Raw | ConvertFrom-Json
        $script:TestCounts.Pester = @{ Passed = [int]$counts.Passed; Failed = [int]$counts.Failed }
    } else {
        $script:TestCounts.Pester = @{ Passed = 0; Failed = 1 }
        Write-Status 'Pester produced no results: the test run itself failed.' Red
    }
}

Task Test -Depends UnitTest, Pester -Description 'Runs every test.'

Task Demo -Depends Build -Description 'Starts the emulator and runs Get-SaeApplication | Start-SaeApplication against it.' {
    Invoke-ChildPwsh @('-File', (Join-Path $Root 'tools/Demo.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'))
    if ($LASTEXITCODE -ne 0) { throw "The demo failed (exit code $LASTEXITCODE)." }
}

Task DemoDay -Depends Build -Description "Starts the emulator and runs the operator's day against it: deploy, confirm, scale, restart, roll back, abort." {
    Invoke-ChildPwsh @('-File', (Join-Path $Root 'tools/Demo-Day.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'))
    if ($LASTEXITCODE -ne 0) { throw "The operator's day demo failed (exit code $LASTEXITCODE)." }
}

Task Bench -Depends Compile, Build -Description 'Measures the module (end to end against the emulator, import, pipeline, micro-benchmarks) and writes docs/benchmarks.md.' {
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
    Write-Status "Build failed: $_" Red
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
