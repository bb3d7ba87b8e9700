<#
.SYNOPSIS
Measures SaePowerShell in one run and writes the figures to docs/benchmarks.md.

.DESCRIPTION
Run it with: dotnet tool restore && dotnet pwsh ./psake.ps1 Bench (the Bench task builds first and passes the paths).

Everything is measured in the same run, one part after the other, and reported as ratios where a ratio means
something, because the machine may be shared and noisy:

  a. End to end against the local SAE emulator with injected latency: N applications over M namespaces piped into
     Start-SaeApplication (one BatchStartApplications call per namespace, -ThrottleLimit at a time) against the lower
     bound ceil(M / ThrottleLimit) x latency; beside it, a naive baseline of one Start-SaeApplication per application.
  b. Import cost: a child pwsh that imports the module against one that does nothing (medians, interleaved).
  c. Pipeline overhead: 100,000 application objects through Start-SaeApplication -WhatIf, through the same cmdlet
     with ShouldProcess answering yes (no call is made: no credentials are set, so it stops after planning), and
     through BatchPlanner.Plan alone.
  d. The BenchmarkDotNet micro-benchmarks (bench/SaePowerShell.Benchmarks).

With -Worker, the script is the child process of part c (not for direct use).
#>
[CmdletBinding(DefaultParameterSetName = 'Run')]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory, ParameterSetName = 'Run')] [string] $EmulatorModulePath,
    # The built bench/SaePowerShell.Benchmarks assembly.
    [Parameter(Mandatory, ParameterSetName = 'Run')] [string] $BenchmarkAssembly,
    # Where the figures are written (Markdown); nothing is written when empty.
    [Parameter(ParameterSetName = 'Run')] [string] $OutputPath,
    [Parameter(ParameterSetName = 'Run')] [string] $ArtifactsPath = (Join-Path (Split-Path $PSScriptRoot) 'BenchmarkDotNet.Artifacts'),
    [Parameter(ParameterSetName = 'Run')] [int] $LatencyMs = 50,
    [Parameter(ParameterSetName = 'Run')] [int] $Apps = 2000,
    [Parameter(ParameterSetName = 'Run')] [int] $Namespaces = 40,
    [Parameter(ParameterSetName = 'Run')] [ValidateRange(1, 32)] [int] $ThrottleLimit = 4,
    # How many applications the naive baseline starts one by one; fewer than -Apps gives an extrapolated total, labelled so.
    [Parameter(ParameterSetName = 'Run')] [int] $NaiveApps = 2000,
    [Parameter(ParameterSetName = 'Run')] [int] $ImportRuns = 7,
    [Parameter(ParameterSetName = 'Run')] [int] $PipelineObjects = 100000,
    [Parameter(ParameterSetName = 'Run')] [switch] $SkipMicroBenchmarks,

    # Child mode for part c: WhatIf, Confirmed or Reference, writing its figures as JSON to -ResultPath.
    [Parameter(Mandatory, ParameterSetName = 'Worker')] [ValidateSet('WhatIf', 'Confirmed', 'Reference')] [string] $Worker,
    [Parameter(Mandatory, ParameterSetName = 'Worker')] [int] $Count,
    [Parameter(Mandatory, ParameterSetName = 'Worker')] [string] $ResultPath,
    # Passes over the same objects: the first one in a fresh process, then the steady ones.
    [Parameter(ParameterSetName = 'Worker')] [int] $Passes = 4
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$ModulePath = (Resolve-Path $ModulePath).Path
if ($PSCmdlet.ParameterSetName -eq 'Run') {
    $EmulatorModulePath = (Resolve-Path $EmulatorModulePath).Path
    $BenchmarkAssembly = (Resolve-Path $BenchmarkAssembly).Path
    $ArtifactsPath = [IO.Path]::GetFullPath($ArtifactsPath)
    if ($OutputPath) { $OutputPath = [IO.Path]::GetFullPath($OutputPath) }
}

