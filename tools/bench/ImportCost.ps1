<#
.SYNOPSIS
Part d of tools/Bench.ps1: what Import-Module SaePowerShell adds to a PowerShell start, and where it goes. Returns table rows.
.DESCRIPTION
A child pwsh that imports the module against one that does nothing (the target; medians, interleaved, after one
untimed run of each). Then where the time goes, timed inside fresh children (a stopwatch around Import-Module, so
without the process start's noise): an empty manifest module, SaePowerShell.dll alone (no manifest, so no format
file), the manifest with its FormatsToProcess taken out, and the manifest itself. The children start as every child pwsh does (Invoke-ChildPwsh, tools/common.ps1).
docs/benchmarks-method.md says why.
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
$moduleFolder = Split-Path $ModulePath

Write-Step "d. Import cost: $ImportRuns runs of each case, interleaved"
$quote = { param($path) "'" + $path.Replace("'", "''") + "'" }
$work = Join-Path ([IO.Path]::GetTempPath()) ('sae-bench-import-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path (Join-Path $work 'Empty') | Out-Null
Set-Content -Path (Join-Path $work 'Empty/Empty.psd1') -Value "@{ ModuleVersion = '1.0' }"
# The module as built, with its manifest's FormatsToProcess taken out: the manifest's cost without the format file's.
$noFormat = Join-Path $work 'SaePowerShell'
Copy-Item $moduleFolder $noFormat -Recurse
$manifestCopy = Join-Path $noFormat (Split-Path $ModulePath -Leaf)
$text = Get-Content $manifestCopy -Raw
Set-Content -Path $manifestCopy -Value ([regex]::Replace($text, "(?ms)^\s*FormatsToProcess\s*=\s*@\([^)]*\)\s*$", '')) -NoNewline -Encoding utf8
if ((Import-PowerShellDataFile $manifestCopy).ContainsKey('FormatsToProcess')) { throw "Could not take FormatsToProcess out of a copy of $ModulePath." }

# The process-level cases (the target): a bare start, and a start that imports the module.
$processCases = [ordered]@{ Bare = '0'; Module = 'Import-Module ' + (& $quote $ModulePath) }
# The in-process cases: each child prints the milliseconds its Import-Module took.
$timed = { param($body) "`$w = [Diagnostics.Stopwatch]::StartNew(); $body; `$w.Elapsed.TotalMilliseconds.ToString('R', [cultureinfo]::InvariantCulture)" }
$inProcessCases = [ordered]@{
    Empty    = & $timed ('Import-Module ' + (& $quote (Join-Path $work 'Empty/Empty.psd1')))
    Assembly = & $timed ('Import-Module ' + (& $quote (Join-Path $moduleFolder 'SaePowerShell.dll')))
    NoFormat = & $timed ('Import-Module ' + (& $quote $manifestCopy))
    Module   = & $timed ('Import-Module ' + (& $quote $ModulePath))
}
$times = @{}
foreach ($case in @($processCases.Keys) + @($inProcessCases.Keys | ForEach-Object { "In$_" })) { $times[$case] = [Collections.Generic.List[double]]::new() }
try {
    # One untimed run of each first, so that none pays for a cold disk cache; the cases interleaved.
    for ($run = -1; $run -lt $ImportRuns; $run++) {
        foreach ($case in $processCases.Keys) {
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $null = Invoke-ChildPwsh @('-Command', $processCases[$case])
            $elapsed = $watch.Elapsed.TotalMilliseconds
            if ($LASTEXITCODE -ne 0) { throw "The child pwsh ($case) failed with exit code $LASTEXITCODE." }
            if ($run -ge 0) { $times[$case].Add($elapsed) }
        }
        foreach ($case in $inProcessCases.Keys) {
            $output = (@(Invoke-ChildPwsh @('-Command', $inProcessCases[$case])) -join '').Trim()
            if ($LASTEXITCODE -ne 0) { throw "The child pwsh (in-process $case) failed with exit code $LASTEXITCODE`: $output" }
            if ($run -ge 0) { $times["In$case"].Add([double]::Parse($output, $invariant)) }
        }
    }
} finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}
$median = @{}
foreach ($case in $times.Keys) { $median[$case] = Get-Median $times[$case] }
$importCost = $median.Module - $median.Bare
Write-Host ("pwsh -c 0: {0:N0} ms; Import-Module SaePowerShell: {1:N0} ms. Inside: empty module {2:N1} ms, SaePowerShell.dll {3:N1} ms, manifest without FormatsToProcess {4:N1} ms, manifest {5:N1} ms" -f
    $median.Bare, $median.Module, $median.InEmpty, $median.InAssembly, $median.InNoFormat, $median.InModule)
$part = 'd. import'
$ms = { param($value, $format = 'N0') '{0} ms' -f (Format-Number $value $format) }
New-BenchRow $part "pwsh -NoProfile -c 0 (median of $ImportRuns)" (& $ms $median.Bare)
New-BenchRow $part "pwsh -NoProfile -c `"Import-Module <out>/SaePowerShell/SaePowerShell.psd1`" (median of $ImportRuns)" (& $ms $median.Module)
New-BenchRow $part 'Added by Import-Module SaePowerShell' ('{0} ({1}× the bare start)' -f (& $ms $importCost), (Format-Number ($median.Module / $median.Bare) 'N2')) '< 150 ms' (Get-Verdict ($importCost -lt 150))
$share = { param($value) '{0} ({1} of the import)' -f (& $ms $value 'N1'), (Format-Number ($value / $median.InModule) 'P0') }
New-BenchRow $part "Where it goes, timed inside the process (medians of $ImportRuns): Import-Module SaePowerShell.psd1" (& $ms $median.InModule 'N1')
New-BenchRow $part "… Import-Module of an empty manifest module (PowerShell's own first import, any module pays it)" (& $share $median.InEmpty)
New-BenchRow $part '… Import-Module SaePowerShell.dll alone (the cmdlets; no manifest, no format file)' (& $share $median.InAssembly)
New-BenchRow $part '… the manifest with FormatsToProcess taken out' (& $share $median.InNoFormat)
New-BenchRow $part '… so the manifest adds to the .dll alone' (& $share ($median.InNoFormat - $median.InAssembly))
New-BenchRow $part '… and the format file (SaePowerShell.Generated.Format.ps1xml): the manifest minus the manifest without FormatsToProcess' (& $share ($median.InModule - $median.InNoFormat))
