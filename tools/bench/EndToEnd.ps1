<#
.SYNOPSIS
Part a of tools/Bench.ps1: end to end against the local SAE emulator with injected latency. Returns table rows.
.DESCRIPTION
-Apps applications over -Namespaces namespaces piped into Start-SaeApplication (one BatchStartApplications call per
namespace, -ThrottleLimit at a time) against the lower bound ceil(Namespaces / ThrottleLimit) x latency; the same runs
with no latency; and a naive baseline of one Start-SaeApplication per application. docs/benchmarks-method.md says why.
Needs the module and the emulator helper imported (tools/Bench.ps1 imports them).
#>
param(
    [int] $LatencyMs = 50,
    [int] $Apps = 2000,
    [int] $Namespaces = 40,
    [ValidateRange(1, 32)] [int] $ThrottleLimit = 4,
    # How many applications the naive baseline starts one by one; fewer than -Apps gives an extrapolated total, labelled so.
    [int] $NaiveApps = 2000,
    # Timed batched runs, after one untimed warm-up run.
    [int] $BatchedRuns = 3,
    # The target: the batched wall time at most this many times the lower bound.
    [double] $MaxRatio = 1.15
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')

Write-Step "a. End to end: $Apps applications over $Namespaces namespaces, $LatencyMs ms per SAE answer"
$applications = New-BenchApplication -Count $Apps -NamespaceCount $Namespaces
$seed = @{
    changeOrderDelayMs = 1500
    namespaces         = @($applications | Group-Object NamespaceId | ForEach-Object { @{ namespaceId = $_.Name; namespaceName = $_.Name } })
    applications       = @($applications | ForEach-Object { @{ appId = $_.AppId; appName = $_.AppName; namespaceId = $_.NamespaceId } })
}

# One untimed warm-up run (JIT, HTTP connections, the emulator's own warm-up; import and first use are parts d and e), then
# $BatchedRuns timed runs, each on a fresh seed. Every run must make exactly one call per namespace and start every app.
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

# The environment, as for the Pester suite: none of the machine's own settings (every variable the module reads goes),
# and no quota (the emulator has none; against SAE the module keeps to 55 calls a minute). Put back at the end.
$savedEnvironment = Clear-SaeEnvironment
$env:SAE_POWERSHELL_RATE_LIMIT = 'off'
try {
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
} finally {
    Restore-SaeEnvironment $savedEnvironment
}

$part = 'a. end to end'
New-BenchRow $part "BatchStartApplications calls for $(Format-Number $Apps) apps in $Namespaces namespaces (each run)" ($batchCallCounts -join ', ') "exactly $Namespaces" (Get-Verdict ($batchCallCounts.Count -eq 1 -and $batchCallCounts[0] -eq $Namespaces))
New-BenchRow $part "Batched wall time (-ThrottleLimit $ThrottleLimit, $LatencyMs ms per answer; median of $BatchedRuns)" ('{0} s (runs: {1} s)' -f (Format-Number $batchedSeconds 'N3'), (($batched.Seconds | ForEach-Object { Format-Number $_ 'N3' }) -join ', '))
New-BenchRow $part "Lower bound ceil($Namespaces / $ThrottleLimit) × $LatencyMs ms" ('{0} s' -f (Format-Number $boundSeconds 'N3'))
New-BenchRow $part 'Batched wall time / lower bound' (Format-Number $batchedRatio 'N2') "≤ $(Format-Number $MaxRatio 'N2')" (Get-Verdict ($batchedRatio -le $MaxRatio))
New-BenchRow $part "Batched wall time with no injected latency (median of $BatchedRuns): the cost besides waiting" ('{0} s ({1} of the bound)' -f (Format-Number $zeroLatencySeconds 'N3'), (Format-Number ($zeroLatencySeconds / $boundSeconds) 'P0'))
New-BenchRow $part "Naive: one call per app, sequential ($(Format-Number $naiveCount) apps measured)" ('{0} s, {1} ms per app' -f (Format-Number $naiveSeconds 'N1'), (Format-Number ($naivePerApp * 1000) 'N1'))
if (-not $naiveMeasuredAll) {
    New-BenchRow $part "Naive, EXTRAPOLATED to $(Format-Number $Apps) apps (per-app time × $(Format-Number $Apps))" ('{0} s' -f (Format-Number $naiveTotal 'N1'))
}
New-BenchRow $part ('Naive / batched wall time' + $(if ($naiveMeasuredAll) { '' } else { ' (naive extrapolated)' })) ('{0}×' -f (Format-Number ($naiveTotal / $batchedSeconds) 'N0'))
