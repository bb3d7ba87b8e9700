# The demo, against the local SAE emulator: Get-SaeApplication | Start-SaeApplication across the namespaces of a region,
# one of which belongs to an account in debt; waiting for the change orders, one of which fails; then
# Get-SaeNamespace | Get-SaeApplication | Start-SaeApplication -Wait in a second region, and a stop.
# Run it with: dotnet pwsh ./psake.ps1 Demo
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorModulePath
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'common.ps1')
. (Join-Path $PSScriptRoot 'demo-common.ps1')
Initialize-OutputColour
Import-Module $ModulePath
Import-Module $EmulatorModulePath

$emulator = Start-SaeEmulator -ChangeOrderDelayMs 1500
try {
    Use-DemoEmulator $emulator

    Show 'Get-SaeApplication -RegionId cn-hangzhou'
    Get-SaeApplication -RegionId cn-hangzhou | Format-Table | Out-Host

    Show '$apps = Get-SaeApplication -RegionId cn-hangzhou'
    $apps = @(Get-SaeApplication -RegionId cn-hangzhou)
    Write-Host "$($apps.Count) applications in $(@($apps.NamespaceId | Sort-Object -Unique).Count) namespaces"

    Show '$orders = $apps | Start-SaeApplication -ErrorVariable failed'
    $orders = $apps | Start-SaeApplication -ErrorVariable failed -ErrorAction SilentlyContinue
    $orders | Format-Table | Out-Host

    Write-Status "The namespace whose account is in debt failed, one error per application, as PowerShell shows them:" Yellow
    foreach ($record in $failed) { $record | Out-Host }

    Show '$failed | Select-Object FullyQualifiedErrorId, CategoryInfo, TargetObject'
    $failed | Select-Object FullyQualifiedErrorId, @{ n = 'Category'; e = { $_.CategoryInfo.Category } }, @{ n = 'App'; e = { $_.TargetObject.AppName } } | Format-Table | Out-Host

    $calls = @(Get-SaeEmulatorRequest $emulator -Api BatchStartApplications)
    Write-Host "$($apps.Count) applications went in: $(@($orders.AppIds).Count) in $(@($orders).Count) change orders, $(@($failed).Count) in errors; $($calls.Count) BatchStartApplications calls (one per namespace)."
    if (@($failed).Count -ne @($apps | Where-Object NamespaceId -EQ 'cn-hangzhou:billing').Count -or (@($orders.AppIds).Count + @($failed).Count) -ne $apps.Count) {
        throw 'The demo did not account for every application as expected.'
    }

    Show '$orders | Wait-SaeChangeOrder'
    $finished = $orders | Wait-SaeChangeOrder -ErrorVariable waitFailed -ErrorAction SilentlyContinue
    $finished | Format-Table | Out-Host
    Write-Status 'One change order failed in its second batch (the canary namespace has an application that never gets healthy):' Yellow
    foreach ($record in $waitFailed) { $record | Out-Host }
    Show "Get-SaeChangeOrder $($waitFailed[0].TargetObject.ChangeOrderId) -RegionId cn-hangzhou | Select-Object -ExpandProperty Batches"
    Get-SaeChangeOrder $waitFailed[0].TargetObject.ChangeOrderId -RegionId cn-hangzhou | Select-Object -ExpandProperty Batches | Format-Table | Out-Host

    Show 'Get-SaeNamespace -RegionId cn-shanghai | Get-SaeApplication | Start-SaeApplication -Wait -RetryIntervalSec 0.5'
    Get-SaeNamespace -RegionId cn-shanghai | Format-Table | Out-Host
    $started = Get-SaeNamespace -RegionId cn-shanghai | Get-SaeApplication | Start-SaeApplication -Wait -RetryIntervalSec 0.5 -ErrorVariable upgradeFailed -ErrorAction SilentlyContinue
    $started | Format-Table | Out-Host
    Write-Status 'cn-shanghai:upgrading answered System.Upgrading on every try:' Yellow
    foreach ($record in $upgradeFailed) { $record | Out-Host }

    Show 'Get-SaeApplication cn-shanghai:prod | Get-SaeApplicationStatus'
    Get-SaeApplication cn-shanghai:prod | Get-SaeApplicationStatus | Format-Table | Out-Host

    Show 'Get-SaeApplication cn-shanghai:prod | Stop-SaeApplication -Wait'
    Get-SaeApplication cn-shanghai:prod | Stop-SaeApplication -Wait | Format-Table | Out-Host

    Show '@(Get-SaeApplication -RegionId cn-hangzhou) + @(Get-SaeApplication -RegionId cn-shanghai)'
    @(Get-SaeApplication -RegionId cn-hangzhou) + @(Get-SaeApplication -RegionId cn-shanghai) | Format-Table | Out-Host

    if (@($waitFailed).Count -ne 1 -or @($upgradeFailed).Count -ne 1 -or @($started).Count -ne 1) {
        throw 'The lifecycle part of the demo did not go as expected.'
    }
} finally {
    Stop-SaeEmulator $emulator
}
