<#
.SYNOPSIS
Measures SaePowerShell in one run, prints one table and writes it to docs/benchmarks.md.

.DESCRIPTION
Run it with: dotnet tool restore && dotnet pwsh ./psake.ps1 Bench (the Bench task builds first and passes the paths).

Each measurement is a script of its own under tools/bench/ that returns the rows of the table; this script runs them
one after the other in the same run, because the machine may be shared and noisy and the ratios are only worth
comparing within one run:

  a. tools/bench/EndToEnd.ps1          end to end against the local SAE emulator with injected latency
  b. tools/bench/ListingCalls.ps1      the calls to list 20,000 applications in 200 namespaces, two ways
  c. tools/bench/JobCalls.ps1          the calls of start, stop, restart and -Wait against their minimum
  d. tools/bench/ImportCost.ps1        what Import-Module SaePowerShell adds to a PowerShell start, and where it goes
  e. tools/bench/CatalogFirstUse.ps1   the API catalog's first use (Invoke-SaeApi), after the import
  f. tools/bench/PipelineOverhead.ps1  100,000 objects through Start-SaeApplication (children: PipelineWorker.ps1)
  g. tools/bench/MicroBenchmarks.ps1   the BenchmarkDotNet micro-benchmarks (bench/SaePowerShell.Benchmarks)
  h. tools/bench/SpecCalls.ps1         the calls of applying desired state: unchanged specs, one field changed, the round trip
  i. tools/bench/EmulatorFigures.ps1   the emulator: start-up (empty, 20,000-application state file), snapshots, memory

What each does and why, and the targets: docs/benchmarks-method.md.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorModulePath,
    # The built bench/SaePowerShell.Benchmarks assembly.
    [Parameter(Mandatory)] [string] $BenchmarkAssembly,
    # Where the figures are written (Markdown); nothing is written when empty.
    [string] $OutputPath,
    [string] $ArtifactsPath = (Join-Path (Split-Path $PSScriptRoot) 'BenchmarkDotNet.Artifacts'),
    [int] $LatencyMs = 50,
    [int] $Apps = 2000,
    [int] $Namespaces = 40,
    [ValidateRange(1, 32)] [int] $ThrottleLimit = 4,
    # How many applications the naive baseline starts one by one; fewer than -Apps gives an extrapolated total, labelled so.
    [int] $NaiveApps = 2000,
    # Part b: namespaces of one region, and applications in each.
    [int] $ListNamespaces = 200,
    [int] $ListAppsPerNamespace = 100,
    # Part c: applications and namespaces started, stopped and restarted; change orders waited for, and how long each takes.
    [int] $JobApps = 200,
    [int] $JobNamespaces = 10,
    [int] $WaitOrders = 40,
    [int] $ChangeOrderDelayMs = 3000,
    [int] $ImportRuns = 7,
    [int] $PipelineObjects = 100000,
    # Passes over the same objects in each pipeline child: the first one cold, the others steady.
    [ValidateRange(2, 20)] [int] $Passes = 4,
    # Part h: applications and namespaces whose specs are applied.
    [int] $SpecApps = 100,
    [int] $SpecNamespaces = 10,
    # Part i: the emulator's state file world.
    [int] $StateApps = 20000,
    [switch] $SkipMicroBenchmarks
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot 'common.ps1')
. (Join-Path $PSScriptRoot 'bench/BenchSupport.ps1')
Initialize-OutputColour
$ModulePath = (Resolve-Path $ModulePath).Path
$EmulatorModulePath = (Resolve-Path $EmulatorModulePath).Path
$BenchmarkAssembly = (Resolve-Path $BenchmarkAssembly).Path
if ($OutputPath) { $OutputPath = [IO.Path]::GetFullPath($OutputPath) }

$started = [DateTime]::UtcNow
$runWatch = [Diagnostics.Stopwatch]::StartNew()
Import-Module $ModulePath
Import-Module $EmulatorModulePath

