# Runs the Pester suite in this folder against a built module and writes the pass/fail counts for psake.ps1.
# -Culture (de-DE, tr-TR: the Test task's culture legs) runs it in that culture: this thread's and every new thread's,
# and SAE_TEST_CULTURE names it for the tests (Culture.Tests.ps1). The summary says which culture the tests ran in.
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorModulePath,
    [Parameter(Mandatory)] [string] $SummaryPath,
    [string] $ResultPath,
    [string] $Culture
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot '../../tools/common.ps1')
Initialize-OutputColour
Import-Module $PesterPath -MinimumVersion 5.0

# The test files read these, so they exercise exactly what Build produced.
$env:SAE_TEST_MODULE_PATH = (Resolve-Path $ModulePath).Path
$env:SAE_TEST_EMULATOR_MODULE_PATH = (Resolve-Path $EmulatorModulePath).Path

if ($Culture) {
    $info = [Globalization.CultureInfo]::GetCultureInfo($Culture)
    [Globalization.CultureInfo]::DefaultThreadCurrentCulture = $info
    [Globalization.CultureInfo]::DefaultThreadCurrentUICulture = $info
    [Globalization.CultureInfo]::CurrentCulture = $info
    [Globalization.CultureInfo]::CurrentUICulture = $info
    [Threading.Thread]::CurrentThread.CurrentCulture = $info
    [Threading.Thread]::CurrentThread.CurrentUICulture = $info
    $env:SAE_TEST_CULTURE = $Culture
    # Under InvariantGlobalization (or a culture that did not take) 1.5 stays 1.5: then this leg would prove nothing.
    if ((1.5).ToString() -ne (1.5).ToString($info) -or (1.5).ToString() -eq '1.5') {
        throw "The run is not in $Culture (1.5 is written '$((1.5).ToString())'): a culture leg must not run invariant."
    }
}

$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
# No colour codes when NO_COLOR is set or the output goes to a file or a pipe (as in CI).
if (Test-PlainOutput) { $configuration.Output.RenderMode = 'Plaintext' }
if ($ResultPath) {
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputFormat = 'NUnitXml'
    $configuration.TestResult.OutputPath = $ResultPath
}

$result = Invoke-Pester -Configuration $configuration
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
# Their names, so the end of the log (all CI shows) says which failed.
$failedTests = @($result.Failed | ForEach-Object { @{ Name = $_.ExpandedPath; Message = [string]$_.ErrorRecord[0] } }) +
    @($result.FailedBlocks + $result.FailedContainers | ForEach-Object { @{ Name = $(if ($_.Name) { $_.Name } else { "$($_.Item)" }); Message = [string]$_.ErrorRecord[0] } })
@{ Passed = $result.PassedCount; Failed = $failed; FailedTests = $failedTests; Skipped = $result.SkippedCount; Culture = [Globalization.CultureInfo]::CurrentCulture.Name } |
    ConvertTo-Json -Depth 4 | Set-Content -Path $SummaryPath
exit ([int]($failed -gt 0))
