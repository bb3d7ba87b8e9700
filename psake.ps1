#!/usr/bin/env pwsh

<#
.SYNOPSIS
Builds, tests, demonstrates and measures SaePowerShell.

.DESCRIPTION
A psake-style build file that runs with PowerShell alone: the psake module
is not needed (nor served by the package registries here), so the little of
psake it uses (Task, -Depends, Exec) is defined in tools/psake-tasks.ps1,
with the test runs. A task runs once, after the tasks it depends on. The
output has no colour codes when NO_COLOR is set or the output is redirected.

Task        Depends on  What it does
Compile     -           dotnet build of SaePowerShell.sln (module, emulator,
                        tests, benchmarks); restores Pester with the tests.
Build       -           dotnet build of the module and the emulator only,
                        then out/SaePowerShell (assembly, Newtonsoft.Json,
                        manifest, formats, help from New-ModuleHelp.ps1,
                        LICENSE, CHANGELOG.md) and out/SaeEmulator
                        (emulator, tools/SaeEmulator), both manifests
                        stamped with ModuleVersion (Directory.Build.props)
                        and its CHANGELOG.md section as ReleaseNotes.
Package     Build       Gallery packages (Publish-PSResource) of both, and
                        the emulator's .NET tool, under out/packages.
Docs        Build       docs/cmdlets/<Cmdlet>.md from Get-Help -Full of the
                        built module (tools/New-CmdletDocs.ps1).
UnitTest    Compile     The xunit tests (SaePowerShell.Tests, then
                        SaePowerShell.Emulator.Tests): assemblies only.
Pester      Build       The Pester suite against out/, in a child pwsh
                        (restores Pester with the test project first).
CultureTest Compile,    The hosted cmdlet tests (xunit Category=Hosted) and
            Build       the whole Pester suite in de-DE, then in tr-TR
                        (LC_ALL, LANG, SAE_TEST_CULTURE), each proving it
                        ran there (CultureLegTests, Culture.Tests.ps1).
Test        UnitTest,   Every test; ends with "N passed, N failed", the sum
            Pester,     of every run (xunit, Pester, and both again in each
            CultureTest culture); exit code 1 when a test failed or a
                        task did not end.
Default     Test        What runs when no task is named.
Demo        Build       tools/Demo.ps1 against the emulator: the pipeline
                        across seven namespaces in two regions, three of
                        them failing (debt, a failed batch, an upgrade).
DemoDay     Build       tools/Demo-Day.ps1: the operator's day (a manual
                        deploy confirmed, a rescale, an instance restart,
                        a rollback, an aborted deploy) against the emulator.
Bench       Compile,    tools/Bench.ps1: every measurement in one run; it
            Build       rewrites docs/benchmarks.md (the method is in
                        docs/benchmarks-method.md).
Emulator    Build       The emulator in the foreground on -EmulatorPort.
Clean       -           Removes out/ and runs dotnet clean.

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
dotnet pwsh ./psake.ps1 Package

Builds both modules and writes out/packages/SaePowerShell.<version>.nupkg
and out/packages/SaeEmulator.<version>.nupkg.

.EXAMPLE
NO_COLOR=1 dotnet pwsh ./psake.ps1 Build -Configuration Debug

A Debug build, with no colour in the output.
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ArgumentCompleter({ 'Default', 'Compile', 'Build', 'Package', 'Docs', 'Test', 'UnitTest', 'Pester', 'CultureTest', 'Demo', 'DemoDay', 'Emulator', 'Bench', 'Clean' })]
    [string[]] $TaskList = @('Default'),

    [string] $Configuration = 'Release',

    [int] $EmulatorPort = 5080
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot 'tools/common.ps1')
. (Join-Path $PSScriptRoot 'tools/psake-tasks.ps1')
Initialize-OutputColour

