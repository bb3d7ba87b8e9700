# Runs the Pester suite in this folder against a built module and writes the pass/fail counts for psake.ps1.
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorModulePath,
    [Parameter(Mandatory)] [string] $SummaryPath,
    [string] $ResultPath
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot '../../tools/common.ps1')
Initialize-OutputColour
Import-Module $PesterPath -MinimumVersion 5.0

# The test files read these, so they exercise exactly what Build produced.
$env:SAE_TEST_MODULE_PATH = (Resolve-Path $ModulePath).Path
$env:SAE_TEST_EMULATOR_MODULE_PATH = (Resolve-Path $EmulatorModulePath).Path

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
@{ Passed = $result.PassedCount; Failed = $failed; Skipped = $result.SkippedCount } | ConvertTo-Json | Set-Content -Path $SummaryPath
exit ([int]($failed -gt 0))
