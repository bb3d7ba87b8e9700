# The load-balancer cmdlets against the emulator: CLBs and NLBs bound and unbound with typed listeners, checked
# before any call, waited on with -Wait, and a bind whose answer is lost looked up, never sent twice.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 100
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    $script:Web = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000201'; NamespaceId = 'cn-hangzhou:demo' }
    $script:Binds = 'BindSlb', 'UnbindSlb', 'BindNlb', 'UnbindNlb'
    function Get-Calls([string[]] $Api) { @(Get-SaeEmulatorRequest $Emulator | Where-Object api -In $Api | ForEach-Object api) }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'The load-balancer cmdlets' {
    BeforeEach {
        Reset-SaeEmulator $Emulator
        Clear-SaeEmulatorRequest $Emulator
    }

    It 'binds an internet CLB with typed listeners, waits on its change order, and Get- shows it typed' {
        $order = Add-SaeApplicationLoadBalancer @Web -Kind Clb -AddressType Internet -Listener @{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' } -Wait -PollIntervalSec 0.2 -Confirm:$false @Common
        $order.Status | Should -Be 'Succeeded'
        Get-Calls $Binds | Should -Be 'BindSlb'
        $bound = @(Get-SaeApplicationLoadBalancer @Web -Kind Clb @Common)
        $bound | Should -HaveCount 1
        $bound[0] | Should -BeOfType SaePowerShell.SaeApplicationLoadBalancer
        ($bound[0].Kind, $bound[0].AddressType) | Should -Be 'Clb', 'Internet'
        $bound[0].LoadBalancerId | Should -Not -BeNullOrEmpty
        $bound[0].Listeners[0].ToString() | Should -Be 'HTTP:80->8080'
        $shown = ($bound | Out-String -Width 200) -replace "\e\[[0-9;]*m", ''
        $shown | Should -Match 'Clb +Internet' -Because 'the table view shows the kind and side on one line'
        $shown | Should -Match 'HTTP:80->8080' -Because 'the view lists the listeners'
    }

    It 'binds an NLB from a piped application, and a second identical bind of the same CLB sends nothing' {
        Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name order-api @Common |
            Add-SaeApplicationLoadBalancer -Kind Nlb -AddressType Intranet -Listener ([SaePowerShell.SaeLoadBalancerListener]::new(9000, 9000, 'TCP')) -Confirm:$false @Common | Out-Null
        $nlb = @(Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name order-api @Common | Get-SaeApplicationLoadBalancer -Kind Nlb @Common)
        $nlb | Should -HaveCount 1
        $nlb[0].Listeners.Port | Should -Be 9000

        Add-SaeApplicationLoadBalancer @Web -Kind Clb -AddressType Intranet -Listener @{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' } -Confirm:$false @Common | Out-Null
        $clb = (Get-SaeApplicationLoadBalancer @Web -Kind Clb @Common).LoadBalancerId
        Clear-SaeEmulatorRequest $Emulator
        Add-SaeApplicationLoadBalancer @Web -Kind Clb -AddressType Intranet -LoadBalancerId $clb -Listener @{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' } -Confirm:$false @Common | Out-Null
        Get-Calls $Binds | Should -BeNullOrEmpty -Because 'what is bound already is not bound again'
    }

    It 'unbinds what Get- shows, piped, after asking (ConfirmImpact High), and -WhatIf sends nothing' {
        Add-SaeApplicationLoadBalancer @Web -Kind Clb -AddressType Internet -Listener @{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' } -Wait -PollIntervalSec 0.2 -Confirm:$false @Common | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeApplicationLoadBalancer @Web @Common | Remove-SaeApplicationLoadBalancer -WhatIf @Common
        Get-Calls $Binds | Should -BeNullOrEmpty
        Get-SaeApplicationLoadBalancer @Web @Common | Remove-SaeApplicationLoadBalancer -Force -Wait -PollIntervalSec 0.2 @Common | Out-Null
        Get-Calls $Binds | Should -Be 'UnbindSlb'
        @(Get-SaeApplicationLoadBalancer @Web -Kind Clb @Common) | Should -HaveCount 0
    }

    It 'refuses a bad listener before any call, naming the value: <Case>' -TestCases @(
        @{ Case = 'a port above 65535'; Listener = @{ Port = 70000; TargetPort = 8080; Protocol = 'HTTP' }; Kind = 'Clb'; Named = '70000' }
        @{ Case = 'a port of 0'; Listener = @{ Port = 80; TargetPort = 0; Protocol = 'HTTP' }; Kind = 'Clb'; Named = '0' }
        @{ Case = 'a protocol SAE does not list'; Listener = @{ Port = 80; TargetPort = 8080; Protocol = 'GOPHER' }; Kind = 'Clb'; Named = 'GOPHER' }
        @{ Case = 'an NLB protocol a CLB does not take'; Listener = @{ Port = 443; TargetPort = 8443; Protocol = 'TCPSSL' }; Kind = 'Clb'; Named = 'TCPSSL' }
    ) {
        $result = Invoke-Collecting { Add-SaeApplicationLoadBalancer @Web -Kind $Kind -AddressType Internet -Listener $Listener -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].Exception.Message | Should -BeLike "*$Named*"
        Get-Calls ($Binds + 'DescribeApplicationSlbs', 'DescribeApplicationNlbs') | Should -BeNullOrEmpty
    }

    It 'a bind whose answer is lost after it took effect is looked up: one BindSlb on the wire, and its change order' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'BindSlb'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Add-SaeApplicationLoadBalancer @Web -Kind Clb -AddressType Internet -Listener @{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' } -Confirm:$false @Common 3>$null }
        $result.Errors | Should -HaveCount 0
        Get-Calls $Binds | Should -Be 'BindSlb'
        @($result.Output) | Should -HaveCount 1
        @(Get-SaeApplicationLoadBalancer @Web -Kind Clb @Common).Listeners.Port | Should -Be 80
    }

    It 'a bind lost before it arrived is sent again once the look-up shows nothing bound' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'BindSlb'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { Add-SaeApplicationLoadBalancer @Web -Kind Clb -AddressType Internet -Listener @{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' } -Confirm:$false @Common 3>$null }
        $result.Errors | Should -HaveCount 0
        Get-Calls $Binds | Should -Be 'BindSlb', 'BindSlb'
        @(Get-SaeApplicationLoadBalancer @Web -Kind Clb @Common) | Should -HaveCount 1
    }
}