# The applications used everywhere: GUID-shaped ids, spread round-robin over the namespaces as a mixed pipeline brings them.
function New-BenchApplication([int] $Count, [int] $NamespaceCount) {
    $list = [Collections.Generic.List[SaePowerShell.SaeApplication]]::new($Count)
    for ($i = 0; $i -lt $Count; $i++) {
        $ns = $i % $NamespaceCount
        $region = if ($ns % 2 -eq 0) { 'cn-hangzhou' } else { 'cn-shanghai' }
        $app = [SaePowerShell.SaeApplication]::new()
        $app.AppId = '{0:x8}-0000-4000-8000-{1:x12}' -f $ns, $i
        $app.AppName = "bench-app-$i"
        $app.NamespaceId = '{0}:bench{1:00}' -f $region, $ns
        $app.RegionId = $region
        $list.Add($app)
    }
    ,$list   # one List, not its items
}

#region Worker (part c, in its own process)
if ($PSCmdlet.ParameterSetName -eq 'Worker') {
    Import-Module $ModulePath
    # No credentials: a run whose ShouldProcess answers yes binds, reads, confirms and plans every object, then stops
    # with NoCredentials before its first call. So that none can be found, this process has no Alibaba Cloud variables
    # and a HOME with no aliyun CLI or SDK files in it; and should one be found all the same, -Endpoint sends the calls
    # to a closed port on this machine, and the run is reported as a failure.
    Get-ChildItem Env: | Where-Object Name -Match '^(ALIBABA_?CLOUD|ALICLOUD)_' | ForEach-Object { Remove-Item "Env:$($_.Name)" }
    $emptyHome = Join-Path ([IO.Path]::GetTempPath()) ('sae-bench-home-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $emptyHome | Out-Null
    $env:HOME = $emptyHome
    $env:USERPROFILE = $emptyHome
    $nowhere = @{ Endpoint = 'http://127.0.0.1:9'; MaximumRetryCount = 0 }
    $applications = New-BenchApplication -Count $Count -NamespaceCount 40
    if ($Worker -eq 'Reference') {
        # PowerShell's own floor: a compiled cmdlet that binds each object and asks ShouldProcess with the same target
        # text as Start-SaeApplication, and does nothing else.
        $source = @'
using System.Management.Automation;
namespace SaeBench
{
    [Cmdlet("Test", "SaeShouldProcess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public sealed class TestSaeShouldProcessCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public PSObject InputObject { get; set; }

        protected override void ProcessRecord()
        {
            var app = (SaePowerShell.SaeApplication)InputObject.BaseObject;
            ShouldProcess(app.AppName + " (" + app.AppId + ") in namespace " + app.NamespaceId, "Start");
        }
    }
}
'@
        $type = Add-Type -TypeDefinition $source -ReferencedAssemblies ([SaePowerShell.SaeApplication].Assembly.Location), ([PSObject].Assembly.Location) -PassThru | Select-Object -First 1
        Import-Module -Assembly $type.Assembly
        $result = [ordered]@{ Mode = $Worker; Count = $Count }
        foreach ($case in 'WhatIf', 'Yes') {
            $whatIf = $case -eq 'WhatIf'
            $result["${case}Seconds"] = @(for ($pass = 0; $pass -lt $Passes; $pass++) {
                    [GC]::Collect()
                    $watch = [Diagnostics.Stopwatch]::StartNew()
                    $applications | Test-SaeShouldProcess -WhatIf:$whatIf
                    $watch.Elapsed.TotalSeconds
                })
        }
        [pscustomobject]$result | ConvertTo-Json | Set-Content -Path $ResultPath -Encoding utf8
        Remove-Item -Recurse -Force $emptyHome -ErrorAction SilentlyContinue
        exit 0
    }

    $self = [Diagnostics.Process]::GetCurrentProcess()
    $self.Refresh()
    $before = $self.WorkingSet64
    $outcomes = [Collections.Generic.List[string]]::new()
    $seconds = @(for ($pass = 0; $pass -lt $Passes; $pass++) {
            [GC]::Collect()
            $watch = [Diagnostics.Stopwatch]::StartNew()
            if ($Worker -eq 'WhatIf') {
                # What if: lines go to the host (this process's stdout, which the parent sends to a file).
                $applications | Start-SaeApplication -WhatIf
                $outcomes.Add('completed')
            } else {
                try {
                    $applications | Start-SaeApplication -Confirm:$false -ErrorAction Stop @nowhere
                    $outcomes.Add('unexpected: no error')
                } catch {
                    $outcomes.Add($_.FullyQualifiedErrorId)
                }
            }
            $watch.Elapsed.TotalSeconds
        })
    $self.Refresh()
    [pscustomobject][ordered]@{
        Mode = $Worker; Count = $Count; Seconds = $seconds; Outcomes = @($outcomes | Sort-Object -Unique)
        WorkingSetBeforeBytes = $before; PeakWorkingSetBytes = $self.PeakWorkingSet64
    } | ConvertTo-Json | Set-Content -Path $ResultPath -Encoding utf8
    Remove-Item -Recurse -Force $emptyHome -ErrorAction SilentlyContinue
    exit 0
}
#endregion

#region Helpers
$Root = Split-Path $PSScriptRoot
$invariant = [Globalization.CultureInfo]::InvariantCulture

# A child PowerShell like this one, as psake.ps1's Invoke-ChildPwsh starts it: 'dotnet pwsh' runs pwsh.dll under the dotnet host.
function Get-ChildPwsh {
    $hostPath = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') {
        @{ FilePath = $hostPath; Prefix = @((Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive') }
    } else {
        @{ FilePath = $hostPath; Prefix = @('-NoProfile', '-NonInteractive') }
    }
}

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $middle = [int][Math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

function Format-Number([double] $Value, [string] $Format = 'N0') { $Value.ToString($Format, $invariant) }

function Format-Bytes([double] $Bytes) {
    if ($Bytes -ge 1MB) { '{0} MB' -f (Format-Number ($Bytes / 1MB) 'N0') }
    elseif ($Bytes -ge 1KB) { '{0} KB' -f (Format-Number ($Bytes / 1KB) 'N1') }
    else { '{0} B' -f (Format-Number $Bytes 'N0') }
}

function Format-Duration([double] $Nanoseconds) {
    if ($Nanoseconds -ge 1e6) { '{0} ms' -f (Format-Number ($Nanoseconds / 1e6) 'N2') }
    elseif ($Nanoseconds -ge 1e3) { '{0} µs' -f (Format-Number ($Nanoseconds / 1e3) 'N2') }
    else { '{0} ns' -f (Format-Number $Nanoseconds 'N0') }
}

$rows = [Collections.Generic.List[object]]::new()
function Add-Row([string] $Part, [string] $Measurement, [string] $Figure, [string] $Target = '', [string] $Verdict = '') {
    $rows.Add([pscustomobject]@{ Part = $Part; Measurement = $Measurement; Figure = $Figure; Target = $Target; Verdict = $Verdict })
}
function Get-Verdict([bool] $Met) { if ($Met) { 'met' } else { 'MISSED' } }

function Write-Step([string] $Text) { Write-Host "--- $Text" -ForegroundColor DarkCyan }
#endregion

$started = [DateTime]::UtcNow
$runWatch = [Diagnostics.Stopwatch]::StartNew()
Import-Module $ModulePath
Import-Module $EmulatorModulePath
$env:SAE_POWERSHELL_RATE_LIMIT = 'off'   # the emulator has no quota; against SAE the module keeps to 55 calls a minute

#region a. End to end against the emulator
Write-Step "a. End to end: $Apps applications over $Namespaces namespaces, $LatencyMs ms per SAE answer"
$applications = New-BenchApplication -Count $Apps -NamespaceCount $Namespaces
$seed = @{
    changeOrderDelayMs = 1500
    namespaces         = @($applications | Group-Object NamespaceId | ForEach-Object { @{ namespaceId = $_.Name; namespaceName = $_.Name } })
    applications       = @($applications | ForEach-Object { @{ appId = $_.AppId; appName = $_.AppName; namespaceId = $_.NamespaceId } })
}

# One untimed warm-up run (JIT, HTTP connections, the emulator's own warm-up; import and first use are part b), then
# $BatchedRuns timed runs, each on a fresh seed. Every run must make exactly one call per namespace and start every app.
$BatchedRuns = 3
function Measure-Batched($Emulator) {
    $target = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential }
    for ($run = 0; $run -le $BatchedRuns; $run++) {
        Set-SaeEmulatorSeed $Emulator $seed
        Clear-SaeEmulatorRequest $Emulator
        $failed = $null
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $orders = @($applications | Start-SaeApplication -ThrottleLimit $ThrottleLimit -ErrorVariable failed -ErrorAction SilentlyContinue @target)
        $seconds = $watch.Elapsed.TotalSeconds
        $calls = @(Get-SaeEmulatorRequest $Emulator -Api BatchStartApplications).Count
        $startedApps = @($orders | ForEach-Object { $_.AppIds }).Count
        if (@($failed).Count -gt 0 -or $startedApps -ne $Apps) {
            throw "A batched run did not start every application: $startedApps started, $(@($failed).Count) errors. First error: $(@($failed)[0])"
        }
        if ($run -gt 0) { [pscustomobject]@{ Seconds = $seconds; Calls = $calls } }
    }
}

$emulator = Start-SaeEmulator -LatencyMs $LatencyMs
try {
    $target = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential; ErrorAction = 'SilentlyContinue' }

    # Batched: the whole list through the pipeline.
    $batched = @(Measure-Batched $emulator)
    $batchedSeconds = Get-Median $batched.Seconds
    $batchCallCounts = @($batched.Calls | Sort-Object -Unique)
    $rounds = [Math]::Ceiling($Namespaces / $ThrottleLimit)
    $boundSeconds = $rounds * $LatencyMs / 1000
    $batchedRatio = $batchedSeconds / $boundSeconds
    Write-Host ("batched: {0} calls, {1} s (median of {2}), bound {3:N3} s, ratio {4:N2}" -f ($batchCallCounts -join '/'), (($batched.Seconds | ForEach-Object { $_.ToString('N3', $invariant) }) -join ', '), $BatchedRuns, $boundSeconds, $batchedRatio)

    # Naive: one Start-SaeApplication (one call) per application, one after the other, on a fresh seed.
    $naiveCount = [Math]::Min($NaiveApps, $Apps)
    Set-SaeEmulatorSeed $emulator $seed
    Clear-SaeEmulatorRequest $emulator
    $failed = $null
    $naiveOrders = 0
    $watch = [Diagnostics.Stopwatch]::StartNew()
    foreach ($app in $applications.GetRange(0, $naiveCount)) {
        $order = Start-SaeApplication -AppId $app.AppId -NamespaceId $app.NamespaceId -ErrorVariable +failed @target
        if ($order) { $naiveOrders++ }
    }
    $naiveSeconds = $watch.Elapsed.TotalSeconds
    $naiveCalls = @(Get-SaeEmulatorRequest $emulator -Api BatchStartApplications).Count
    if (@($failed).Count -gt 0 -or $naiveOrders -ne $naiveCount) {
        throw "The naive run did not start every application: $naiveOrders started, $(@($failed).Count) errors. First error: $(@($failed)[0])"
    }
    $naivePerApp = $naiveSeconds / $naiveCount
    $naiveTotal = $naivePerApp * $Apps
    $naiveMeasuredAll = $naiveCount -eq $Apps
    Write-Host ("naive: {0} calls, {1:N1} s for {2} applications, {3:N1} ms each" -f $naiveCalls, $naiveSeconds, $naiveCount, ($naivePerApp * 1000))
} finally {
    Stop-SaeEmulator $emulator
}

# The same batched runs with no injected latency: what the module, PowerShell and the emulator cost besides the wait.
$emulator = Start-SaeEmulator -LatencyMs 0
try {
    $unhurried = @(Measure-Batched $emulator)
    $zeroLatencySeconds = Get-Median $unhurried.Seconds
    Write-Host ("batched, no latency: {0:N3} s (median of {1})" -f $zeroLatencySeconds, $BatchedRuns)
} finally {
    Stop-SaeEmulator $emulator
}

$part = 'a. end to end'
Add-Row $part "BatchStartApplications calls for $(Format-Number $Apps) apps in $Namespaces namespaces (each run)" ($batchCallCounts -join ', ') "exactly $Namespaces" (Get-Verdict ($batchCallCounts.Count -eq 1 -and $batchCallCounts[0] -eq $Namespaces))
Add-Row $part "Batched wall time (-ThrottleLimit $ThrottleLimit, $LatencyMs ms per answer; median of $BatchedRuns)" ('{0} s (runs: {1} s)' -f (Format-Number $batchedSeconds 'N3'), (($batched.Seconds | ForEach-Object { Format-Number $_ 'N3' }) -join ', '))
Add-Row $part "Lower bound ceil($Namespaces / $ThrottleLimit) × $LatencyMs ms" ('{0} s' -f (Format-Number $boundSeconds 'N3'))
Add-Row $part 'Batched wall time / lower bound' (Format-Number $batchedRatio 'N2') '≤ 1.25' (Get-Verdict ($batchedRatio -le 1.25))
Add-Row $part 'Batched wall time with no injected latency (median of 3): the cost besides waiting' ('{0} s ({1} of the bound)' -f (Format-Number $zeroLatencySeconds 'N3'), (Format-Number ($zeroLatencySeconds / $boundSeconds) 'P0'))
Add-Row $part "Naive: one call per app, sequential ($(Format-Number $naiveCount) apps measured)" ('{0} s, {1} ms per app' -f (Format-Number $naiveSeconds 'N1'), (Format-Number ($naivePerApp * 1000) 'N1'))
if (-not $naiveMeasuredAll) {
    Add-Row $part "Naive, EXTRAPOLATED to $(Format-Number $Apps) apps (per-app time × $(Format-Number $Apps))" ('{0} s' -f (Format-Number $naiveTotal 'N1'))
}
Add-Row $part ('Naive / batched wall time' + $(if ($naiveMeasuredAll) { '' } else { ' (naive extrapolated)' })) ('{0}×' -f (Format-Number ($naiveTotal / $batchedSeconds) 'N0'))
#endregion

#region b. Import cost
Write-Step "b. Import cost: $ImportRuns runs of each case, interleaved"
$child = Get-ChildPwsh
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
            $null = & $child.FilePath @($child.Prefix) -Command $importCases[$case]
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
Add-Row $part "pwsh -NoProfile -c 0 (median of $ImportRuns)" (& $ms $importMedian.Bare)
Add-Row $part "pwsh -NoProfile -c `"Import-Module <out>/SaePowerShell/SaePowerShell.psd1`" (median of $ImportRuns)" (& $ms $importMedian.Module)
Add-Row $part 'Added by Import-Module SaePowerShell' ('{0} ({1}× the bare start)' -f (& $ms $importCost), (Format-Number ($importMedian.Module / $importMedian.Bare) 'N2')) '< 150 ms' (Get-Verdict ($importCost -lt 150))
Add-Row $part "For comparison, added by Import-Module of an empty manifest module (PowerShell's own cost, any module pays it)" (& $ms $powershellImportCost)
Add-Row $part 'For comparison, added by Import-Module SaePowerShell.dll alone (no manifest, so no format file)' (& $ms $assemblyCost)
Add-Row $part 'SaePowerShell.psd1 minus SaePowerShell.dll alone: its FormatsToProcess (SaePowerShell.Format.ps1xml)' (& $ms ($importMedian.Module - $importMedian.Assembly))
#endregion

#region c. Pipeline overhead
Write-Step "c. Pipeline overhead: $(Format-Number $PipelineObjects) objects, 4 passes each in a fresh child pwsh"
$work = Join-Path ([IO.Path]::GetTempPath()) ('sae-bench-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $work | Out-Null
$pipeline = @{}
try {
    foreach ($mode in 'WhatIf', 'Confirmed', 'Reference') {
        $result = Join-Path $work "$mode.json"
        $arguments = @($child.Prefix) + @('-File', $PSCommandPath, '-ModulePath', $ModulePath, '-Worker', $mode, '-Count', $PipelineObjects, '-ResultPath', $result)
        # The What if: text goes to a file, so that the host's console output does not slow the child down.
        $process = Start-Process -FilePath $child.FilePath -ArgumentList ($arguments | ForEach-Object { if ($_ -match '\s') { "`"$_`"" } else { $_ } }) `
            -RedirectStandardOutput (Join-Path $work "$mode.out") -RedirectStandardError (Join-Path $work "$mode.err") -NoNewWindow -PassThru -Wait
        if ($process.ExitCode -ne 0 -or -not (Test-Path $result)) {
            throw "The $mode pipeline child failed (exit code $($process.ExitCode)): $(Get-Content (Join-Path $work "$mode.err") -Raw)"
        }
        $pipeline[$mode] = Get-Content $result -Raw | ConvertFrom-Json
    }
    if (@($pipeline.Confirmed.Outcomes).Count -ne 1 -or $pipeline.Confirmed.Outcomes[0] -notlike 'NoCredentials*') {
        throw "The confirmed pipeline child should have stopped with NoCredentials after planning every time; it ended with '$($pipeline.Confirmed.Outcomes -join "', '")'."
    }
    $planOutput = & dotnet $BenchmarkAssembly --plan-throughput $PipelineObjects
    if ($LASTEXITCODE -ne 0) { throw "dotnet $BenchmarkAssembly --plan-throughput failed with exit code $LASTEXITCODE." }
    $plan = $planOutput | Select-Object -Last 1 | ConvertFrom-Json
} finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}

