# The operator's day, against the local SAE emulator: a manual two-batch deploy, looked at after its first batch and
# confirmed; a rescale; an instance restart with its log; a rollback to the first version; and a deploy aborted
# with its rollback. Run it with: dotnet pwsh ./psake.ps1 DemoDay
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

function Assert-Demo([bool] $Condition, [string] $What) {
    if (-not $Condition) { throw "The demo did not go as expected: $What" }
}

$emulator = Start-SaeEmulator -ChangeOrderDelayMs 1500
try {
    Use-DemoEmulator $emulator

    Show '$web = Get-SaeApplication cn-hangzhou:demo -Name web-frontend; $web | Start-SaeApplication -Wait'
    $web = Get-SaeApplication cn-hangzhou:demo -Name web-frontend
    $web | Start-SaeApplication -Wait | Format-Table | Out-Host
    Show '$web | Get-SaeApplicationInstance'
    $web | Get-SaeApplicationInstance | Format-Table | Out-Host

    $image = 'registry.cn-hangzhou.aliyuncs.com/sae-demo/web-frontend:2.0'
    Show "`$order = `$web | Deploy-SaeApplication -ImageUrl $image -BatchCount 2 -ReleaseType Manual -Description 'Release 2.0' -Wait"
    $order = $web | Deploy-SaeApplication -ImageUrl $image -BatchCount 2 -ReleaseType Manual -Description 'Release 2.0' -Wait
    $order | Format-Table | Out-Host
    $order.Batches | Format-Table | Out-Host
    Assert-Demo ($order.Status -eq 'WaitingBatchConfirm') 'the manual deploy waits after its first batch'

    Write-Status 'The first batch runs the new image; look at it before going on:' Yellow
    Show '$web | Get-SaeApplicationInstance'
    $web | Get-SaeApplicationInstance | Format-Table | Out-Host

    Show '$order | Resume-SaeChangeOrder -Wait'
    $done = $order | Resume-SaeChangeOrder -Wait
    $done | Format-Table | Out-Host
    Assert-Demo ($done.Status -eq 'Succeeded') 'the confirmed deploy succeeds'

    Show '$web | Resize-SaeApplication -Replicas 3 -Wait'
    $web | Resize-SaeApplication -Replicas 3 -Wait | Format-Table | Out-Host
    $instances = @($web | Get-SaeApplicationInstance)
    $instances | Format-Table | Out-Host
    Assert-Demo ($instances.Count -eq 3) 'three instances after the rescale'

    Show '$web | Get-SaeApplicationInstance | Select-Object -First 1 | Restart-SaeApplicationInstance -Wait'
    $restarted = $instances[0] | Restart-SaeApplicationInstance -Wait
    $restarted | Format-Table | Out-Host
    Assert-Demo ($restarted.Status -eq 'Succeeded') 'the instance restart succeeds'
    Show "Get-SaeInstanceLog $($instances[0].InstanceId) -NamespaceId cn-hangzhou:demo -Tail 3"
    Get-SaeInstanceLog $instances[0].InstanceId -NamespaceId cn-hangzhou:demo -Tail 3 | Out-Host

    Show '$web | Get-SaeApplicationVersion'
    $versions = @($web | Get-SaeApplicationVersion)
    $versions | Format-Table | Out-Host
    Show '$web | Get-SaeApplicationVersion | Sort-Object CreateTime | Select-Object -First 1 | Restore-SaeApplication -Wait'
    $rolledBack = $versions | Sort-Object CreateTime | Select-Object -First 1 | Restore-SaeApplication -Wait
    $rolledBack | Format-Table | Out-Host
    Assert-Demo ($rolledBack.Status -eq 'Succeeded') 'the rollback to the first version succeeds'
    Show '$web | Get-SaeApplicationConfig'
    $web | Get-SaeApplicationConfig | Format-Table | Out-Host

    Show "`$bad = `$web | Deploy-SaeApplication -ImageUrl $image -BatchCount 2 -ReleaseType Manual -Wait; `$bad | Stop-SaeChangeOrder -Rollback -Wait -Confirm:`$false"
    $bad = $web | Deploy-SaeApplication -ImageUrl $image -BatchCount 2 -ReleaseType Manual -Wait 3>$null
    $stopped = $bad | Stop-SaeChangeOrder -Rollback -Wait -Confirm:$false
    $stopped | Format-Table | Out-Host
    Assert-Demo ($stopped.Status -eq 'Terminated') 'the aborted deploy is terminated'
    $web | Get-SaeApplicationInstance | Format-Table | Out-Host

    Show '$web | Get-SaeApplicationEvent | Select-Object -First 8'
    $web | Get-SaeApplicationEvent | Select-Object -First 8 | Format-Table | Out-Host

    $calls = @(Get-SaeEmulatorRequest $emulator | Where-Object api -In 'DeployApplication', 'ConfirmPipelineBatch', 'RescaleApplication', 'RestartInstances', 'RollbackApplication', 'AbortAndRollbackChangeOrder')
    Write-Host ("State-changing calls: " + (($calls | Group-Object api | ForEach-Object { "$($_.Name) $($_.Count)" }) -join ', ') + '.')
} finally {
    Stop-SaeEmulator $emulator
}
