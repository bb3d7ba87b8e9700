# The demo: Get-SaeApplication | Start-SaeApplication against the local SAE emulator, across namespaces in two
# regions, one of which belongs to an account in debt. Run it with: dotnet pwsh ./psake.ps1 Demo
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $EmulatorModulePath
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
Import-Module $EmulatorModulePath

function Show([string] $Command) {
    Write-Host ''
    Write-Host "PS> $Command" -ForegroundColor Yellow
}

$emulator = Start-SaeEmulator -ChangeOrderDelayMs 1500
try {
    # Configure the session the way a runbook would: the SDKs' environment variables, pointed at the emulator.
    $env:ALIBABA_CLOUD_ACCESS_KEY_ID = $emulator.AccessKeyId
    $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = $emulator.Credential.GetNetworkCredential().Password
    $env:ALIBABA_CLOUD_SAE_ENDPOINT = $emulator.Endpoint.ToString()
    Write-Host "SAE emulator listening on $($emulator.Endpoint) (ALIBABA_CLOUD_SAE_ENDPOINT points the module at it)."

    Show 'Get-SaeApplication -RegionId cn-hangzhou'
    Get-SaeApplication -RegionId cn-hangzhou | Format-Table | Out-Host

    Show '$apps = @(Get-SaeApplication -RegionId cn-hangzhou) + @(Get-SaeApplication cn-shanghai:prod)'
    $apps = @(Get-SaeApplication -RegionId cn-hangzhou) + @(Get-SaeApplication cn-shanghai:prod)
    Write-Host "$($apps.Count) applications in $(@($apps.NamespaceId | Sort-Object -Unique).Count) namespaces"

    Show '$apps | Start-SaeApplication -ErrorVariable failed'
    $orders = $apps | Start-SaeApplication -ErrorVariable failed -ErrorAction SilentlyContinue
    $orders | Format-Table | Out-Host

    Write-Host "The namespace whose account is in debt failed, one error per application, as PowerShell shows them:" -ForegroundColor Yellow
    foreach ($record in $failed) { $record | Out-Host }

    Show '$failed | Select-Object FullyQualifiedErrorId, CategoryInfo, TargetObject'
    $failed | Select-Object FullyQualifiedErrorId, @{ n = 'Category'; e = { $_.CategoryInfo.Category } }, @{ n = 'App'; e = { $_.TargetObject.AppName } } | Format-Table | Out-Host

    $calls = @(Get-SaeEmulatorRequest $emulator -Api BatchStartApplications)
    Write-Host "$($apps.Count) applications went in: $(@($orders.AppIds).Count) in $(@($orders).Count) change orders, $(@($failed).Count) in errors; $($calls.Count) BatchStartApplications calls (one per namespace)."

    Write-Host ''
    Write-Host 'Waiting for the change orders to finish...' -ForegroundColor DarkGray
    Start-Sleep -Seconds 2
    Show 'Get-SaeApplication -RegionId cn-hangzhou; Get-SaeApplication cn-shanghai:prod'
    @(Get-SaeApplication -RegionId cn-hangzhou) + @(Get-SaeApplication cn-shanghai:prod) | Format-Table | Out-Host

    $expectedFailures = @($apps | Where-Object NamespaceId -EQ 'cn-hangzhou:billing').Count
    if (@($failed).Count -ne $expectedFailures -or (@($orders.AppIds).Count + @($failed).Count) -ne $apps.Count) {
        throw 'The demo did not account for every application as expected.'
    }
} finally {
    Stop-SaeEmulator $emulator
}