# The first pass runs in a fresh process (JIT, tier-0 code); the steady figure is the median of the others.
function Get-PassFigures([double[]] $Seconds) {
    $first = $Seconds[0]
    $steady = Get-Median ($Seconds | Select-Object -Skip 1)
    [pscustomobject]@{ First = $first; Steady = $steady; FirstRate = $PipelineObjects / $first; SteadyRate = $PipelineObjects / $steady }
}
$whatIf = Get-PassFigures $pipeline.WhatIf.Seconds
$confirmed = Get-PassFigures $pipeline.Confirmed.Seconds
$referenceWhatIf = Get-PassFigures $pipeline.Reference.WhatIfSeconds
$referenceYes = Get-PassFigures $pipeline.Reference.YesSeconds
$steadyCount = @($pipeline.WhatIf.Seconds).Count - 1
foreach ($entry in @(@('-WhatIf', $whatIf), @('ShouldProcess yes', $confirmed), @('reference -WhatIf', $referenceWhatIf), @('reference yes', $referenceYes))) {
    Write-Host ("{0}: first pass {1:N0} objects/s, steady {2:N0} objects/s" -f $entry[0], $entry[1].FirstRate, $entry[1].SteadyRate)
}
Write-Host ("BatchPlanner.Plan: {0:N0} objects/s, peak working set {1}" -f $plan.objectsPerSecond, (Format-Bytes $plan.peakWorkingSetBytes))

