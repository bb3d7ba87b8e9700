<#
.SYNOPSIS
Part b of tools/Bench.ps1: what Import-Module SaePowerShell adds to a PowerShell start. Returns table rows.
.DESCRIPTION
A child pwsh that imports the module against one that does nothing (medians, interleaved, after one untimed run of
each), with two more cases that say where the difference goes: an empty manifest module and the module's assembly
alone. The children start as every child pwsh does (Invoke-ChildPwsh, tools/common.ps1). docs/benchmarks-method.md says why.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $ImportRuns = 7
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')
$ModulePath = (Resolve-Path $ModulePath).Path

Write-Step "b. Import cost: $ImportRuns runs of each case, interleaved"
$emptyModule = Join-Path ([IO.Path]::GetTempPath()) ('sae-bench-empty-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $emptyModule | Out-Null
Set-Content -Path (Join-Path $emptyModule 'Empty.psd1') -Value "@{ ModuleVersion = '1.0' }"
$quote = { param($path) "'" + $path.Replace("'", "''") + "'" }
# The two cases the target is about, and two that say where the difference goes: PowerShell's own Import-Module of a
# module with nothing in it, and the module's assembly without its manifest (so without its format file).
$importCases = [ordered]@{
    Bare     = '0'
    Module   = 'Import-Module ' + (& $quote $ModulePath)
    Empty    = 'Import-Module ' + (& $quote (Join-Path $emptyModule 'Empty.psd1'))
    Assembly = 'Import-Module ' + (& $quote (Join-Path (Split-Path $ModulePath) 'SaePowerShell.dll'))
}
$importTimes = @{}
foreach ($case in $importCases.Keys) { $importTimes[$case] = [Collections.Generic.List[double]]::new() }
try {
    # One untimed run of each first, so that none pays for a cold disk cache.
    for ($run = -1; $run -lt $ImportRuns; $run++) {
        foreach ($case in $importCases.Keys) {
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $null = Invoke-ChildPwsh @('-Command', $importCases[$case])
            $elapsed = $watch.Elapsed.TotalMilliseconds
            if ($LASTEXITCODE -ne 0) { throw "The child pwsh ($case) failed with exit code $LASTEXITCODE." }
            if ($run -ge 0) { $importTimes[$case].Add($elapsed) }
        }
    }
} finally {
    Remove-Item -Recurse -Force $emptyModule -ErrorAction SilentlyContinue
}
$importMedian = @{}
foreach ($case in $importCases.Keys) { $importMedian[$case] = Get-Median $importTimes[$case] }
$importCost = $importMedian.Module - $importMedian.Bare
$powershellImportCost = $importMedian.Empty - $importMedian.Bare
$assemblyCost = $importMedian.Assembly - $importMedian.Bare
Write-Host ("pwsh -c 0: {0:N0} ms; Import-Module SaePowerShell: {1:N0} ms; an empty module: {2:N0} ms; SaePowerShell.dll alone: {3:N0} ms" -f $importMedian.Bare, $importMedian.Module, $importMedian.Empty, $importMedian.Assembly)
$part = 'b. import'
$ms = { param($value) '{0} ms' -f (Format-Number $value) }
New-BenchRow $part "pwsh -NoProfile -c 0 (median of $ImportRuns)" (& $ms $importMedian.Bare)
New-BenchRow $part "pwsh -NoProfile -c `"Import-Module <out>/SaePowerShell/SaePowerShell.psd1`" (median of $ImportRuns)" (& $ms $importMedian.Module)
New-BenchRow $part 'Added by Import-Module SaePowerShell' ('{0} ({1}× the bare start)' -f (& $ms $importCost), (Format-Number ($importMedian.Module / $importMedian.Bare) 'N2')) '< 150 ms' (Get-Verdict ($importCost -lt 150))
New-BenchRow $part "For comparison, added by Import-Module of an empty manifest module (PowerShell's own cost, any module pays it)" (& $ms $powershellImportCost)
New-BenchRow $part 'For comparison, added by Import-Module SaePowerShell.dll alone (no manifest, so no format file)' (& $ms $assemblyCost)
New-BenchRow $part 'SaePowerShell.psd1 minus SaePowerShell.dll alone: its FormatsToProcess (SaePowerShell.Format.ps1xml)' (& $ms ($importMedian.Module - $importMedian.Assembly))
