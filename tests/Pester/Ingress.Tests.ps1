BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    $script:OrderApi = '0d1e2f3a-0000-4000-8000-000000000202'
    # Until New-SaeIngress exists, ingresses are made through Invoke-SaeApi (CreateIngress as SAE takes it).
    function script:New-TestIngress([int] $Port, [string] $AppId, [string] $Domain) {
        $rules = ConvertTo-Json -Compress @(@{ appId = $AppId; containerPort = 8080; domain = $Domain; path = '/'; backendProtocol = 'http' })
        $default = ConvertTo-Json -Compress @{ appId = $AppId; containerPort = 8080; backendProtocol = 'http' }
        (Invoke-SaeApi CreateIngress @{ NamespaceId = 'cn-hangzhou:demo'; LoadBalanceType = 'alb'; ListenerPort = $Port; ListenerProtocol = 'HTTP'; Description = "web-$Port"; Rules = $rules; DefaultRule = $default } -Confirm:$false @Common).IngressId
    }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Get-SaeIngress' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'lists a namespace''s ingresses typed, with their default rule and rules, every page of them' {
        $ids = foreach ($port in 8001..8012) { New-TestIngress $port $OrderApi 'a.example.com' }
        Clear-SaeEmulatorRequest $Emulator
        $all = @(Get-SaeIngress -NamespaceId cn-hangzhou:demo @Common)
        $all | Should -HaveCount 12
        $all[0] | Should -BeOfType SaePowerShell.SaeIngress
        $all.IngressId | Should -Be $ids
        $all[0].ListenerPort | Should -Be 8001
        $all[0].ListenerProtocol | Should -Be 'HTTP'
        $all[0].LoadBalancerType | Should -Be 'alb'
        $all[0].LoadBalancerId | Should -Match '^alb-'
        $all[0].RegionId | Should -Be 'cn-hangzhou'
        $all[0].DefaultRule.AppId | Should -Be $OrderApi
        $all[0].DefaultRule.AppName | Should -Be 'order-api'
        $all[0].Rules[0] | Should -BeOfType SaePowerShell.SaeIngressRule
        $all[0].Rules[0].Domain | Should -Be 'a.example.com'
        $all[0].Rules[0].Path | Should -Be '/'
        $all[0].Rules[0].ContainerPort | Should -Be 8080
        @(Get-SaeEmulatorRequest $Emulator -Api ListIngresses) | Should -HaveCount 1
        $shown = ($all[0] | Out-String -Width 200) -replace "\e\[[0-9;]*m", ''
        $shown | Should -Match 'IngressId' -Because 'the table view names its columns'
        $shown | Should -Match '8001 +HTTP' -Because 'the view shows the listener on one line'
    }

    It 'reads one by -IngressId, and by the application it routes to with -AppId' {
        $id = New-TestIngress 8080 $OrderApi 'b.example.com'
        $one = Get-SaeIngress -IngressId $id -RegionId cn-hangzhou @Common
        $one.Name | Should -Not -BeNullOrEmpty
        $one.Rules.Domain | Should -Be 'b.example.com'
        $one.ListenerPort | Should -Be 8080
        @(Get-SaeIngress -NamespaceId cn-hangzhou:demo -AppId $OrderApi @Common).IngressId | Should -Be @($id)
        @(Get-SaeIngress -NamespaceId cn-hangzhou:demo -AppId '00000000-0000-4000-8000-00000000dead' @Common) | Should -HaveCount 0
    }

    It 'takes namespaces from Get-SaeNamespace; a bad namespace id is an error naming it, and the rest goes on' {
        New-TestIngress 8080 $OrderApi 'c.example.com' | Out-Null
        $got = @('not a namespace', 'cn-hangzhou:demo' | Get-SaeIngress @Common -ErrorVariable failed -ErrorAction SilentlyContinue)
        $got | Should -HaveCount 1
        $failed | Should -HaveCount 1
        $failed[0].TargetObject | Should -Be 'not a namespace'
        @(Get-SaeNamespace cn-hangzhou:demo @Common | Get-SaeIngress @Common) | Should -HaveCount 1
    }
}

Describe 'Remove-SaeIngress' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'deletes piped ingresses with -Force; -WhatIf deletes nothing' {
        $id = New-TestIngress 8080 $OrderApi 'd.example.com'
        New-TestIngress 8081 $OrderApi 'e.example.com' | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeIngress -NamespaceId cn-hangzhou:demo @Common | Remove-SaeIngress -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteIngress) | Should -HaveCount 0

        Remove-SaeIngress -IngressId $id -NamespaceId cn-hangzhou:demo -Force @Common
        @(Get-SaeIngress -NamespaceId cn-hangzhou:demo @Common).Rules.Domain | Should -Be @('e.example.com')
        Get-SaeIngress -NamespaceId cn-hangzhou:demo @Common | Remove-SaeIngress -Confirm:$false @Common
        @(Get-SaeIngress -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteIngress) | Should -HaveCount 2
    }

    It 'a lost answer after the delete took effect is looked up, never resent' {
        $id = New-TestIngress 8080 $OrderApi 'f.example.com'
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeleteIngress'; count = 1; fault = 'closeAfterEffect' })
        Remove-SaeIngress -IngressId $id -NamespaceId cn-hangzhou:demo -Force @Common -ErrorVariable failed
        $failed | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteIngress) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api ListIngresses) | Should -HaveCount 1
        @(Get-SaeIngress -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 0
    }

    It 'an id that is not there is an error naming it, and the rest goes on' {
        $id = New-TestIngress 8080 $OrderApi 'g.example.com'
        999, $id | ForEach-Object { [pscustomobject]@{ IngressId = $_; NamespaceId = 'cn-hangzhou:demo' } } | Remove-SaeIngress -Force @Common -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed | Should -HaveCount 1
        "$($failed[0].TargetObject)" | Should -Be '999'
        @(Get-SaeIngress -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 0
    }
}