$part = 'c. pipeline'
$n = Format-Number $PipelineObjects
function Format-Rate($Figures) {
    '{0}/s first pass ({1} s), {2}/s steady ({3} s)' -f (Format-Number $Figures.FirstRate), (Format-Number $Figures.First 'N2'), (Format-Number $Figures.SteadyRate), (Format-Number $Figures.Steady 'N2')
}
function Get-RateVerdict($Figures) {
    if ($Figures.FirstRate -ge 50000) { 'met' } elseif ($Figures.SteadyRate -ge 50000) { 'met when warm' } else { 'MISSED' }
}
Add-Row $part "$n SaeApplication objects | Start-SaeApplication -WhatIf" ((Format-Rate $whatIf) + '; peak working set ' + (Format-Bytes $pipeline.WhatIf.PeakWorkingSetBytes) + ' (' + (Format-Bytes $pipeline.WhatIf.WorkingSetBeforeBytes) + ' before the first pass)') '≥ 50,000/s' (Get-RateVerdict $whatIf)
Add-Row $part "Reference: $n objects | a compiled cmdlet that only calls ShouldProcess, -WhatIf (PowerShell's own floor)" (Format-Rate $referenceWhatIf)
Add-Row $part '-WhatIf: Start-SaeApplication time / reference time (steady)' (Format-Number ($whatIf.Steady / $referenceWhatIf.Steady) 'N2')
Add-Row $part "$n objects | Start-SaeApplication, ShouldProcess yes: read, confirmed, planned, then NoCredentials before any call" ((Format-Rate $confirmed) + '; peak working set ' + (Format-Bytes $pipeline.Confirmed.PeakWorkingSetBytes) + ' (' + (Format-Bytes $pipeline.Confirmed.WorkingSetBeforeBytes) + ' before the first pass)') '≥ 50,000/s' (Get-RateVerdict $confirmed)
Add-Row $part "Reference: $n objects | the same compiled cmdlet, ShouldProcess yes" (Format-Rate $referenceYes)
Add-Row $part "BatchPlanner.Plan alone, $n targets over 40 namespaces ($($plan.groups) groups)" ('{0}/s ({1} ms, median of 5); peak working set {2}' -f (Format-Number $plan.objectsPerSecond), (Format-Number ($plan.medianSeconds * 1000) 'N0'), (Format-Bytes $plan.peakWorkingSetBytes))
#endregion

