<#
.SYNOPSIS
Part b of tools/Bench.ps1: the calls it takes to list every application of a region, two ways. Returns table rows.
.DESCRIPTION
-Namespaces namespaces of -AppsPerNamespace applications each, all in cn-hangzhou, seeded into the emulator; then
Get-SaeApplication -RegionId cn-hangzhou (region-wide) and Get-SaeNamespace -RegionId cn-hangzhou | Get-SaeApplication
(through the namespaces): for each, the calls (ListApplications and DescribeNamespaceList, counted exactly in the
emulator's request log), the wall time and the applications written, which must be every one seeded.
docs/benchmarks-method.md says why. Needs the module and the emulator helper imported (tools/Bench.ps1 imports them).
#>
param(
    [int] $LatencyMs = 50,
    [int] $Namespaces = 200,
    [int] $AppsPerNamespace = 100,
    # The target: at most this many calls either way.
    [int] $MaxCalls = 25
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')

$region = 'cn-hangzhou'
$total = $Namespaces * $AppsPerNamespace
Write-Step "b. Listing: $(Format-Number $total) applications in $Namespaces namespaces of $region, $LatencyMs ms per SAE answer"
$namespaceIds = @(for ($ns = 0; $ns -lt $Namespaces; $ns++) { '{0}:list{1:000}' -f $region, $ns })
$seed = @{
    namespaces   = @($namespaceIds | ForEach-Object { @{ namespaceId = $_; namespaceName = $_ } })
    applications = @(for ($i = 0; $i -lt $total; $i++) {
            $ns = [int][Math]::Floor($i / $AppsPerNamespace)
            @{ appId = '{0:x8}-0000-4000-9000-{1:x12}' -f $ns, $i; appName = "list-app-$i"; namespaceId = $namespaceIds[$ns] }
        })
}

# The two ways, as a user types them.
$ways = [ordered]@{
    'Get-SaeApplication -RegionId cn-hangzhou'                    = { param($t) Get-SaeApplication -RegionId $region @t }
    'Get-SaeNamespace -RegionId cn-hangzhou | Get-SaeApplication' = { param($t) Get-SaeNamespace -RegionId $region @t | Get-SaeApplication @t }
}
$listingApis = 'ListApplications', 'DescribeNamespaceList'

$savedEnvironment = Clear-SaeEnvironment
$env:SAE_POWERSHELL_RATE_LIMIT = 'off'
$results = [ordered]@{}
try {
    $emulator = Start-SaeEmulator -LatencyMs $LatencyMs
    try {
        Set-SaeEmulatorSeed $emulator $seed
        $target = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
        # Untimed warm-up (JIT, HTTP connection): one namespace's applications, and the namespaces.
        $null = Get-SaeApplication -NamespaceId $namespaceIds[0] @target
        $null = Get-SaeNamespace -RegionId $region @target
        foreach ($way in $ways.Keys) {
            Clear-SaeEmulatorRequest $emulator
            $failed = @()
            $watch = [Diagnostics.Stopwatch]::StartNew()
            # Dot-sourced, so that -ErrorVariable sets $failed here.
            $apps = @(. $ways[$way] ($target + @{ ErrorVariable = 'failed'; ErrorAction = 'SilentlyContinue' }))
            $seconds = $watch.Elapsed.TotalSeconds
            $requests = @(Get-SaeEmulatorRequest $emulator)
            $byApi = [ordered]@{}
            foreach ($api in $listingApis) { $byApi[$api] = @($requests | Where-Object api -EQ $api).Count }
            $other = @($requests | Where-Object api -NotIn $listingApis)
            $distinct = @($apps | ForEach-Object AppId | Sort-Object -Unique).Count
            if (@($failed).Count -gt 0) { throw "$way failed: $(@($failed)[0])" }
            $results[$way] = [pscustomobject]@{
                Seconds = $seconds; Calls = $requests.Count; ByApi = $byApi; Other = $other.Count
                Written = $apps.Count; Distinct = $distinct
            }
            Write-Host ("{0}: {1} calls ({2}), {3:N2} s, {4} applications ({5} distinct)" -f $way, $requests.Count,
                (($byApi.Keys | ForEach-Object { "$_ $($byApi[$_])" }) -join ', '), $seconds, $apps.Count, $distinct)
        }
    } finally {
        Stop-SaeEmulator $emulator
    }
} finally {
    Restore-SaeEnvironment $savedEnvironment
}

$part = 'b. listing'
foreach ($way in $results.Keys) {
    $r = $results[$way]
    $detail = ($r.ByApi.Keys | ForEach-Object { '{0} {1}' -f $r.ByApi[$_], $_ }) -join ' + '
    if ($r.Other) { $detail += " + $($r.Other) other" }
    New-BenchRow $part "$way`: calls to list $(Format-Number $total) apps in $Namespaces namespaces" ('{0} ({1})' -f $r.Calls, $detail) "≤ $MaxCalls" (Get-Verdict ($r.Calls -le $MaxCalls))
    New-BenchRow $part "$way`: applications written" ('{0} ({1} distinct)' -f (Format-Number $r.Written), (Format-Number $r.Distinct)) "exactly $(Format-Number $total)" (Get-Verdict ($r.Written -eq $total -and $r.Distinct -eq $total))
    New-BenchRow $part "$way`: wall time ($LatencyMs ms per answer)" ('{0} s ({1} × {2} ms = {3} s: its calls one after another)' -f (Format-Number $r.Seconds 'N2'), $r.Calls, $LatencyMs, (Format-Number ($r.Calls * $LatencyMs / 1000) 'N2'))
}
$wayNames = @($results.Keys)
New-BenchRow $part 'Through the namespaces / region-wide: wall time' (Format-Number ($results[$wayNames[1]].Seconds / $results[$wayNames[0]].Seconds) 'N2')