# The measurements, in order; each returns its rows (anything else it writes to the pipeline is a mistake, and dropped).
$bench = Join-Path $PSScriptRoot 'bench'
$measurements = @(
    @{ Script = 'EndToEnd.ps1'; Parameters = @{ LatencyMs = $LatencyMs; Apps = $Apps; Namespaces = $Namespaces; ThrottleLimit = $ThrottleLimit; NaiveApps = $NaiveApps } }
    @{ Script = 'ListingCalls.ps1'; Parameters = @{ LatencyMs = $LatencyMs; Namespaces = $ListNamespaces; AppsPerNamespace = $ListAppsPerNamespace } }
    @{ Script = 'JobCalls.ps1'; Parameters = @{ LatencyMs = $LatencyMs; Apps = $JobApps; Namespaces = $JobNamespaces; WaitOrders = $WaitOrders; ChangeOrderDelayMs = $ChangeOrderDelayMs } }
    @{ Script = 'ImportCost.ps1'; Parameters = @{ ModulePath = $ModulePath; ImportRuns = $ImportRuns } }
    @{ Script = 'CatalogFirstUse.ps1'; Parameters = @{ ModulePath = $ModulePath; Runs = $ImportRuns } }
    @{ Script = 'PipelineOverhead.ps1'; Parameters = @{ ModulePath = $ModulePath; BenchmarkAssembly = $BenchmarkAssembly; PipelineObjects = $PipelineObjects; Passes = $Passes } }
    @{ Script = 'SpecCalls.ps1'; Parameters = @{ Apps = $SpecApps; Namespaces = $SpecNamespaces } }
    @{ Script = 'EmulatorFigures.ps1'; Parameters = @{ Apps = $StateApps } }
    if (-not $SkipMicroBenchmarks) { @{ Script = 'MicroBenchmarks.ps1'; Parameters = @{ BenchmarkAssembly = $BenchmarkAssembly; ArtifactsPath = $ArtifactsPath } } }
)
$rows = [Collections.Generic.List[object]]::new()
foreach ($measurement in $measurements) {
    $parameters = $measurement.Parameters
    foreach ($row in (& (Join-Path $bench $measurement.Script) @parameters)) {
        if ($row.PSObject.TypeNames -contains 'SaeBench.Row') { $rows.Add($row) }
        else { Write-Warning "$($measurement.Script) wrote something that is not a row: $row" }
    }
}

#region Report
$elapsed = $runWatch.Elapsed
$escape = { param($text) ([string]$text).Replace('|', '\|') }
$table = @('| part | measurement | figure | target | verdict |', '|---|---|---|---|---|')
$table += $rows | ForEach-Object { '| {0} | {1} | {2} | {3} | {4} |' -f (& $escape $_.Part), (& $escape $_.Measurement), (& $escape $_.Figure), (& $escape $_.Target), (& $escape $_.Verdict) }
Write-Host ''
$table | ForEach-Object { Write-Host $_ }
Write-Host ''