#region d. Micro-benchmarks
if (-not $SkipMicroBenchmarks) {
    Write-Step 'd. BenchmarkDotNet micro-benchmarks (short in-process job)'
    Remove-Item -Recurse -Force (Join-Path $ArtifactsPath 'results') -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Force -Path $ArtifactsPath | Out-Null
    $log = Join-Path $ArtifactsPath 'bench-console.log'
    & dotnet $BenchmarkAssembly --artifacts $ArtifactsPath *> $log
    if ($LASTEXITCODE -ne 0) { throw "The micro-benchmarks failed (exit code $LASTEXITCODE); see $log" }
    foreach ($file in Get-ChildItem (Join-Path $ArtifactsPath 'results') -Filter '*-report-brief.json' | Sort-Object Name) {
        foreach ($benchmark in (Get-Content $file.FullName -Raw | ConvertFrom-Json).Benchmarks) {
            $name = $benchmark.MethodTitle.Trim("'")
            if ($benchmark.Parameters) { $name += " ($($benchmark.Parameters -replace '=', ' = '))" }
            $allocated = if ($benchmark.Memory) { Format-Bytes $benchmark.Memory.BytesAllocatedPerOperation } else { 'n/a' }
            $targetText = ''
            $verdict = ''
            if ($benchmark.Method -in 'Acs3HmacSha256', 'RoaHmacSha1') {
                # "A few microseconds per signature": up to 10 µs.
                $targetText = 'a few µs (≤ 10)'
                $verdict = Get-Verdict ($benchmark.Statistics.Mean -le 10000)
            }
            Add-Row 'd. micro' $name ('{0} mean, {1} allocated' -f (Format-Duration $benchmark.Statistics.Mean), $allocated) $targetText $verdict
        }
    }
}
#endregion

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
    $naiveNote = if ($naiveMeasuredAll) { "all $(Format-Number $Apps) applications" } else { "the first $(Format-Number $naiveCount) applications only; the total for $(Format-Number $Apps) is extrapolated from the per-application time" }
    $markdown = @"
