BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    $script:OrderApi = '0d1e2f3a-0000-4000-8000-000000000202'
    $script:WebFrontend = '0d1e2f3a-0000-4000-8000-000000000201'
    function script:New-TestIngress([int] $Port, [string] $AppId, [string] $Domain) {
        (New-SaeIngress $Port -NamespaceId cn-hangzhou:demo -LoadBalancerType alb -Description "web-$Port" -DefaultRule @{ AppId = $AppId; ContainerPort = 8080; BackendProtocol = 'http' } `
            -Rule @{ AppId = $AppId; ContainerPort = 8080; Domain = $Domain; Path = '/'; BackendProtocol = 'http' } -Confirm:$false @Common).IngressId
    }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Get-SaeIngress' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'lists a namespace''s ingresses typed, with their default rule and rules, every page of them' {
        $ids = foreach ($port in 8001..8012) { New-TestIngress $port $OrderApi 'a.example.com' }
        $ids | Should -Be (1..12)
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

Describe 'New-SaeIngress' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'creates an ingress from typed rules: one listing first, one CreateIngress, the ingress written' {
        Clear-SaeEmulatorRequest $Emulator
        $made = New-SaeIngress 80 -NamespaceId cn-hangzhou:demo -DefaultRule @{ AppId = $WebFrontend; ContainerPort = 8080 } `
            -Rule @{ Domain = 'shop.example.com'; Path = '/orders'; AppId = $OrderApi; ContainerPort = 8080 }, @{ Domain = 'shop.example.com'; Path = '/'; AppId = $WebFrontend; ContainerPort = 8080 } `
            -Description shop -Confirm:$false @Common
        $made | Should -BeOfType SaePowerShell.SaeIngress
        $made.LoadBalancerType | Should -Be 'clb'
        $made.LoadBalancerId | Should -Match '^lb-'
        $made.DefaultRule.AppName | Should -Be 'web-frontend'
        $made.Rules.Path | Should -Be @('/orders', '/')
        $made.Rules[0].AppName | Should -Be 'order-api'
        @(Get-SaeEmulatorRequest $Emulator -Api CreateIngress) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api ListIngresses) | Should -HaveCount 1
    }

    It 'takes an existing ingress''s rules as they are, and namespaces from the pipeline; -WhatIf sends nothing' {
        $first = Get-SaeIngress -IngressId (New-TestIngress 8080 $OrderApi 'a.example.com') -NamespaceId cn-hangzhou:demo @Common
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeNamespace cn-hangzhou:demo @Common | New-SaeIngress 8081 -DefaultRule $first.DefaultRule -Rule $first.Rules -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator | Where-Object api -like '*Ingress*') | Should -HaveCount 0
        $copy = Get-SaeNamespace cn-hangzhou:demo @Common | New-SaeIngress 8081 -DefaultRule $first.DefaultRule -Rule $first.Rules -Confirm:$false @Common
        $copy.Rules.Domain | Should -Be @('a.example.com')
        $copy.ListenerPort | Should -Be 8081
    }

    It 'refuses a bad port, protocol, path or rule before any call, naming it; the rest of the pipeline goes on' {
        Clear-SaeEmulatorRequest $Emulator
        { New-SaeIngress 70000 -NamespaceId cn-hangzhou:demo -DefaultRule @{ AppId = $OrderApi; ContainerPort = 8080 } @Common } | Should -Throw '*70000*'
        New-SaeIngress 443 -NamespaceId cn-hangzhou:demo -ListenerProtocol HTTPS -DefaultRule @{ AppId = $OrderApi; ContainerPort = 8080 } -Confirm:$false @Common -ErrorVariable noCert -ErrorAction SilentlyContinue
        $noCert[0].FullyQualifiedErrorId | Should -BeLike 'InvalidIngress,*'
        $noCert[0].Exception.Message | Should -BeLike '*certificate*'
        New-SaeIngress 80 -NamespaceId cn-hangzhou:demo -DefaultRule @{ AppId = $OrderApi; ContainerPort = 8080 } -Rule @{ AppId = $OrderApi; ContainerPort = 8080; Path = 'orders' } -Confirm:$false @Common -ErrorVariable badPath -ErrorAction SilentlyContinue
        $badPath[0].Exception.Message | Should -BeLike "*'orders'*"
        New-SaeIngress 80 -NamespaceId cn-hangzhou:demo -DefaultRule @{ App = $OrderApi } -Confirm:$false @Common -ErrorVariable badRule -ErrorAction SilentlyContinue
        $badRule[0].Exception.Message | Should -BeLike '*not a SaeIngressRule*'
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
    }

    It 'a create whose answer is lost after it took effect is looked up: one CreateIngress, the ingress written, no error' {
        New-TestIngress 8080 $OrderApi 'a.example.com' | Out-Null
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateIngress'; count = 1; fault = 'closeAfterEffect' })
        Clear-SaeEmulatorRequest $Emulator
        $made = New-SaeIngress 8080 -NamespaceId cn-hangzhou:demo -LoadBalancerType alb -DefaultRule @{ AppId = $OrderApi; ContainerPort = 8080 } -Confirm:$false @Common -ErrorVariable failed
        $failed | Should -HaveCount 0
        $made.IngressId | Should -Be 2
        @(Get-SaeEmulatorRequest $Emulator -Api CreateIngress) | Should -HaveCount 1
        @(Get-SaeIngress -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 2
    }

    It 'a create lost before it arrived is sent again, and made once' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateIngress'; count = 1; fault = 'resetBeforeEffect' })
        Clear-SaeEmulatorRequest $Emulator
        New-SaeIngress 80 -NamespaceId cn-hangzhou:demo -DefaultRule @{ AppId = $OrderApi; ContainerPort = 8080 } -Confirm:$false @Common -ErrorVariable failed | Out-Null
        $failed | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api CreateIngress) | Should -HaveCount 2
        @(Get-SaeIngress -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 1
    }
}

Describe 'Set-SaeIngress' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'sends only what differs, nothing when nothing does, and replaces the rules whole' {
        $id = New-TestIngress 8080 $OrderApi 'a.example.com'
        $ingress = Get-SaeIngress -IngressId $id -NamespaceId cn-hangzhou:demo @Common
        Clear-SaeEmulatorRequest $Emulator
        $ingress | Set-SaeIngress -Description "web-8080" -Rule $ingress.Rules -Confirm:$false @Common | Out-Null
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateIngress) | Should -HaveCount 0 -Because 'nothing differs'

        $changed = $ingress | Set-SaeIngress -Description 'shop' -Rule @{ Domain = 'b.example.com'; Path = '/api'; AppId = $WebFrontend; ContainerPort = 9090 } -Confirm:$false @Common
        $changed.Description | Should -Be 'shop'
        $changed.Rules.Domain | Should -Be @('b.example.com')
        $changed.Rules[0].AppName | Should -Be 'web-frontend'
        $update = @(Get-SaeEmulatorRequest $Emulator -Api UpdateIngress)
        $update | Should -HaveCount 1
        $update[0].query.PSObject.Properties.Name | Should -Not -Contain 'ListenerPort'
    }

    It 'an update whose answer is lost after it took effect is read back: one UpdateIngress, no error; -WhatIf sends nothing' {
        $id = New-TestIngress 8080 $OrderApi 'a.example.com'
        Set-SaeIngress $id -NamespaceId cn-hangzhou:demo -ListenerPort 9000 -WhatIf @Common
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateIngress'; count = 1; fault = 'closeAfterEffect' })
        Clear-SaeEmulatorRequest $Emulator
        (Set-SaeIngress $id -NamespaceId cn-hangzhou:demo -ListenerPort 9000 -Confirm:$false @Common -ErrorVariable failed).ListenerPort | Should -Be 9000
        $failed | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateIngress) | Should -HaveCount 1
    }
}