$Root = $RepoRoot
$Out = Join-Path $Root 'out'
$ModuleOut = Join-Path $Out 'SaePowerShell'
$EmulatorOut = Join-Path $Out 'SaeEmulator'
$ResultsOut = Join-Path $Out 'test-results'
$PackagesOut = Join-Path $Out 'packages'
$PesterVersion = '5.7.1'
# The cultures of the culture legs: a comma for the decimal point, and tr-TR's dotted and dotless i.
$TestCultures = 'de-DE', 'tr-TR'
$ModuleVersion = Get-SaeModuleVersion
# Where each cmdlet's online help page is (Get-Help -Online): docs/cmdlets/<Cmdlet>.md of the project. A placeholder
# project URL until the repository is published; no test fetches it.
$OnlineHelpBaseUri = 'https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

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
    Invoke-ChildScript 'Generating the help' @('-File', (Join-Path $Root 'tools/New-ModuleHelp.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-XmlDocPath', (Join-Path $Root "src/SaePowerShell/bin/$Configuration/netstandard2.0/SaePowerShell.xml"),
        '-OutputPath', (Join-Path $ModuleOut 'en-US/SaePowerShell.dll-Help.xml'), '-OnlineBaseUri', $OnlineHelpBaseUri)

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

Task Package -Depends Build -Description 'Makes the PowerShell Gallery packages (.nupkg) of both modules, and the emulator''s .NET tool package, under out/packages.' {
    Remove-Item -Recurse -Force $PackagesOut -ErrorAction SilentlyContinue
    foreach ($folder in $ModuleOut, $EmulatorOut) {
        $package = New-SaeModulePackage -ModuleFolder $folder -OutputFolder $PackagesOut
        Write-Host "Package:  $($package.FullName)"
    }
    Write-Host "Tool:     $((New-SaeEmulatorToolPackage -OutputFolder $PackagesOut -Configuration $Configuration).FullName) (see README: dotnet tool install)"
}

Task Docs -Depends Build -Description 'Writes docs/cmdlets/<Cmdlet>.md from the built module''s help.' {
    Invoke-ChildScript 'Writing docs/cmdlets' @('-File', (Join-Path $Root 'tools/New-CmdletDocs.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-OutputPath', (Join-Path $Root 'docs/cmdlets'))
}

Task UnitTest -Depends Compile -Description 'Runs the xunit tests: the module''s, then the emulator''s.' {
    foreach ($project in 'SaePowerShell.Tests', 'SaePowerShell.Emulator.Tests') { Invoke-XunitRun 'xunit' $project }
}

Task Pester -Depends RestorePester, Build -Description 'Runs the Pester tests against the built module and the emulator.' {
    Invoke-PesterRun 'Pester'
}

Task CultureTest -Depends Compile, RestorePester, Build -Description 'Runs the hosted cmdlet tests and the Pester suite in de-DE, then in tr-TR.' {
    foreach ($culture in $TestCultures) {
        Use-TestCulture $culture {
            Invoke-XunitRun "xunit $culture" 'SaePowerShell.Tests' -Filter 'Category=Hosted' -MustPass 'CultureLegTests.Globalization_IsOn_*'
            Invoke-PesterRun "Pester $culture" -Culture $culture
        }
    }
}

Task Test -Depends UnitTest, Pester, CultureTest -Description 'Runs every test, and the hosted and Pester ones again in each culture.'

Task Demo -Depends Build -Description 'Starts the emulator and runs Get-SaeApplication | Start-SaeApplication against it: seven namespaces in two regions, three of them failing.' {
    Invoke-ChildScript 'The demo' @('-File', (Join-Path $Root 'tools/Demo.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'))
}

Task DemoDay -Depends Build -Description "Starts the emulator and runs the operator's day against it: deploy, confirm, scale, restart, roll back, abort." {
    Invoke-ChildScript "The operator's day demo" @('-File', (Join-Path $Root 'tools/Demo-Day.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'))
}

Task Bench -Depends Compile, Build -Description 'Measures the module (end to end against the emulator, import, pipeline, micro-benchmarks) and writes docs/benchmarks.md.' {
    # A child process, as for the tests: it imports the built module fresh, and starts children of its own.
    Invoke-ChildScript 'The benchmarks' @('-File', (Join-Path $Root 'tools/Bench.ps1'), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
        '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'),
        '-BenchmarkAssembly', (Join-Path $Root "bench/SaePowerShell.Benchmarks/bin/$Configuration/net10.0/SaePowerShell.Benchmarks.dll"),
        '-OutputPath', (Join-Path $Root 'docs/benchmarks.md'))
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
    $total = Write-TestCount
    if ($total.Failed -gt 0) { $exitCode = 1 }
    Write-Output "$($total.Passed) passed, $($total.Failed) failed"
}

exit $exitCode