# Benchmarks

Measured by ``tools/Bench.ps1`` on $($started.ToString('yyyy-MM-dd HH:mm', $invariant)) UTC, all in one run of $([Math]::Floor($elapsed.TotalMinutes)) min $($elapsed.Seconds) s, on a machine
with **$cores cores** ($(if ($cpu) { "$cpu, " })$os, PowerShell $($PSVersionTable.PSVersion), .NET $([Environment]::Version)). The machine may be
shared, so absolute times move from run to run; the ratios, taken within the same run, are the figures to compare.

Reproduce: ``dotnet tool restore && dotnet pwsh ./psake.ps1 Bench`` (it builds first, prints the same table and rewrites this
file; about 5 minutes on 2 cores). The micro-benchmarks alone: ``dotnet bench/SaePowerShell.Benchmarks/bin/Release/net10.0/SaePowerShell.Benchmarks.dll``
after a Release build (``--filter '*Signing*'`` for some; BenchmarkDotNet's reports go to ``BenchmarkDotNet.Artifacts/``).

$($table -join "`n")

## What was measured

- **a. End to end.** The local SAE emulator (``Start-SaeEmulator -LatencyMs $LatencyMs``: every SAE answer is delayed by
  $LatencyMs ms, standing in for the network and SAE) is seeded with $(Format-Number $Apps) stopped applications in $Namespaces namespaces
  (``Set-SaeEmulatorSeed``) and ``SAE_POWERSHELL_RATE_LIMIT`` is ``off`` (the emulator has no quota). $(Format-Number $Apps) ``SaeApplication``
  objects, built locally and spread round-robin over the namespaces, are piped into ``Start-SaeApplication`` (default
  ``-ThrottleLimit $ThrottleLimit``); the calls are counted in the emulator's request log (``Get-SaeEmulatorRequest``). Each namespace is
  one call, so the calls go in ceil($Namespaces / $ThrottleLimit) = $rounds rounds and no run can take less than $rounds × $LatencyMs ms: the ratio says how much
  is added to that (reading the $(Format-Number $Apps) objects, which must all be in before the first call, planning, signing, HTTP, and
  the emulator's own work on the same cores). One untimed run comes first (JIT, connections; loading is part b), then $BatchedRuns
  timed runs, each on a fresh seed; the median is reported. The same runs against an emulator with no injected latency
  show that fixed cost alone. The naive baseline, on a fresh seed in the same run, calls
  ``Start-SaeApplication -AppId `$id -NamespaceId `$ns`` once per application, one after the other: $naiveNote.
- **b. Import cost.** ``pwsh -NoProfile -NonInteractive -c "Import-Module <built module>"`` against ``pwsh -NoProfile -NonInteractive -c 0``,
  started as ``psake.ps1``'s ``Invoke-ChildPwsh`` starts PowerShell (``dotnet <PSHOME>/pwsh.dll`` under the dotnet host): $ImportRuns timed
  runs of each, interleaved, after one untimed run of each; medians. Two more cases run interleaved with them to say where
  the difference goes: importing an empty manifest module (what any ``Import-Module`` costs) and importing
  ``SaePowerShell.dll`` alone (the cmdlets without the manifest, so without the format file). A process start is noisy
  (tens of milliseconds): differences smaller than that are noise.
- **c. Pipeline overhead.** $n ``SaeApplication`` objects (40 namespaces), built before the clock starts, in a child
  pwsh of their own whose working set is reported (it includes PowerShell itself and the $n input objects). Each child
  makes $($steadyCount + 1) passes over the same objects: the first one runs cold (JIT, tier-0 code) and is reported as such; "steady" is
  the median of the others. ``-WhatIf``: ShouldProcess says no to each, and PowerShell writes a "What if:" line per object
  to the host (sent to a file). ShouldProcess yes: the same cmdlet with no credentials set, so it reads, confirms and plans
  every object and then stops with ``NoCredentials`` before its first call (the planning is inside the figure). The
  reference is a compiled cmdlet made for the run (``Add-Type``) that binds each object and calls ``ShouldProcess`` with
  the same target text, and does nothing else: what PowerShell itself costs. ``BatchPlanner.Plan`` alone: the benchmark
  assembly's ``--plan-throughput``, median of 5 plans after a warm-up, in its own process.
- **d. Micro-benchmarks** (``bench/SaePowerShell.Benchmarks``, BenchmarkDotNet 0.15.8, ``[MemoryDiagnoser]``, short job: 3 warm-up and 3
  measured iterations, in process): a signature over a ``BatchStartApplications`` request laid out for signing, with 1 or 50
  application ids (50 is $(Format-Number $Apps) / $Namespaces); the whole signed ``HttpRequestMessage`` as ``SignedRequestFactory`` builds it; the V3 canonical query
  of 10 parameters; one ListApplications page of 100 applications read from the parsed envelope, and from the body
  text (Newtonsoft's parsing included); ``BatchPlanner.Plan`` over 2,000 targets in 40 namespaces. The short job's error
  bars are wide: read the means as orders of magnitude.
"@
    Set-Content -Path $OutputPath -Value $markdown -Encoding utf8 -NoNewline
    Write-Host "Wrote $OutputPath"
}
Write-Host ("Bench finished in {0:N0} s." -f $elapsed.TotalSeconds)
#endregion
