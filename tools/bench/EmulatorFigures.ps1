<#
.SYNOPSIS
Part i of tools/Bench.ps1: the emulator's own figures. Returns table rows.
.DESCRIPTION
Start-up to the first signed answer (Start-SaeEmulator, then one Get-SaeNamespace), with an empty world and with a
state file of -Apps applications in -Namespaces namespaces; a snapshot of that world saved to a file and restored;
and the memory the emulator process holds with each world (its working set after the first answer). Each time is
the median of -Runs runs after one untimed run, in this one run of the Bench task. These are figures, not targets:
the issue asks for them to be measured, and no test asserts them.
#>
param(
    [int] $Apps = 20000,
    [int] $Namespaces = 200,
    [ValidateRange(1, 20)] [int] $Runs = 3
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')

Write-Step "i. The emulator: start-up, snapshots and memory, empty and with $(Format-Number $Apps) applications"
$work = Join-Path ([IO.Path]::GetTempPath()) ('sae-bench-emulator-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $work | Out-Null
$savedEnvironment = Clear-SaeEnvironment
$env:SAE_POWERSHELL_RATE_LIMIT = 'off'

# One start to the first signed answer: the seconds, the emulator's working set then, and the emulator itself (still running).
function Measure-Start([hashtable] $Start) {
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $emulator = Start-SaeEmulator @Start 6>$null
    $null = Get-SaeNamespace -RegionId cn-hangzhou -Endpoint $emulator.Endpoint -Credential $emulator.Credential
    $seconds = $watch.Elapsed.TotalSeconds
    $emulator.Process.Refresh()
    [pscustomobject]@{ Seconds = $seconds; WorkingSet = $emulator.Process.WorkingSet64; Emulator = $emulator }
}

function Measure-Median([int] $Count, [scriptblock] $Action) {
    $null = & $Action   # untimed: JIT and caches
    Get-Median @(for ($i = 0; $i -lt $Count; $i++) {
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $null = & $Action
            $watch.Elapsed.TotalSeconds
        })
}

try {
    $empty = Join-Path $work 'empty-seed.json'
    Set-Content -Path $empty -Value '{ "namespaces": [], "applications": [] }'
    $big = Join-Path $work 'big-seed.json'
    $namespaceIds = @(for ($ns = 0; $ns -lt $Namespaces; $ns++) { '{0}:state{1:000}' -f 'cn-hangzhou', $ns })
    $perNamespace = [int][Math]::Ceiling($Apps / $Namespaces)
    $seed = @{
        namespaces   = @($namespaceIds | ForEach-Object { @{ namespaceId = $_; namespaceName = $_ } })
        applications = @(for ($i = 0; $i -lt $Apps; $i++) {
                $ns = [int][Math]::Floor($i / $perNamespace)
                @{ appId = '{0:x8}-0000-4000-9000-{1:x12}' -f $ns, $i; appName = "state-app-$i"; namespaceId = $namespaceIds[$ns] }
            })
    }
    [IO.File]::WriteAllText($big, (ConvertTo-Json -InputObject $seed -Depth 5 -Compress))

    # The state file of the big world: written by the emulator at its first start from the seed.
    $state = Join-Path $work 'state.json'
    $first = Start-SaeEmulator -SeedPath $big -StatePath $state 6>$null
    Stop-SaeEmulator $first
    $stateBytes = (Get-Item $state).Length

    $results = [ordered]@{}
    foreach ($case in @(
            @{ Name = 'empty world'; Start = @{ SeedPath = $empty } }
            @{ Name = "state file of $(Format-Number $Apps) applications"; Start = @{ StatePath = $state } })) {
        $null = Measure-Start $case.Start | ForEach-Object { Stop-SaeEmulator $_.Emulator }   # untimed
        $measured = @(for ($i = 0; $i -lt $Runs; $i++) {
                $one = Measure-Start $case.Start
                Stop-SaeEmulator $one.Emulator
                $one
            })
        $results[$case.Name] = [pscustomobject]@{ Seconds = Get-Median $measured.Seconds; WorkingSet = Get-Median $measured.WorkingSet }
    }

    # Snapshots of the big world, saved to a file and restored from it, on one running emulator.
    $running = Start-SaeEmulator -StatePath $state 6>$null
    try {
        $snapshot = Join-Path $work 'snapshot.json'
        $save = Measure-Median $Runs { Save-SaeEmulatorSnapshot $running -Path $snapshot }
        $restore = Measure-Median $Runs { Restore-SaeEmulatorSnapshot $running -Path $snapshot }
        $snapshotBytes = (Get-Item $snapshot).Length
        $apps = @(Get-SaeApplication -RegionId cn-hangzhou -Endpoint $running.Endpoint -Credential $running.Credential).Count
    } finally {
        Stop-SaeEmulator $running
    }
} finally {
    Restore-SaeEnvironment $savedEnvironment
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}

$emptyStart = $results['empty world']
$bigStart = $results["state file of $(Format-Number $Apps) applications"]
$perApp = ($bigStart.WorkingSet - $emptyStart.WorkingSet) / $Apps
New-BenchRow 'i' 'emulator start to the first signed answer, empty world' ('{0} s' -f (Format-Number $emptyStart.Seconds 'N2')) 'a figure' 'measured'
New-BenchRow 'i' "emulator start to the first signed answer, state file of $(Format-Number $Apps) applications ($(Format-Bytes $stateBytes))" ('{0} s ({1}× the empty start)' -f (Format-Number $bigStart.Seconds 'N2'), (Format-Number ($bigStart.Seconds / $emptyStart.Seconds) 'N1')) 'a figure' 'measured'
New-BenchRow 'i' "snapshot of $(Format-Number $Apps) applications saved to a file ($(Format-Bytes $snapshotBytes))" ('{0} s' -f (Format-Number $save 'N2')) 'a figure' 'measured'
New-BenchRow 'i' "that snapshot restored (then $(Format-Number $apps) applications listed)" ('{0} s' -f (Format-Number $restore 'N2')) 'a figure' (Get-Verdict ($apps -eq $Apps))
New-BenchRow 'i' 'emulator working set, empty world / the state file''s world' ('{0} / {1} ({2} per application)' -f (Format-Bytes $emptyStart.WorkingSet), (Format-Bytes $bigStart.WorkingSet), (Format-Bytes $perApp)) 'a figure' 'measured'