if ($OutputPath) {
    $cores = [Environment]::ProcessorCount
    $cpu = (Get-Content /proc/cpuinfo -ErrorAction SilentlyContinue | Where-Object { $_ -like 'model name*' } | Select-Object -First 1) -replace '^model name\s*:\s*', ''
    $os = [Runtime.InteropServices.RuntimeInformation]::OSDescription
    $rounds = [Math]::Ceiling($Namespaces / $ThrottleLimit)
    $naiveCount = [Math]::Min($NaiveApps, $Apps)
    $naiveNote = if ($naiveCount -eq $Apps) { "all $(Format-Number $Apps) applications" } else { "the first $(Format-Number $naiveCount) applications only; the total for $(Format-Number $Apps) is extrapolated from the per-application time" }
    $micro = if ($SkipMicroBenchmarks) { 'skipped in this run (-SkipMicroBenchmarks).' } else { "BenchmarkDotNet's short job, in process; signatures over 1 and 50 application ids (50 is $(Format-Number $Apps) / $Namespaces at the defaults)." }
    $markdown = @"
# Benchmarks

Measured by ``tools/Bench.ps1`` on $($started.ToString('yyyy-MM-dd HH:mm', $invariant)) UTC, all in one run of $([Math]::Floor($elapsed.TotalMinutes)) min $($elapsed.Seconds) s, on a machine
with **$cores cores** ($(if ($cpu) { "$cpu, " })$os, PowerShell $($PSVersionTable.PSVersion), .NET $([Environment]::Version)). The machine may be
shared, so absolute times move from run to run; the ratios, taken within the same run, are the figures to compare.

Reproduce: ``dotnet tool restore && dotnet pwsh ./psake.ps1 Bench`` (it builds first, prints the same table and rewrites
this file; about 5 minutes on 2 cores). The micro-benchmarks alone: ``dotnet bench/SaePowerShell.Benchmarks/bin/Release/net10.0/SaePowerShell.Benchmarks.dll``
after a Release build (``--filter '*Signing*'`` for some; BenchmarkDotNet's reports go to ``BenchmarkDotNet.Artifacts/``).

$($table -join "`n")

## What was measured

What each part does and why, and where the targets come from: [benchmarks-method.md](benchmarks-method.md). This run's settings:

- **a. End to end** (``tools/bench/EndToEnd.ps1``): $(Format-Number $Apps) applications in $Namespaces namespaces, $LatencyMs ms added to every SAE
  answer, ``-ThrottleLimit $ThrottleLimit``: ceil($Namespaces / $ThrottleLimit) = $rounds rounds, so no run can take less than $rounds × $LatencyMs ms. One untimed run,
  then 3 timed runs, each on a fresh seed (the median is reported); the naive baseline: $naiveNote.
- **b. Listing** (``tools/bench/ListingCalls.ps1``): $(Format-Number ($ListNamespaces * $ListAppsPerNamespace)) applications in $ListNamespaces namespaces of cn-hangzhou, $LatencyMs ms added to every
  SAE answer; one untimed warm-up, then one timed run of each way (the call counts are exact).
- **c. Calls per job** (``tools/bench/JobCalls.ps1``): $JobApps applications in $JobNamespaces namespaces, each job on a fresh seed; ``-Wait`` on
  $WaitOrders change orders of $(Format-Number ($ChangeOrderDelayMs / 1000) 'N1') s each ($WaitOrders namespaces of 3 applications).
- **d. Import cost** (``tools/bench/ImportCost.ps1``): $ImportRuns timed runs of each case (the two process starts, and the four imports timed inside a process), interleaved, after one untimed run of each; medians.
- **e. The catalog's first use** (``tools/bench/CatalogFirstUse.ps1``): $ImportRuns fresh processes after one untimed one; medians.
- **f. Pipeline overhead** (``tools/bench/PipelineOverhead.ps1``): $(Format-Number $PipelineObjects) objects over 40 namespaces, $Passes passes in each child
  (the first one cold; "steady" is the median of the other $($Passes - 1)).
- **g. Micro-benchmarks** (``tools/bench/MicroBenchmarks.ps1``): $micro
- **h. Desired state** (``tools/bench/SpecCalls.ps1``): $SpecApps applications in $SpecNamespaces namespaces exported, then applied unchanged, with one field changed, and compared (call counts, exact).
- **i. The emulator** (``tools/bench/EmulatorFigures.ps1``): start-up to the first signed answer with an empty world and with a state file of $(Format-Number $StateApps) applications, a snapshot of that world saved and restored (medians of 3 after one untimed run), and the emulator's working set with each.
"@
    Set-Content -Path $OutputPath -Value $markdown -Encoding utf8 -NoNewline
    Write-Host "Wrote $OutputPath"
}
Write-Host ("Bench finished in {0:N0} s." -f $elapsed.TotalSeconds)
#endregion
