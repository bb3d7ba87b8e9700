<#
.SYNOPSIS
Part c of tools/Bench.ps1: the calls each job makes, against the fewest it could make. Returns table rows.
.DESCRIPTION
Start, stop and restart of -Apps applications in -Namespaces namespaces (Start-, Stop-, Restart-SaeApplication
-NamespaceId X -Force, one namespace after the other, each on a fresh seed): every SAE call counted in the emulator's
request log against the minimum (one batch call per namespace; a restart needs the namespace's application ids, so
one listing call per namespace more). Then -Wait on -WaitOrders change orders (that many namespaces piped into
Start-SaeApplication -Wait, the emulator's change orders taking -ChangeOrderDelayMs): DescribeChangeOrder calls against
one read of each order once it has finished. docs/benchmarks-method.md says why.
Needs the module and the emulator helper imported (tools/Bench.ps1 imports them).
#>
param(
    [int] $LatencyMs = 50,
    [int] $Apps = 200,
    [int] $Namespaces = 10,
    [int] $WaitOrders = 40,
    [int] $AppsPerWaitOrder = 3,
    [int] $ChangeOrderDelayMs = 3000
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')

Write-Step "c. Calls per job: $Apps applications in $Namespaces namespaces; -Wait on $WaitOrders change orders of $ChangeOrderDelayMs ms"
function New-Seed($Applications) {
    @{
        namespaces   = @($Applications | Group-Object NamespaceId | ForEach-Object { @{ namespaceId = $_.Name; namespaceName = $_.Name } })
        applications = @($Applications | ForEach-Object { @{ appId = $_.AppId; appName = $_.AppName; namespaceId = $_.NamespaceId } })
    }
}
$jobApps = New-BenchApplication -Count $Apps -NamespaceCount $Namespaces
$jobSeed = New-Seed $jobApps
$namespaceIds = @($jobApps | ForEach-Object NamespaceId | Sort-Object -Unique)
$waitApps = New-BenchApplication -Count ($WaitOrders * $AppsPerWaitOrder) -NamespaceCount $WaitOrders
$waitSeed = New-Seed $waitApps

# Every SAE call in the log, by API ("3 ListApplications + 10 BatchRestartApplications").
function Get-CallCount($Emulator) {
    $requests = @(Get-SaeEmulatorRequest $Emulator)
    $byApi = [ordered]@{}
    foreach ($group in ($requests | Group-Object api | Sort-Object Name)) { $byApi[$group.Name] = $group.Count }
    [pscustomobject]@{ Total = $requests.Count; ByApi = $byApi; Text = (($byApi.Keys | ForEach-Object { '{0} {1}' -f $byApi[$_], $_ }) -join ' + ') }
}

# The jobs and their minimum: one batch call per namespace, and for a restart one listing per namespace too.
$jobs = [ordered]@{
    Start   = @{ Command = 'Start-SaeApplication'; Api = 'BatchStartApplications'; Minimum = $Namespaces }
    Stop    = @{ Command = 'Stop-SaeApplication'; Api = 'BatchStopApplications'; Minimum = $Namespaces }
    Restart = @{ Command = 'Restart-SaeApplication'; Api = 'BatchRestartApplications'; Minimum = 2 * $Namespaces }
}

$savedEnvironment = Clear-SaeEnvironment
$env:SAE_POWERSHELL_RATE_LIMIT = 'off'
$ProgressPreference = 'SilentlyContinue'   # -Wait's progress bars: not what is measured
$results = [ordered]@{}
try {
    $emulator = Start-SaeEmulator -LatencyMs $LatencyMs -ChangeOrderDelayMs $ChangeOrderDelayMs
    try {
        $target = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential; ErrorAction = 'SilentlyContinue' }
        foreach ($job in $jobs.Keys) {
            Set-SaeEmulatorSeed $emulator $jobSeed
            Clear-SaeEmulatorRequest $emulator
            $failed = [Collections.ArrayList]::new()
            $command = $jobs[$job].Command
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $orders = @(foreach ($ns in $namespaceIds) { & $command -NamespaceId $ns -Force -ErrorVariable +failed @target })
            $seconds = $watch.Elapsed.TotalSeconds
            $calls = Get-CallCount $emulator
            if ($failed.Count -gt 0 -or $orders.Count -ne $Namespaces) { throw "$job of $Namespaces namespaces: $($orders.Count) change orders, $($failed.Count) errors. First error: $($failed | Select-Object -First 1)" }
            $results[$job] = [pscustomobject]@{ Calls = $calls; Minimum = $jobs[$job].Minimum; Seconds = $seconds }
            Write-Host ("{0}: {1} calls ({2}), minimum {3}, {4:N2} s" -f $job, $calls.Total, $calls.Text, $jobs[$job].Minimum, $seconds)
        }

        # -Wait: the change orders started in one pipeline, waited for until each has finished.
        Set-SaeEmulatorSeed $emulator $waitSeed
        Clear-SaeEmulatorRequest $emulator
        $failed = @()
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $orders = @($waitApps | Start-SaeApplication -Wait -ErrorVariable failed @target)
        $waitSeconds = $watch.Elapsed.TotalSeconds
        $waitCalls = Get-CallCount $emulator
        $unfinished = @($orders | Where-Object { "$($_.Status)" -ne 'Succeeded' })
        if ($failed.Count -gt 0 -or $orders.Count -ne $WaitOrders -or $unfinished.Count -gt 0) {
            throw "-Wait on $WaitOrders change orders: $($orders.Count) written, $($unfinished.Count) not succeeded, $($failed.Count) errors. First error: $($failed | Select-Object -First 1)"
        }
        $describeCalls = if ($waitCalls.ByApi.Contains('DescribeChangeOrder')) { $waitCalls.ByApi['DescribeChangeOrder'] } else { 0 }
        Write-Host ("-Wait: {0} calls ({1}), {2:N1} s" -f $waitCalls.Total, $waitCalls.Text, $waitSeconds)
    } finally {
        Stop-SaeEmulator $emulator
    }
} finally {
    Restore-SaeEnvironment $savedEnvironment
}

$part = 'c. job calls'
foreach ($job in $results.Keys) {
    $r = $results[$job]
    $how = if ($job -eq 'Restart') { "$Namespaces listings + $Namespaces batch calls" } else { "$Namespaces batch calls" }
    New-BenchRow $part "$($jobs[$job].Command) -NamespaceId X -Force, $Apps apps in $Namespaces namespaces: calls (minimum $($r.Minimum): $how)" ('{0} ({1}); {2} s' -f $r.Calls.Total, $r.Calls.Text, (Format-Number $r.Seconds 'N2'))
    New-BenchRow $part "$($jobs[$job].Command): calls / minimum" (Format-Number ($r.Calls.Total / $r.Minimum) 'N2') '1.00' (Get-Verdict ($r.Calls.Total -le $r.Minimum))
}
New-BenchRow $part "$(Format-Number ($WaitOrders * $AppsPerWaitOrder)) apps in $WaitOrders namespaces | Start-SaeApplication -Wait, change orders of $(Format-Number ($ChangeOrderDelayMs / 1000) 'N1') s: calls" ('{0} ({1}); {2} s' -f $waitCalls.Total, $waitCalls.Text, (Format-Number $waitSeconds 'N1'))
New-BenchRow $part "-Wait: DescribeChangeOrder calls / minimum ($WaitOrders, one read of each order once it has finished)" ('{0} ({1} / {2})' -f (Format-Number ($describeCalls / $WaitOrders) 'N2'), $describeCalls, $WaitOrders)
New-BenchRow $part '-Wait: wall time / change order time' (Format-Number ($waitSeconds / ($ChangeOrderDelayMs / 1000)) 'N2')
