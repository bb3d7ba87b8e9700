BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    # -Wait with a first look after 0.2 s: the emulator's change orders end in well under a second.
    $script:Wait = @{ Wait = $true; PollIntervalSec = 0.2 }
    $script:Changing = 'CreateApplication', 'DeployApplication', 'RescaleApplication', 'RescaleApplicationVertically', 'UpdateAppSecurityGroup',
        'UpdateApplicationVswitches', 'UpdateApplicationDescription', 'TagResources', 'UntagResources', 'DeleteApplication',
        'CreateApplicationScalingRule', 'UpdateApplicationScalingRule', 'DeleteApplicationScalingRule', 'EnableApplicationScalingRule', 'DisableApplicationScalingRule',
        'BindSlb', 'UnbindSlb', 'BindNlb', 'UnbindNlb'

    function Get-Calls([string[]] $Only) { Get-SaeEmulatorRequest $Emulator | Where-Object { -not $Only -or $_.api -in $Only } | ForEach-Object api }
    function Export-Demo([string] $Folder) {
        Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Export-SaeApplication -Directory $Folder @Common
    }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Desired state: Export-, Compare- and Set-SaeApplication -Spec' {
    BeforeEach {
        Reset-SaeEmulator $Emulator
        $script:Folder = Join-Path $TestDrive ([guid]::NewGuid())
    }

    It 'exports a spec per application: stable keys, SAE''s JSON strings as structures, tags, and no id, namespace or secret inside the configuration' {
        Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web-frontend @Common | Add-SaeResourceTag -Tag @{ env = 'dev' } @Common
        $files = Export-Demo $Folder
        $files.Name | Sort-Object | Should -Be 'order-api.json', 'payment-worker.json', 'web-frontend.json'
        $json = Get-Content (Join-Path $Folder 'web-frontend.json') -Raw
        $spec = $json | ConvertFrom-Json
        $spec.specVersion | Should -Be 1
        $spec.appName | Should -Be 'web-frontend'
        $spec.tags.env | Should -Be 'dev'
        $names = @($spec.configuration.PSObject.Properties.Name)
        $sorted = [string[]] $names.Clone()
        [Array]::Sort($sorted, [StringComparer]::Ordinal)
        $names | Should -Be $sorted
        $names | Should -Not -Contain 'AppId'
        $names | Should -Not -Contain 'NamespaceId'
        $names | Should -Not -Contain 'OssAkSecret'
        $spec.configuration.Liveness.httpGet.path | Should -Not -BeNullOrEmpty -Because 'a JSON-string field is written as the structure it holds'
        # Exported twice, the file is the same to the byte.
        $again = Join-Path $TestDrive 'again'
        Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web-frontend @Common | Export-SaeApplication -Path (Join-Path $again 'one.json') @Common | Out-Null
        Get-Content (Join-Path $again 'one.json') -Raw | Should -Be $json
    }

    It 'export then compare is 0 differences for every application of the seed world, in every region' {
        $specs = foreach ($region in 'cn-hangzhou', 'cn-shanghai') { Get-SaeApplication -RegionId $region @Common | Export-SaeApplication @Common }
        @($specs).Count | Should -BeGreaterThan 10
        @($specs | Compare-SaeApplication @Common) | Should -HaveCount 0
    }

    It 'writes and reads a PowerShell data file as it does JSON: Import-PowerShellDataFile reads it, and it compares and applies the same' {
        $path = Join-Path $Folder 'demo.psd1'
        Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Export-SaeApplication -Path $path @Common | Out-Null
        $data = Import-PowerShellDataFile $path
        $data.applications.appName | Sort-Object | Should -Be 'order-api', 'payment-worker', 'web-frontend'
        @(Compare-SaeApplication $path @Common) | Should -HaveCount 0
        Set-SaeApplication -Spec $path -NamespaceId cn-hangzhou:empty @Wait @Common | Should -HaveCount 3
        @(Compare-SaeApplication $path -NamespaceId cn-hangzhou:empty @Common) | Should -HaveCount 0
    }

    It 'compares with no false drift: reformatted and reordered JSON, an environment in another order, and SAE''s own values are no difference' {
        Export-Demo $Folder | Out-Null
        $path = Join-Path $Folder 'web-frontend.json'
        $spec = Get-Content $path -Raw | ConvertFrom-Json -AsHashtable
        $reordered = [ordered]@{}
        foreach ($key in @($spec.configuration.Keys) | Sort-Object -Descending) { $reordered[$key] = $spec.configuration[$key] }
        $spec.configuration = $reordered
        $spec | ConvertTo-Json -Depth 20 -Compress | Set-Content $path
        @(Compare-SaeApplication (Join-Path $Folder '*.json') @Common) | Should -HaveCount 0
    }

    It 'a live change is one difference with the call that would undo it, and applying the spec makes exactly that one call' {
        Export-Demo $Folder | Out-Null
        Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name order-api @Common | Set-SaeApplication -Replicas 5 @Wait @Common | Out-Null
        $differences = @(Compare-SaeApplication (Join-Path $Folder '*.json') @Common)
        $differences | Should -HaveCount 1
        $differences[0].AppName | Should -Be 'order-api'
        $differences[0].Property | Should -Be 'Replicas'
        $differences[0].Live | Should -Be '5'
        $differences[0].Call | Should -Be 'RescaleApplication'
        (($differences | Out-String -Width 120) -replace "\e\[[0-9;]*m", '') | Should -Match 'order-api +cn-hangzhou:demo +Replicas +5 +3 +RescaleApplication' -Because 'the view shows each difference on one line'
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeApplication -Spec (Join-Path $Folder '*.json') @Wait @Common | Out-Null
        Get-Calls $Changing | Should -Be 'RescaleApplication'
    }

    It 'clones a namespace into another: missing applications are created, and a second apply makes no change and one read per application' {
        Export-Demo $Folder | Out-Null
        $orders = Set-SaeApplication -Spec (Join-Path $Folder '*.json') -NamespaceId cn-hangzhou:empty @Wait @Common
        $orders | Should -HaveCount 3
        $orders.Status | Should -Not -Contain 'Failed'
        @(Get-SaeApplication -NamespaceId cn-hangzhou:empty @Common).AppName | Sort-Object | Should -Be 'order-api', 'payment-worker', 'web-frontend'
        @(Compare-SaeApplication (Join-Path $Folder '*.json') -NamespaceId cn-hangzhou:empty @Common) | Should -HaveCount 0
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeApplication -Spec (Join-Path $Folder '*.json') -NamespaceId cn-hangzhou:empty @Wait @Common | Should -BeNullOrEmpty
        @(Get-Calls $Changing) | Should -HaveCount 0
        Get-Calls | Sort-Object | Should -Be 'DescribeApplicationConfig', 'DescribeApplicationConfig', 'DescribeApplicationConfig', 'ListApplications'
    }

    It 'carries scaling rules: exported typed, created with the clone, then nothing to do; a live change is one narrow call back' {
        Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web-frontend @Common |
            New-SaeScalingRule -Name weekend -Period '* * Sat,Sun' -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } @Common | Out-Null
        Export-Demo $Folder | Out-Null
        $rules = (Get-Content (Join-Path $Folder 'web-frontend.json') -Raw | ConvertFrom-Json).scalingRules
        $rules.name | Should -Be 'weekend'
        $rules.schedules.targetReplicas | Should -Be 1 -Because 'a rule is written typed, not as SAE''s ScalingRuleTimer string'
        (Get-Content (Join-Path $Folder 'order-api.json') -Raw | ConvertFrom-Json).PSObject.Properties.Name | Should -Not -Contain 'scalingRules'

        Set-SaeApplication -Spec (Join-Path $Folder '*.json') -NamespaceId cn-hangzhou:empty @Wait @Common | Out-Null
        $clone = Get-SaeApplication -NamespaceId cn-hangzhou:empty -Name web-frontend @Common
        $copied = @($clone | Get-SaeScalingRule @Common)
        $copied.Name | Should -Be 'weekend'
        $copied.Schedules.TargetReplicas | Should -Be 1
        $copied.Enabled | Should -BeTrue

        Clear-SaeEmulatorRequest $Emulator
        Set-SaeApplication -Spec (Join-Path $Folder '*.json') -NamespaceId cn-hangzhou:empty @Wait @Common | Should -BeNullOrEmpty
        @(Get-Calls $Changing) | Should -HaveCount 0
        @(Get-Calls 'DescribeApplicationScalingRules') | Should -HaveCount 1 -Because 'only the spec that lists rules reads them'

        $clone | Disable-SaeScalingRule -Name weekend -Confirm:$false @Common | Out-Null
        $difference = @(Compare-SaeApplication (Join-Path $Folder 'web-frontend.json') -NamespaceId cn-hangzhou:empty @Common)
        $difference | Should -HaveCount 1
        ($difference[0].Property, $difference[0].Call) | Should -Be 'ScalingRules.weekend', 'EnableApplicationScalingRule'
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeApplication -Spec (Join-Path $Folder 'web-frontend.json') -NamespaceId cn-hangzhou:empty @Common | Out-Null
        Get-Calls $Changing | Should -Be 'EnableApplicationScalingRule'
    }

    It 'carries load-balancer bindings: exported typed, nothing to do on a second apply, a listener added is one bind, one taken away an unbind and a bind' {
        $web = Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web-frontend @Common
        $web | Add-SaeApplicationLoadBalancer -Kind Clb -AddressType Internet -Listener @{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' } @Wait -Confirm:$false @Common | Out-Null
        $web | Add-SaeApplicationLoadBalancer -Kind Nlb -AddressType Intranet -Listener @{ Port = 53; TargetPort = 5353; Protocol = 'UDP' } @Wait -Confirm:$false @Common | Out-Null
        Export-Demo $Folder | Out-Null
        $path = Join-Path $Folder 'web-frontend.json'
        $spec = Get-Content $path -Raw | ConvertFrom-Json -AsHashtable
        $spec.loadBalancers.kind | Should -Be @('Clb', 'Nlb')
        $spec.loadBalancers[0].addressType | Should -Be 'Internet'
        $spec.loadBalancers[0].loadBalancerId | Should -Match '^lb-'
        $spec.loadBalancers[0].listeners[0].targetPort | Should -Be 8080
        $spec.loadBalancers[1].listeners[0].protocol | Should -Be 'UDP'
        (Get-Content (Join-Path $Folder 'order-api.json') -Raw | ConvertFrom-Json).PSObject.Properties.Name | Should -Not -Contain 'loadBalancers'

        Clear-SaeEmulatorRequest $Emulator
        Set-SaeApplication -Spec (Join-Path $Folder '*.json') @Wait @Common | Should -BeNullOrEmpty
        @(Get-Calls $Changing) | Should -HaveCount 0
        @(Get-Calls 'DescribeApplicationSlbs', 'DescribeApplicationNlbs') | Should -HaveCount 2 -Because 'only the spec that lists load balancers reads them, once each'

        $spec.loadBalancers[0].listeners += @{ port = 443; targetPort = 8080; protocol = 'TCP' }
        $spec | ConvertTo-Json -Depth 20 | Set-Content $path
        (Compare-SaeApplication $path @Common).Call | Should -Be 'BindSlb'
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeApplication -Spec $path @Wait @Common | Out-Null
        Get-Calls $Changing | Should -Be 'BindSlb'
        (Get-SaeApplicationLoadBalancer -AppId $web.AppId -NamespaceId cn-hangzhou:demo -Kind Clb @Common).Listeners.Port | Sort-Object | Should -Be @(80, 443)

        $spec.loadBalancers[0].listeners = @($spec.loadBalancers[0].listeners | Where-Object port -eq 443)
        $spec.loadBalancers = @($spec.loadBalancers[0])
        $spec | ConvertTo-Json -Depth 20 | Set-Content $path
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeApplication -Spec $path @Wait @Common | Out-Null
        Get-Calls $Changing | Should -Be 'UnbindSlb', 'UnbindNlb', 'BindSlb' -Because 'the spec owns the bindings: the NLB it no longer lists goes, and the side losing a listener is bound again'
        $now = @(Get-SaeApplicationLoadBalancer -AppId $web.AppId -NamespaceId cn-hangzhou:demo @Common)
        $now.Kind | Should -Be @('Clb')
        $now[0].Listeners.Port | Should -Be @(443)
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeApplication -Spec $path @Wait @Common | Out-Null
        @(Get-Calls $Changing) | Should -HaveCount 0
    }

    It 'into another region a load balancer id is not carried: an error before any call, unless -LoadBalancerId maps it' {
        Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web-frontend @Common |
            Add-SaeApplicationLoadBalancer -Kind Clb -AddressType Internet -Listener @{ Port = 80; TargetPort = 8080; Protocol = 'HTTP' } @Wait -Confirm:$false @Common | Out-Null
        Export-Demo $Folder | Out-Null
        $path = Join-Path $Folder 'web-frontend.json'
        $old = (Get-Content $path -Raw | ConvertFrom-Json).loadBalancers[0].loadBalancerId
        $network = @{ VpcId = 'vpc-emulator'; VSwitchId = 'vsw-sh'; SecurityGroupId = 'sg-sh' }
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { Set-SaeApplication -Spec $path -NamespaceId cn-shanghai:upgrading @network @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'RegionBoundValue*'
        $result.Errors[0].Exception.Message | Should -BeLike "*$old*-LoadBalancerId*"
        @(Get-Calls $Changing) | Should -HaveCount 0

        Set-SaeApplication -Spec $path -NamespaceId cn-shanghai:upgrading @network -LoadBalancerId @{ $old = $null } @Wait @Common | Out-Null
        $copy = Get-SaeApplication -NamespaceId cn-shanghai:upgrading -Name web-frontend @Common
        $bound = @(Get-SaeApplicationLoadBalancer -AppId $copy.AppId -NamespaceId cn-shanghai:upgrading @Common)
        $bound.Kind | Should -Be @('Clb')
        $bound[0].LoadBalancerId | Should -Not -Be $old
        $bound[0].Listeners.Port | Should -Be @(80)
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeApplication -Spec $path -NamespaceId cn-shanghai:upgrading @network -LoadBalancerId @{ $old = $null } @Wait @Common | Out-Null
        @(Get-Calls $Changing) | Should -HaveCount 0 -Because 'the side already has a CLB with those listeners: a second apply binds nothing'
    }

    It 'a bad load-balancer binding in a spec is an error naming the file, the application and the value, before any call' {
        Export-Demo $Folder | Out-Null
        $path = Join-Path $Folder 'web-frontend.json'
        $spec = Get-Content $path -Raw | ConvertFrom-Json -AsHashtable
        $spec.loadBalancers = @(@{ kind = 'Clb'; addressType = 'Internet'; listeners = @(@{ port = 70000; targetPort = 8080; protocol = 'HTTP' }) })
        $spec | ConvertTo-Json -Depth 20 | Set-Content $path
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { Set-SaeApplication -Spec $path -NamespaceId cn-hangzhou:empty @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].Exception.Message | Should -BeLike '*web-frontend.json*application web-frontend*70000*'
        @(Get-Calls $Changing) | Should -HaveCount 0
    }

    It 'a bad scaling rule in a spec is an error naming the file, the application and the value, before any call' {
        Export-Demo $Folder | Out-Null
        $path = Join-Path $Folder 'web-frontend.json'
        $spec = Get-Content $path -Raw | ConvertFrom-Json -AsHashtable
        $spec.scalingRules = @(@{ name = 'cpu'; minReplicas = 1; maxReplicas = 3; metrics = @(@{ metricType = 'CPU'; target = 150 }) })
        $spec | ConvertTo-Json -Depth 20 | Set-Content $path
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { Set-SaeApplication -Spec (Join-Path $Folder '*.json') -NamespaceId cn-hangzhou:empty @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].Exception.Message | Should -BeLike '*web-frontend.json*application web-frontend*150*'
        @(Get-Calls 'CreateApplication') | Should -HaveCount 2 -Because 'the other applications of the run go on'
    }

    It 'specs piped from Export-SaeApplication apply as files do' {
        Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web-frontend @Common | Export-SaeApplication @Common | Set-SaeApplication -NamespaceId cn-hangzhou:empty @Wait @Common | Out-Null
        (Get-SaeApplication -NamespaceId cn-hangzhou:empty -Name web-frontend @Common).AppName | Should -Be 'web-frontend'
    }

    It '-WhatIf shows the plan per application and its total, and makes no change' {
        Export-Demo $Folder | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        $transcript = Join-Path $TestDrive 'plan.txt'
        Start-Transcript -Path $transcript | Out-Null
        try { Set-SaeApplication -Spec (Join-Path $Folder '*.json') -NamespaceId cn-hangzhou:empty -WhatIf @Common } finally { Stop-Transcript | Out-Null }
        $said = Get-Content $transcript -Raw
        $said | Should -BeLike '*What if*application web-frontend in cn-hangzhou:empty: CreateApplication*'
        $said | Should -BeLike '*What if: Plan: 3 state-changing call(s) for 3 application(s)*'
        @(Get-Calls $Changing) | Should -HaveCount 0
    }

    It 'a bad spec is an error naming the file, the application and the property, before any call; the others go on: <Case>' -TestCases @(
        @{ Case = 'an unknown property'; Edit = { param($c) $c['Replicaz'] = 2 }; Named = 'Replicaz' }
        @{ Case = 'a wrong type'; Edit = { param($c) $c['Replicas'] = 'many' }; Named = 'Replicas' }
        @{ Case = 'a value outside the documented ones'; Edit = { param($c) $c['Cpu'] = 300 }; Named = 'Cpu' }
    ) {
        Export-Demo $Folder | Out-Null
        $path = Join-Path $Folder 'order-api.json'
        $spec = Get-Content $path -Raw | ConvertFrom-Json -AsHashtable
        & $Edit $spec.configuration
        $spec | ConvertTo-Json -Depth 20 | Set-Content $path
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { Set-SaeApplication -Spec (Join-Path $Folder '*.json') -NamespaceId cn-hangzhou:empty @Wait @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].Exception.Message | Should -BeLike "*order-api.json*order-api*$Named*"
        (Get-Calls CreateApplication) | Should -HaveCount 2
    }

    It 'into another region the network is not carried: an error before any call, unless the apply gives it' {
        Export-Demo $Folder | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { Set-SaeApplication -Spec (Join-Path $Folder 'web-frontend.json') -NamespaceId cn-shanghai:upgrading @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'RegionBoundValue*'
        $result.Errors[0].Exception.Message | Should -BeLike '*cn-hangzhou*cn-shanghai*'
        @(Get-Calls $Changing) | Should -HaveCount 0
        Set-SaeApplication -Spec (Join-Path $Folder 'web-frontend.json') -NamespaceId cn-shanghai:upgrading -VpcId vpc-emulator -VSwitchId vsw-sh -SecurityGroupId sg-sh @Wait @Common | Out-Null
        (Get-SaeApplication -NamespaceId cn-shanghai:upgrading -Name web-frontend @Common | Get-SaeApplicationConfig @Common).VSwitchId | Should -Be 'vsw-sh'
    }

    It 'a lost answer during an apply is found, never sent twice: one create and one update, one result each' {
        Export-Demo $Folder | Out-Null
        Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name order-api @Common | Set-SaeApplication -Description 'changed by hand' @Common
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateApplication'; count = 1; fault = 'closeAfterEffect' }, @{ api = 'UpdateApplicationDescription'; count = 1; fault = 'closeAfterEffect' })
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting {
            Set-SaeApplication -Spec (Join-Path $Folder 'web-frontend.json') -NamespaceId cn-hangzhou:empty @Common
            Set-SaeApplication -Spec (Join-Path $Folder 'order-api.json') @Common
        }
        $result.Errors | Should -HaveCount 0
        $result.Output | Should -HaveCount 1 -Because 'the create answers a change order; the description takes effect at once'
        Get-Calls $Changing | Should -Be 'CreateApplication', 'UpdateApplicationDescription'
        (Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name order-api @Common | Get-SaeApplicationConfig @Common).AppDescription | Should -Not -Be 'changed by hand'
    }
}
