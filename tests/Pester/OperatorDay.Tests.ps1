# The operator's day end to end, over real HTTP against the emulator: deploy in batches and confirm or abort,
# scale, roll back, restart and delete instances, and read versions, configuration, events and logs.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 300
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    # -Wait with a first look after 0.2 s: the emulator's change orders end in well under a second.
    $script:Wait = @{ Wait = $true; PollIntervalSec = 0.2 }
    $script:Image2 = 'registry.cn-hangzhou.aliyuncs.com/demo/web-frontend:2.0'
    function Get-Calls([string] $Api) { @(Get-SaeEmulatorRequest $Emulator -Api $Api) }

    # web-frontend (two instances) in cn-hangzhou:demo, running.
    function Start-Web {
        Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common | Start-SaeApplication @Wait @Common | Out-Null
        Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common
    }

    # Runs a command as a printed hint gives it, in a fresh runspace (no session default) with the same credential
    # found where a fresh session finds one (the environment); its output, and its errors as ErrorRecords.
    function Invoke-AsPrinted([string] $Command) {
        $env:ALIBABA_CLOUD_ACCESS_KEY_ID = $Emulator.AccessKeyId
        $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = $Emulator.Credential.GetNetworkCredential().Password
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript("Import-Module '$env:SAE_TEST_MODULE_PATH'; $Command")
            [pscustomobject]@{ Output = @($shell.Invoke()); Errors = @($shell.Streams.Error) }
        } finally {
            $shell.Dispose()
            foreach ($name in 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET') { Remove-Item "env:$name" -ErrorAction SilentlyContinue }
        }
    }

    function Get-Images($App) { @(Get-SaeApplicationInstance -AppId $App.AppId -NamespaceId $App.NamespaceId @Common).ImageUrl }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe "The operator's day" {
    BeforeEach { Reset-SaeEmulator $Emulator }

    Context 'Deploy-SaeApplication and the change order control' {
        It 'a manual two-batch deploy stops after the first batch, and Resume-SaeChangeOrder takes it to Succeeded' {
            $app = Start-Web
            $old = @(Get-Images $app)[0]
            Clear-SaeEmulatorRequest $Emulator

            $order = $app | Deploy-SaeApplication -ImageUrl $Image2 -BatchCount 2 -ReleaseType Manual -Description 'Release 2.0' @Wait @Common -WarningVariable warned 3>$null

            $order.Status | Should -Be 'WaitingBatchConfirm'
            $order.Action | Should -Be 'Deploy'
            $order.AppId | Should -Be $app.AppId
            ($warned -join ' ') | Should -Match "Resume-SaeChangeOrder -ChangeOrderId $($order.ChangeOrderId)"
            ($warned -join ' ') | Should -Match 'Stop-SaeChangeOrder'
            (Get-Images $app | Sort-Object) | Should -Be (@($Image2, $old) | Sort-Object) -Because 'the first batch runs the new image, the second still the old'

            # The hint runs as printed in a fresh session: it names the region and the -Endpoint given here.
            ($warned -join ' ') -match 'Resume-SaeChangeOrder [^;]*?(?= starts it)' | Should -BeTrue
            $resume = $Matches[0]
            $resume | Should -Match "-RegionId cn-hangzhou -Endpoint $([regex]::Escape($Emulator.Endpoint.GetLeftPart('Authority')))"
            $resumed = Invoke-AsPrinted ($resume + ' -Wait')
            $resumed.Errors | Should -BeNullOrEmpty
            $resumed.Output | Should -HaveCount 1
            $done = $resumed.Output[0]

            $done.Status | Should -Be 'Succeeded'
            $done.ChangeOrderId | Should -Be $order.ChangeOrderId
            Get-Images $app | Should -Be @($Image2, $Image2)
            (Get-SaeApplicationConfig $app.AppId -NamespaceId cn-hangzhou:demo @Common).ImageUrl | Should -Be $Image2
            Get-Calls DeployApplication | Should -HaveCount 1
            Get-Calls ConfirmPipelineBatch | Should -HaveCount 1
            $query = (Get-Calls DeployApplication)[0].query
            $query.UpdateStrategy | Should -Be '{"type":"BatchUpdate","batchUpdate":{"batch":2,"releaseType":"manual"}}'
            $query.ChangeOrderDesc | Should -Be 'Release 2.0'
        }

        It 'a deploy aborted with -Rollback ends terminated and leaves the old version running' {
            $app = Start-Web
            $old = @(Get-Images $app)[0]
            $order = $app | Deploy-SaeApplication -ImageUrl $Image2 -BatchCount 2 -ReleaseType Manual @Wait @Common 3>$null

            $stopped = $order | Stop-SaeChangeOrder -Rollback @Wait -Confirm:$false @Common

            $stopped.Status | Should -Be 'Terminated'
            Get-Images $app | Should -Be @($old, $old)
            (Get-SaeApplicationConfig $app.AppId -NamespaceId cn-hangzhou:demo @Common).ImageUrl | Should -Be $old
            Get-Calls AbortAndRollbackChangeOrder | Should -HaveCount 1
        }

        It 'Wait- and Get-SaeChangeOrder -ChangeOrderId name the namespace, from one look-up of each application at most' {
            $apps = @(Get-SaeApplication cn-hangzhou:demo @Common | Select-Object -First 2)
            $apps | Start-SaeApplication @Wait @Common | Out-Null
            $first = @($apps[0] | Restart-SaeApplication @Wait @Common)
            $second = @($apps[0] | Deploy-SaeApplication -ImageUrl $Image2 @Common) + @($apps[1] | Deploy-SaeApplication -ImageUrl $Image2 @Common)
            $ids = @($first.ChangeOrderId) + @($second.ChangeOrderId)
            Clear-SaeEmulatorRequest $Emulator

            $waited = @(Wait-SaeChangeOrder -ChangeOrderId $ids -RegionId cn-hangzhou @Common)
            $waited | Should -HaveCount 3
            $waited.NamespaceId | Should -Be @('cn-hangzhou:demo', 'cn-hangzhou:demo', 'cn-hangzhou:demo')
            @(Get-Calls DescribeApplicationConfig).query.AppId | Sort-Object | Should -Be (@($apps.AppId) | Sort-Object) -Because 'one look-up per application, though three change orders name them'

            Clear-SaeEmulatorRequest $Emulator
            $got = @(Get-SaeChangeOrder -ChangeOrderId $ids -RegionId cn-hangzhou @Common)
            $got.NamespaceId | Should -Be @('cn-hangzhou:demo', 'cn-hangzhou:demo', 'cn-hangzhou:demo')
            Get-Calls DescribeApplicationConfig | Should -HaveCount 2

            Clear-SaeEmulatorRequest $Emulator
            (Get-SaeChangeOrder -ChangeOrderId $ids[0] -NamespaceId cn-hangzhou:demo @Common).NamespaceId | Should -Be 'cn-hangzhou:demo'
            Get-Calls DescribeApplicationConfig | Should -HaveCount 0 -Because 'a namespace given needs no look-up'
        }

        It 'Stop-SaeChangeOrder without -Rollback ends the release and keeps what the first batch did' {
            $app = Start-Web
            $order = $app | Deploy-SaeApplication -ImageUrl $Image2 -BatchCount 2 -ReleaseType Manual @Wait @Common 3>$null

            $stopped = Stop-SaeChangeOrder -ChangeOrderId $order.ChangeOrderId -NamespaceId cn-hangzhou:demo -Confirm:$false @Common

            $stopped.Status | Should -Be 'Terminated'
            (Get-Images $app) -contains $Image2 | Should -BeTrue
            Get-Calls AbortChangeOrder | Should -HaveCount 1
        }

        It 'deploys each piped application with one call of its own, and writes the change orders in their order' {
            $apps = Get-SaeApplication cn-hangzhou:demo @Common
            $orders = $apps | Deploy-SaeApplication -ImageUrl $Image2 -ThrottleLimit 2 @Common

            $orders.AppId | Should -Be $apps.AppId
            Get-Calls DeployApplication | Should -HaveCount $apps.Count
            $orders | Wait-SaeChangeOrder @Common | ForEach-Object Status | Should -Be (@('Succeeded') * $apps.Count)
        }

        It 'deploys a package with its version, and -Parameter adds any other official parameter where the SDK puts it' {
            $app = Start-Web
            $order = $app | Deploy-SaeApplication -PackageUrl https://example.com/web-2.0.jar -PackageVersion 2.0 -Parameter @{ Timezone = 'UTC'; AssociateEip = $false } @Wait @Common

            $order.Status | Should -Be 'Succeeded'
            $call = (Get-Calls DeployApplication)[0]
            $call.query.PackageType | Should -Be 'FatJar'
            $call.query.PackageVersion | Should -Be '2.0'
            $call.query.Timezone | Should -Be 'UTC'
            (Get-SaeApplicationVersion $app.AppId -NamespaceId cn-hangzhou:demo @Common)[0].Type | Should -Be 'url'
        }

        It 'keeps the session''s endpoint for every application beyond -ThrottleLimit: workers get the command''s context, never the cmdlet' {
            Connect-SaeAccount -Credential $Emulator.Credential -Endpoint $Emulator.Endpoint | Out-Null
            try {
                $apps = Get-SaeApplication cn-hangzhou:demo
                Clear-SaeEmulatorRequest $Emulator
                $result = Invoke-Collecting { $apps | Resize-SaeApplication -Replicas 2 -ThrottleLimit 1 -MaximumRetryCount 0 }
                $result.Errors | Should -BeNullOrEmpty
                $result.Output | Should -HaveCount $apps.Count
                Get-Calls RescaleApplication | Should -HaveCount $apps.Count
            } finally {
                Disconnect-SaeAccount
            }
        }

        It '-WhatIf deploys nothing' {
            Get-SaeApplication cn-hangzhou:demo @Common | Deploy-SaeApplication -ImageUrl $Image2 -WhatIf @Common | Should -BeNullOrEmpty
            Get-Calls DeployApplication | Should -HaveCount 0
        }

        It '-Parameter is checked against the API surface before anything is sent: <Case>' -ForEach @(
            @{ Case = 'an unknown name'; Parameter = @{ Replica = 2 }; ErrorId = 'UnknownParameter'; Says = 'Replicas' }
            @{ Case = 'a value of the wrong type'; Parameter = @{ Replicas = 'two' }; ErrorId = 'InvalidParameterValue'; Says = "'two'" }
            @{ Case = 'a parameter the cmdlet sets itself'; Parameter = @{ imageurl = 'x' }; ErrorId = 'ParameterGivenTwice'; Says = '-ImageUrl' }
        ) {
            $apps = Get-SaeApplication cn-hangzhou:demo @Common
            Clear-SaeEmulatorRequest $Emulator
            $caught = $null
            try { $apps | Deploy-SaeApplication -ImageUrl $Image2 -Parameter $Parameter @Common } catch { $caught = $_ }

            $caught.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $caught.Exception.Message | Should -Match ([regex]::Escape($Says))
            @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
        }

        It 'a release type without batches, and a wait time with a manual release, are refused before anything is sent' {
            { Deploy-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:demo -ImageUrl $Image2 -ReleaseType Manual @Common } | Should -Throw -ErrorId 'ReleaseTypeWithoutBatches,*'
            { Deploy-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:demo -ImageUrl $Image2 -BatchCount 2 -ReleaseType Manual -BatchWaitTime 10 @Common } |
                Should -Throw -ErrorId 'BatchWaitTimeWithoutAutoBatches,*'
            Get-Calls DeployApplication | Should -HaveCount 0
        }

        It 'bad input is one clear error each, and the rest of the pipeline is deployed' {
            $good = Get-SaeApplication cn-hangzhou:demo -Name order-api @Common
            $inputs = @('', @{ AppId = $Ids.DemoWeb }, [pscustomobject]@{ Name = 'no id' }, $good, @{ AppId = '0d1e2f3a-0000-4000-8000-00000000dead'; NamespaceId = 'cn-hangzhou:demo' })

            $result = Invoke-Collecting { $inputs | Deploy-SaeApplication -ImageUrl $Image2 @Common }

            $result.Output.AppId | Should -Be $good.AppId
            ($result.Errors | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) | Should -Be @('InvalidAppId', 'NamespaceUnknown', 'MissingAppId', 'InvalidAppId.NotFound')
            $result.Errors[3].TargetObject.AppId | Should -Be '0d1e2f3a-0000-4000-8000-00000000dead'
            Get-Calls DeployApplication | Should -HaveCount 2
        }

        It 'a batch count greater than the replicas is SAE''s own error, its code the ErrorId' {
            $app = Start-Web
            $result = Invoke-Collecting { $app | Deploy-SaeApplication -ImageUrl $Image2 -BatchCount 3 -ReleaseType Manual @Common }

            $result.Output | Should -HaveCount 0
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameter.WithMessage,*'
            $result.Errors[0].Exception.Message | Should -Match 'UpdateStrategy'
        }

        It 'a deploy whose answer is lost is found among the application''s change orders, and never sent twice' {
            $app = Start-Web
            Set-SaeEmulatorFault $Emulator @(@{ api = 'DeployApplication'; count = 1; fault = 'resetAfterEffect' })

            $order = $app | Deploy-SaeApplication -ImageUrl $Image2 @Wait @Common

            $order.Status | Should -Be 'Succeeded'
            Get-Calls DeployApplication | Should -HaveCount 1
            (Get-Calls ListChangeOrders)[0].query.CoType | Should -Be 'CoDeploy'
            @(Get-SaeApplicationVersion $app.AppId -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 2 -Because 'one deploy made one version'
        }

        It 'Resume-SaeChangeOrder of a change order that waits for nothing is one NothingWaits error, and the rest go on' {
            $app = Start-Web
            $waiting = $app | Deploy-SaeApplication -ImageUrl $Image2 -BatchCount 2 -ReleaseType Manual @Wait @Common 3>$null
            $finished = Get-SaeApplication cn-hangzhou:demo -Name order-api @Common | Start-SaeApplication @Wait @Common

            $result = Invoke-Collecting { @($finished, $waiting) | Resume-SaeChangeOrder @Common }

            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'NothingWaits,*'
            $result.Errors[0].Exception.Message | Should -Match 'Succeeded'
            $result.Output.ChangeOrderId | Should -Be $waiting.ChangeOrderId
            Get-Calls ConfirmPipelineBatch | Should -HaveCount 1
        }

        It 'Stop-SaeChangeOrder of a finished change order is SAE''s refusal' {
            $finished = Get-SaeApplication cn-hangzhou:demo -Name order-api @Common | Start-SaeApplication @Wait @Common
            $result = Invoke-Collecting { $finished | Stop-SaeChangeOrder -Confirm:$false @Common }
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameter.WithMessage,*'
            $result.Errors[0].TargetObject.ChangeOrderId | Should -Be $finished.ChangeOrderId
            $result.Errors[0].ErrorDetails.Message | Should -BeLike "Could not abort change order $($finished.ChangeOrderId)*"

            $rolledBack = Invoke-Collecting { $finished | Stop-SaeChangeOrder -Rollback -Confirm:$false @Common }
            $rolledBack.Errors | Should -HaveCount 1
            $rolledBack.Errors[0].ErrorDetails.Message | Should -BeLike "Could not abort (and roll back) change order $($finished.ChangeOrderId)*"
        }

        It 'Wait-SaeChangeOrder returns a release that waits for confirmation, with a warning naming the cmdlets that go on' {
            $app = Start-Web
            $order = $app | Deploy-SaeApplication -ImageUrl $Image2 -BatchCount 2 -ReleaseType Manual @Common

            $waited = $order | Wait-SaeChangeOrder -PollIntervalSec 0.2 @Common -WarningVariable warned 3>$null

            $waited.Status | Should -Be 'WaitingBatchConfirm'
            ($warned -join ' ') | Should -Match 'Resume-SaeChangeOrder'
            ($warned -join ' ') | Should -Match 'Stop-SaeChangeOrder'
        }
    }

    Context 'Resize-SaeApplication' {
        It 'Resize to 3 gives 3 instances' {
            $app = Start-Web
            $order = $app | Resize-SaeApplication -Replicas 3 @Wait @Common

            $order.Status | Should -Be 'Succeeded'
            $order.Action | Should -Be 'Scale'
            Get-SaeApplicationInstance $app.AppId -NamespaceId cn-hangzhou:demo @Common | Should -HaveCount 3
            (Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common).Instances | Should -Be 3
        }

        It '-Cpu and -Memory resize each instance' {
            $app = Start-Web
            ($app | Resize-SaeApplication -Cpu 2000 -Memory 4096 @Wait @Common).Status | Should -Be 'Succeeded'
            $after = Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common
            ($after.Cpu, $after.Mem) | Should -Be @(2000, 4096)
            $call = (Get-Calls RescaleApplicationVertically)[0]
            ($call.query.Cpu, $call.query.Memory) | Should -Be @('2000', '4096')
        }

        It 'bad input is one clear error each, and the rest are scaled' {
            $result = Invoke-Collecting { @($Ids.DemoOrder, 'not,an,id', $null) | Resize-SaeApplication -Replicas 2 -NamespaceId cn-hangzhou:demo @Common }
            $result.Output.AppId | Should -Be $Ids.DemoOrder
            ($result.Errors | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) | Should -Be @('InvalidAppId', 'NullInput')
        }
    }

    Context 'Versions, configuration and Restore-SaeApplication' {
        It 'a rollback to the first version succeeds, from a version piped in' {
            $app = Start-Web
            $old = @(Get-Images $app)[0]
            $app | Deploy-SaeApplication -ImageUrl $Image2 @Wait @Common | Out-Null
            $versions = @($app | Get-SaeApplicationVersion @Common)
            $versions | Should -HaveCount 2
            $versions.AppName | Select-Object -Unique | Should -Be 'web-frontend'
            $first = $versions | Sort-Object CreateTime | Select-Object -First 1

            $order = $first | Restore-SaeApplication @Wait @Common

            $order.Status | Should -Be 'Succeeded'
            $order.Action | Should -Be 'Rollback'
            (Get-Calls RollbackApplication)[0].query.VersionId | Should -Be $first.VersionId
            Get-Images $app | Should -Be @($old, $old)
            (Get-SaeApplicationConfig $app.AppId -NamespaceId cn-hangzhou:demo -VersionId $first.VersionId @Common).ImageUrl | Should -Be $old
        }

        It 'a version the application does not have is SAE''s error for that input, and the rest are rolled back' {
            $apps = @(Get-SaeApplication cn-hangzhou:demo @Common | Select-Object -First 2)
            $version = (Get-SaeApplicationVersion $apps[1].AppId -NamespaceId cn-hangzhou:demo @Common)[0]
            $inputs = @(@{ AppId = $apps[0].AppId; NamespaceId = 'cn-hangzhou:demo'; VersionId = 'no-such-version' }, $version)

            $result = Invoke-Collecting { $inputs | Restore-SaeApplication @Common }

            $result.Output.AppId | Should -Be $apps[1].AppId
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameter.WithMessage,*'
            $result.Errors[0].Exception.Message | Should -Match 'VersionId'
        }

        It 'an application without a version to roll back to is MissingVersionId, before any call' {
            $result = Invoke-Collecting { Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common | Restore-SaeApplication @Common }
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'MissingVersionId,*'
            Get-Calls RollbackApplication | Should -HaveCount 0
        }

        It 'Get-SaeApplicationConfig shows what an application runs; a bad id is one error and the rest go on' {
            $result = Invoke-Collecting { @('', $Ids.DemoWeb) | Get-SaeApplicationConfig -NamespaceId cn-hangzhou:demo @Common }
            $result.Output.AppId | Should -Be $Ids.DemoWeb
            $result.Output.Replicas | Should -Be 2
            $result.Output.ImageUrl | Should -Not -BeNullOrEmpty
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidAppId,*'
        }
    }

    Context 'Instances' {
        It 'Get-SaeApplicationInstance lists the instances, one groups call and one instances call per group' {
            $app = Start-Web
            Clear-SaeEmulatorRequest $Emulator
            $instances = @($app | Get-SaeApplicationInstance @Common)

            $instances | Should -HaveCount 2
            $instances.AppName | Select-Object -Unique | Should -Be 'web-frontend'
            $instances.Status | Select-Object -Unique | Should -Be 'Running'
            Get-Calls DescribeApplicationGroups | Should -HaveCount 1
            Get-Calls DescribeApplicationInstances | Should -HaveCount 1
        }

        It 'restarting one instance gives a succeeded change order' {
            $app = Start-Web
            $instance = @($app | Get-SaeApplicationInstance @Common)[0]

            $order = $instance | Restart-SaeApplicationInstance @Wait @Common

            $order.Status | Should -Be 'Succeeded'
            $order.Action | Should -Be 'Restart'
            (Get-Calls RestartInstances)[0].query.InstanceIds | Should -Be $instance.InstanceId
            (Get-SaeApplicationInstance $app.AppId -NamespaceId cn-hangzhou:demo @Common | Where-Object InstanceId -EQ $instance.InstanceId).Restarts | Should -Be 1
            @($instance | Get-SaeInstanceLog -Previous @Common) | Should -Not -BeNullOrEmpty
        }

        It 'instances of two applications are restarted with one call per application' {
            $web = Start-Web
            $order = Get-SaeApplication cn-hangzhou:demo -Name order-api @Common | Start-SaeApplication @Wait @Common
            $instances = @($web | Get-SaeApplicationInstance @Common) + @(Get-SaeApplicationInstance $Ids.DemoOrder -NamespaceId cn-hangzhou:demo @Common)

            $orders = $instances | Restart-SaeApplicationInstance @Common

            $orders | Should -HaveCount 2
            Get-Calls RestartInstances | Should -HaveCount 2
            ((Get-Calls RestartInstances).query.InstanceIds | ForEach-Object { $_.Split(',').Count } | Measure-Object -Sum).Sum | Should -Be $instances.Count
        }

        It 'Remove-SaeApplicationInstance replaces an instance with a new one, and asks first (ConfirmImpact High)' {
            $app = Start-Web
            $instance = @($app | Get-SaeApplicationInstance @Common)[0]
            (Get-Command Remove-SaeApplicationInstance).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0].ConfirmImpact | Should -Be 'High'

            ($instance | Remove-SaeApplicationInstance -Confirm:$false @Wait @Common).Status | Should -Be 'Succeeded'

            $after = @($app | Get-SaeApplicationInstance @Common)
            $after | Should -HaveCount 2
            $after.InstanceId | Should -Not -Contain $instance.InstanceId
        }

        It 'bad input is one clear error each, and the rest of the pipeline goes on, the known instance of a refused call included' {
            $app = Start-Web
            $instance = @($app | Get-SaeApplicationInstance @Common)[0]
            $inputs = @($instance, 'web-frontend-nope', @{ AppId = $app.AppId }, $null)
            Clear-SaeEmulatorRequest $Emulator

            $result = Invoke-Collecting { $inputs | Restart-SaeApplicationInstance -AppId $app.AppId -NamespaceId cn-hangzhou:demo @Wait @Common }

            ($result.Errors | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) | Should -Be @('MissingInstanceId', 'NullInput', 'InvalidParameter.WithMessage')
            $result.Errors[2].TargetObject | Should -Be 'web-frontend-nope'
            $result.Errors[2].Exception.Message | Should -Match 'web-frontend-nope'
            $result.Errors[2].ErrorDetails.Message | Should -Match "has no instance web-frontend-nope.*change order $($result.Output.ChangeOrderId)"
            $result.Output.Status | Should -Be 'Succeeded' -Because 'SAE refused the call whole; the instance it has was sent again alone'
            (Get-Calls RestartInstances).query.InstanceIds | Should -Be @("$($instance.InstanceId),web-frontend-nope", $instance.InstanceId)
            (Get-SaeApplicationInstance $app.AppId -NamespaceId cn-hangzhou:demo @Common | Where-Object InstanceId -EQ $instance.InstanceId).Restarts | Should -Be 1
        }
    }

    Context 'Regions, events and logs' {
        It 'Get-SaeRegion lists the regions, and -RegionId completes them' {
            (Get-SaeRegion @Common).RegionId | Should -Be @('cn-hangzhou', 'cn-shanghai')
            $completions = TabExpansion2 -inputScript 'Get-SaeApplication -RegionId cn-' -cursorColumn 'Get-SaeApplication -RegionId cn-'.Length
            $completions.CompletionMatches.CompletionText | Should -Contain 'cn-hangzhou'
        }

        It '-VersionId and -InstanceId complete from the application given by -AppId, and nothing without one' {
            $app = Start-Web
            $version = (Get-SaeApplicationVersion $app.AppId -NamespaceId cn-hangzhou:demo @Common)[0]
            $instances = @($app | Get-SaeApplicationInstance @Common)
            $env:ALIBABA_CLOUD_ACCESS_KEY_ID = $Emulator.AccessKeyId
            $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = $Emulator.Credential.GetNetworkCredential().Password
            $env:ALIBABA_CLOUD_SAE_ENDPOINT = $Emulator.Endpoint.ToString()
            try {
                $line = "Restore-SaeApplication -AppId $($app.AppId) -NamespaceId cn-hangzhou:demo -VersionId "
                (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @($version.VersionId)
                $line = "Restart-SaeApplicationInstance -AppId $($app.AppId) -NamespaceId cn-hangzhou:demo -InstanceId web"
                $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
                ($offered.CompletionText | Sort-Object) | Should -Be ($instances.InstanceId | Sort-Object)
                $offered[0].ToolTip | Should -Match 'Running'
                $line = 'Get-SaeInstanceLog -InstanceId '
                (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | Should -BeNullOrEmpty
            } finally {
                foreach ($name in 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SAE_ENDPOINT') { Remove-Item "env:$name" -ErrorAction SilentlyContinue }
            }
        }

        It '-AppId and -Name complete with the applications of the -NamespaceId or -RegionId typed, through the cache' {
            $apps = @(Get-SaeApplication cn-hangzhou:demo @Common)
            $env:ALIBABA_CLOUD_ACCESS_KEY_ID = $Emulator.AccessKeyId
            $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = $Emulator.Credential.GetNetworkCredential().Password
            $env:ALIBABA_CLOUD_SAE_ENDPOINT = $Emulator.Endpoint.ToString()
            try {
                Clear-SaeEmulatorRequest $Emulator
                $line = 'Start-SaeApplication -NamespaceId cn-hangzhou:demo -AppId '
                $offered = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
                ($offered.CompletionText | Sort-Object) | Should -Be ($apps.AppId | Sort-Object)
                $offered.ListItemText | Should -Contain "web-frontend ($(($apps | Where-Object AppName -EQ web-frontend).AppId))"

                # What is typed matches a name too, and a second Tab is answered from the cache.
                $line = 'Get-SaeApplicationVersion -NamespaceId cn-hangzhou:demo -AppId web'
                (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be ($apps | Where-Object AppName -Like 'web*').AppId
                Get-Calls ListApplications | Should -HaveCount 1

                $line = 'Get-SaeApplication -RegionId cn-hangzhou -Name web'
                $names = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
                $names | Should -Contain 'web-frontend'
                $names | ForEach-Object { $_ | Should -BeLike 'web*' }
                (Get-Calls ListApplications)[-1].query.NamespaceId | Should -BeNullOrEmpty -Because 'the region, without a namespace, lists all its applications'
            } finally {
                foreach ($name in 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SAE_ENDPOINT') { Remove-Item "env:$name" -ErrorAction SilentlyContinue }
            }
        }

        It 'a -RegionId that SAE does not serve is an error naming the closest one, for every cmdlet, and nothing is sent' {
            Clear-SaeEmulatorRequest $Emulator
            $result = Get-SaeApplication -RegionId cn-hangzou @Common -ErrorVariable failed -ErrorAction SilentlyContinue 3>$null
            $ok = $?
            $result | Should -BeNullOrEmpty
            $ok | Should -BeFalse
            $failed | Should -HaveCount 1
            $failed[0].FullyQualifiedErrorId | Should -BeLike 'UnknownRegion,*'
            $failed[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $failed[0].TargetObject | Should -Be 'cn-hangzou'
            $failed[0].Exception.Message | Should -Match "'cn-hangzou'.*did you mean cn-hangzhou\?"
            @(Get-SaeEmulatorRequest $Emulator | Where-Object Api -NE 'DescribeRegions') | Should -HaveCount 0 -Because 'only the check itself goes out'

            $apps = Get-SaeApplication cn-hangzhou:demo @Common
            Clear-SaeEmulatorRequest $Emulator
            $commands = @(
                { $apps | Start-SaeApplication -RegionId cn-hangzou @Common }
                { $apps | Deploy-SaeApplication -ImageUrl $Image2 -RegionId cn-hangzou -Confirm:$false @Common }
                { Get-SaeNamespace -RegionId cn-hangzou @Common }
                { $apps | Get-SaeApplicationVersion -RegionId cn-hangzou @Common }
                { $apps | Get-SaeApplicationInstance -RegionId cn-hangzou @Common }
            )
            $ErrorActionPreference = 'Continue'
            foreach ($command in $commands) {
                $all = @(& $command 2>&1 3>$null)
                @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] }) | Should -HaveCount 0 -Because "$command"
                @($all | ForEach-Object FullyQualifiedErrorId) | Should -BeLike 'UnknownRegion,*' -Because "$command"
            }
            @(Get-SaeEmulatorRequest $Emulator | Where-Object Api -NE 'DescribeRegions') | Should -HaveCount 0
        }

        It 'Get-SaeApplicationEvent shows what happened to an application, and filters at SAE' {
            $app = Start-Web
            $events = @($app | Get-SaeApplicationEvent @Common)
            $events | Should -Not -BeNullOrEmpty
            $events.ObjectKind | Should -Contain 'Pod'
            $events.NamespaceId | Select-Object -Unique | Should -Be 'cn-hangzhou:demo'

            @(Get-SaeApplicationEvent -NamespaceId cn-hangzhou:demo -EventType Warning @Common) | Should -HaveCount 0
            (Get-Calls ListAppEvents)[-1].query.EventType | Should -Be 'Warning'
        }

        It 'Get-SaeInstanceLog writes lines that say where they came from' {
            $app = Start-Web
            $instances = @($app | Get-SaeApplicationInstance @Common)

            $lines = @($instances | Get-SaeInstanceLog @Common)
            $lines | Should -Not -BeNullOrEmpty
            $lines[0] | Should -BeOfType [string]
            ($lines.InstanceId | Select-Object -Unique) | Should -Be $instances.InstanceId
            ($lines.AppId | Select-Object -Unique) | Should -Be $app.AppId
            @($instances[0] | Get-SaeInstanceLog -Tail 1 @Common) | Should -HaveCount 1
            @($instances[0] | Get-SaeInstanceLog -Raw @Common) | Should -HaveCount 1
        }

        It 'an application piped in means the logs of all its instances, each line prefixed with its instance, and anything else is an error saying what was expected' {
            $app = Start-Web
            $instances = @($app | Get-SaeApplicationInstance @Common)

            $result = Invoke-Collecting { $app | Get-SaeInstanceLog -Tail 2 @Common }
            $result.Errors | Should -BeNullOrEmpty
            $result.Output | Should -HaveCount (2 * $instances.Count)
            ($result.Output.InstanceId | Select-Object -Unique | Sort-Object) | Should -Be ($instances.InstanceId | Sort-Object)
            foreach ($line in $result.Output) { "$line" | Should -BeLike "[[]$($line.InstanceId)[]] *" }
            ($result.Output.AppId | Select-Object -Unique) | Should -Be $app.AppId

            $plain = Invoke-Collecting { [pscustomobject]@{ AppId = $app.AppId; NamespaceId = 'cn-hangzhou:demo' } | Get-SaeInstanceLog -Tail 1 @Common }
            $plain.Errors | Should -BeNullOrEmpty
            $plain.Output | Should -HaveCount $instances.Count

            $bad = Invoke-Collecting { 42, [pscustomobject]@{ Name = 'x' } | Get-SaeInstanceLog -NamespaceId cn-hangzhou:demo @Common }
            $bad.Output | Should -BeNullOrEmpty
            @($bad.Errors | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) | Should -Be @('InvalidInputType', 'InvalidInputType')
            $bad.Errors[0].Exception.Message | Should -Match 'takes instances \(Get-SaeApplicationInstance\), instance id strings, or applications \(Get-SaeApplication\)'
            $bad.Errors[0].Exception.Message | Should -Match "'42' of type Int32"
        }

        It 'a log of an unknown instance is one error, and the next instance''s log follows' {
            $app = Start-Web
            $instance = @($app | Get-SaeApplicationInstance @Common)[0]
            $result = Invoke-Collecting { @('nope', $instance.InstanceId) | Get-SaeInstanceLog -NamespaceId cn-hangzhou:demo @Common }
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].TargetObject | Should -Be 'nope'
            $result.Output | Should -Not -BeNullOrEmpty
        }
    }
}
