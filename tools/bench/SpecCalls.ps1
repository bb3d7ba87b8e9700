<#
.SYNOPSIS
Part h of tools/Bench.ps1: the calls of applying desired state (Set-SaeApplication -Spec). Returns table rows.
.DESCRIPTION
-Apps applications in -Namespaces namespaces are exported (Export-SaeApplication), then applied three ways, each
counted in the emulator's request log: the unchanged specs (issue target: 0 state-changing calls, at most one read
per namespace); every spec with one field changed that has a narrow API (the description: exactly one call per
application); and the export-then-compare round trip (0 differences). The emulator answers at once: these are call
counts, which are exact, not times.
#>
param(
    [int] $Apps = 100,
    [int] $Namespaces = 10
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')

Write-Step "h. Desired state: $Apps applications in $Namespaces namespaces exported, then applied"
$benchApps = New-BenchApplication -Count $Apps -NamespaceCount $Namespaces
$seed = @{
    namespaces   = @($benchApps | Group-Object NamespaceId | ForEach-Object { @{ namespaceId = $_.Name; namespaceName = $_.Name } })
    applications = @($benchApps | ForEach-Object { @{ appId = $_.AppId; appName = $_.AppName; namespaceId = $_.NamespaceId } })
}
$changing = 'CreateApplication', 'DeployApplication', 'RescaleApplication', 'RescaleApplicationVertically', 'UpdateAppSecurityGroup',
    'UpdateApplicationVswitches', 'UpdateApplicationDescription', 'TagResources', 'UntagResources'
function Get-Count($Emulator) {
    $requests = @(Get-SaeEmulatorRequest $Emulator)
    [pscustomobject]@{
        Changing = @($requests | Where-Object api -In $changing).Count
        Reads    = @($requests | Where-Object api -NotIn $changing).Count
        Text     = (($requests | Group-Object api | Sort-Object Name | ForEach-Object { '{0} {1}' -f $_.Count, $_.Name }) -join ' + ')
    }
}

$savedEnvironment = Clear-SaeEnvironment
$env:SAE_POWERSHELL_RATE_LIMIT = 'off'
$ProgressPreference = 'SilentlyContinue'
try {
    $emulator = Start-SaeEmulator
    try {
        $target = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
        Set-SaeEmulatorSeed $emulator $seed
        $specs = @(foreach ($region in @($benchApps.RegionId | Sort-Object -Unique)) { Get-SaeApplication -RegionId $region @target | Export-SaeApplication @target })
        if ($specs.Count -ne $Apps) { throw "Exported $($specs.Count) specs of $Apps applications." }

        Clear-SaeEmulatorRequest $emulator
        $specs | Set-SaeApplication @target
        $unchanged = Get-Count $emulator

        foreach ($spec in $specs) { $spec.Configuration['AppDescription'] = 'changed by the bench' }
        Clear-SaeEmulatorRequest $emulator
        $specs | Set-SaeApplication @target
        $oneField = Get-Count $emulator

        $differences = @(foreach ($region in @($benchApps.RegionId | Sort-Object -Unique)) { Get-SaeApplication -RegionId $region @target | Export-SaeApplication @target }) | Compare-SaeApplication @target
        Write-Host ("unchanged: {0}; one field: {1}; round trip: {2} differences" -f $unchanged.Text, $oneField.Text, @($differences).Count)
    } finally {
        Stop-SaeEmulator $emulator
    }
} finally {
    Restore-SaeEnvironment $savedEnvironment
}

$part = 'h. desired state'
New-BenchRow $part "Set-SaeApplication -Spec, $Apps unchanged specs in $Namespaces namespaces: state-changing calls" $unchanged.Changing '0' (Get-Verdict ($unchanged.Changing -eq 0))
New-BenchRow $part "the same: reads ($($unchanged.Text))" $unchanged.Reads "at most $Namespaces (one per namespace)" (Get-Verdict ($unchanged.Reads -le $Namespaces))
New-BenchRow $part "$Apps specs with one narrow field changed (the description): state-changing calls" $oneField.Changing "$Apps (one per application)" (Get-Verdict ($oneField.Changing -eq $Apps))
New-BenchRow $part 'export, then compare with the live applications: differences' @($differences).Count '0' (Get-Verdict (@($differences).Count -eq 0))
