BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 300
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    # -Wait with a first look after 0.2 s: the emulator's change orders end in well under a second.
    $script:Wait = @{ Wait = $true; PollIntervalSec = 0.2 }
    $script:Fast = @{ PollIntervalSec = 0.2 }
    function Get-Calls([string] $Api) { @(Get-SaeEmulatorRequest $Emulator -Api $Api) }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'The application lifecycle' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    Context 'Start-, Stop- and Restart-SaeApplication -Wait' {
        It 'Start -Wait returns when the applications run, with succeeded change orders' {
            $orders = Get-SaeApplication cn-hangzhou:demo @Common | Start-SaeApplication @Wait @Common

            $orders | Should -HaveCount 1
            $orders.Status | Should -Be 'Succeeded'
            $orders.Action | Should -Be 'Start'
            $orders.Batches.Count | Should -BeGreaterThan 0
            Get-SaeApplication cn-hangzhou:demo @Common | ForEach-Object { $_.RunningInstances | Should -Be $_.Instances }
        }

        It 'Stop -Wait stops them, with one call per namespace' {
            Get-SaeApplication -RegionId cn-hangzhou @Common | Where-Object NamespaceId -in 'cn-hangzhou:demo', 'cn-hangzhou:staging' | Start-SaeApplication @Wait @Common | Out-Null
            Clear-SaeEmulatorRequest $Emulator

            $orders = Get-SaeApplication -RegionId cn-hangzhou @Common | Where-Object NamespaceId -in 'cn-hangzhou:demo', 'cn-hangzhou:staging' | Stop-SaeApplication @Wait @Common

            $orders.Action | Should -Be @('Stop', 'Stop')
            $orders.Status | Should -Be @('Succeeded', 'Succeeded')
            Get-Calls BatchStopApplications | Should -HaveCount 2
            Get-SaeApplication cn-hangzhou:staging @Common | ForEach-Object { $_.RunningInstances | Should -Be 0 }
        }

        It 'Restart -Wait leaves them running' {
            $order = Get-SaeApplication cn-shanghai:prod @Common | Restart-SaeApplication @Wait @Common
            $order.Status | Should -Be 'Succeeded'
            $order.Action | Should -Be 'Restart'
            (Get-SaeApplicationStatus -AppId $Ids.ProdWeb -NamespaceId cn-shanghai:prod @Common).CurrentStatus | Should -Be 'RUNNING'
        }

        It 'reports the applications of a batch that ran before the failing one as done, and only the others as failed' {
            # canary-web is in batch 1, which succeeds; canary-broken fails batch 2.
            $apps = Get-SaeApplication cn-hangzhou:canary @Common
            $web = $apps | Where-Object AppName -EQ 'canary-web'
            $broken = $apps | Where-Object AppName -EQ 'canary-broken'
            Clear-SaeEmulatorRequest $Emulator
            $result = Invoke-Collecting { $apps | Start-SaeApplication @Wait @Common }

            $result.Output | Should -HaveCount 1
            $order = $result.Output[0]
            $order.Status | Should -Be 'Failed'
            $order.SucceededAppIds | Should -Be @($web.AppId)
            $order.FailedAppIds | Should -Be @($broken.AppId)
            $result.Errors | Should -HaveCount 1
            $record = $result.Errors[0]
            $record.TargetObject.AppId | Should -Be $broken.AppId
            $record.FullyQualifiedErrorId | Should -Be 'ChangeOrderFailed,SaePowerShell.Commands.StartSaeApplicationCommand'
            $record.CategoryInfo.Category | Should -Be 'InvalidResult'
            $record.Exception | Should -BeOfType SaePowerShell.SaeChangeOrderException
            $record.Exception.ChangeOrder.ErrorMessage | Should -Not -BeNullOrEmpty
            $record.ErrorDetails.Message | Should -BeLike "Could not start application $($broken.AppId)*0 of 2 instance(s) running*$($record.Exception.ChangeOrder.ErrorMessage)*"
            $record.ErrorDetails.Message | Should -Not -BeLike '*canary-web*'
            (Get-SaeApplicationStatus -AppId $web.AppId -NamespaceId cn-hangzhou:canary @Common).CurrentStatus | Should -Be 'RUNNING'
            # The fewest calls: one listing of the namespace, filtered to the call's applications.
            $listings = @(Get-Calls ListApplications)
            $listings | Should -HaveCount 1
            $listings[0].query.FieldType | Should -Be 'appIds'
        }

        It 'a namespace batch that fails in its second batch: the first batch is done, the second and the never-run third get errors' {
            Set-SaeEmulatorSeed $Emulator @{
                namespaces   = @(@{ namespaceId = 'cn-hangzhou:morning' })
                applications = @(
                    @{ appId = '5a5a0002-0000-4000-8000-000000000001'; appName = 'first'; namespaceId = 'cn-hangzhou:morning' }
                    @{ appId = '5a5a0002-0000-4000-8000-000000000002'; appName = 'second'; namespaceId = 'cn-hangzhou:morning'; changeOrderFault = 'Failed' }
                    @{ appId = '5a5a0002-0000-4000-8000-000000000003'; appName = 'third'; namespaceId = 'cn-hangzhou:morning' })
            }
            $result = Invoke-Collecting { Get-SaeApplication cn-hangzhou:morning @Common | Start-SaeApplication @Wait @Common }

            $result.Output | Should -HaveCount 1
            $result.Output[0].SucceededAppIds | Should -Be @('5a5a0002-0000-4000-8000-000000000001')
            $result.Output[0].Batches.Count | Should -Be 3
            $result.Errors.TargetObject.AppName | Should -Be @('second', 'third')
            $result.Errors | ForEach-Object { $_.ErrorDetails.Message | Should -BeLike 'Could not start application *0 of * instance(s) running*' }
        }

        It 'never claims a failure it did not see: a failed restart, which a listing cannot judge, says it is not known per application' {
            $apps = Get-SaeApplication cn-hangzhou:canary @Common
            $apps | Start-SaeApplication @Wait @Common -ErrorAction SilentlyContinue | Out-Null
            Clear-SaeEmulatorRequest $Emulator
            $result = Invoke-Collecting { $apps | Restart-SaeApplication @Wait @Common }

            $result.Output | Should -HaveCount 0
            $result.Errors | Should -HaveCount 2
            $result.Errors | ForEach-Object { $_.ErrorDetails.Message | Should -BeLike 'Whether application * reached the restart is not known*' }
            @(Get-Calls ListApplications) | Should -HaveCount 0 -Because 'a listing could not tell, so none is made'
        }

        It 'ends the wait at once when a batch fails and SAE leaves the order in progress, abnormal (SubStatus 1)' {
            Set-SaeEmulatorSeed $Emulator @{
                namespaces   = @(@{ namespaceId = 'cn-hangzhou:stuck' })
                applications = @(
                    @{ appId = '5a5a0001-0000-4000-8000-000000000001'; appName = 'ok'; namespaceId = 'cn-hangzhou:stuck' }
                    @{ appId = '5a5a0001-0000-4000-8000-000000000002'; appName = 'sick'; namespaceId = 'cn-hangzhou:stuck'; changeOrderFault = 'Abnormal' })
            }
            $result = Invoke-Collecting { Get-SaeApplication cn-hangzhou:stuck @Common | Start-SaeApplication @Wait -Timeout 600 @Common }

            # ChangeOrderAbnormal, not WaitTimeout: the wait ended when the order turned abnormal, not at -Timeout.
            # 'ok' ran in the first batch; only 'sick' failed.
            $result.Output | Should -HaveCount 1
            $result.Output[0].SucceededAppIds | Should -Be @('5a5a0001-0000-4000-8000-000000000001')
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].TargetObject.AppName | Should -Be 'sick'
            foreach ($record in $result.Errors) {
                $record.FullyQualifiedErrorId | Should -Be 'ChangeOrderAbnormal,SaePowerShell.Commands.StartSaeApplicationCommand'
                $record.Exception.ChangeOrder.Status | Should -Be 'Executing'
                $record.Exception.ChangeOrder.SubStatus | Should -Be 1
                $record.Exception.Message | Should -BeLike "*$($record.Exception.ChangeOrder.ChangeOrderId)*"
                $record.Exception.Message | Should -BeLike "*$($record.Exception.ChangeOrder.ErrorMessage.TrimEnd('.'))*"
                $record.Exception.Message | Should -BeLike '*roll it back*'
            }
        }

        It 'Restart -NamespaceId -Force names every application of the namespace, as BatchRestartApplications requires' {
            $apps = Get-SaeApplication cn-shanghai:prod @Common
            Clear-SaeEmulatorRequest $Emulator

            $order = Restart-SaeApplication -NamespaceId cn-shanghai:prod -Force @Common

            $order.Action | Should -Be 'Restart'
            ($order.AppIds | Sort-Object) | Should -Be ($apps.AppId | Sort-Object)
            $call = Get-Calls BatchRestartApplications
            $call | Should -HaveCount 1
            ($call[0].appIds | Sort-Object) | Should -Be ($apps.AppId | Sort-Object)
        }

        It 'reads a restart change order back as a Restart, with its time in China Standard Time' {
            $order = Restart-SaeApplication -AppId $Ids.ProdWeb -NamespaceId cn-shanghai:prod @Common
            $described = Get-SaeChangeOrder -ChangeOrderId $order.ChangeOrderId -RegionId cn-shanghai @Common
            $described.Action | Should -Be 'Restart'
            $described.CreateTime | Should -BeOfType [DateTimeOffset]
            $described.CreateTime.Offset | Should -Be ([TimeSpan]::FromHours(8))
            ([DateTimeOffset]::UtcNow - $described.CreateTime).Duration().TotalMinutes | Should -BeLessThan 5
        }

        It 'writes a progress bar per change order, under one for the wait, and completes them' {
            # The progress stream cannot be redirected, so the command runs in a nested runspace whose streams are readable.
            $shell = [powershell]::Create()
            try {
                $null = $shell.AddScript({
                        param($ModulePath, $Endpoint, $Credential)
                        Import-Module $ModulePath
                        $ProgressPreference = 'Continue'
                        $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
                        Get-SaeApplication -RegionId cn-hangzhou -Endpoint $Endpoint -Credential $Credential |
                            Where-Object NamespaceId -In 'cn-hangzhou:demo', 'cn-hangzhou:staging' |
                            Start-SaeApplication -Wait -Endpoint $Endpoint -Credential $Credential
                    }).AddArgument((Get-Module SaePowerShell).Path).AddArgument($Emulator.Endpoint).AddArgument($Emulator.Credential)
                $orders = $shell.Invoke()

                $orders.Status | Should -Be @('Succeeded', 'Succeeded')
                $perOrder = @($shell.Streams.Progress | Where-Object ParentActivityId -EQ 100)
                @($perOrder.ActivityId | Sort-Object -Unique) | Should -HaveCount 2
                ($perOrder.Activity | Sort-Object -Unique | ForEach-Object { $_.Split(':')[0] + ':' + $_.Split(':')[1] }) | Should -Be @('cn-hangzhou:demo', 'cn-hangzhou:staging')
                ($perOrder | Where-Object StatusDescription -Match 'batch\(es\) done') | Should -Not -BeNullOrEmpty
                foreach ($bar in $perOrder | Group-Object ActivityId) { $bar.Group[-1].RecordType | Should -Be 'Completed' }
                ($shell.Streams.Progress | Where-Object { $_.ActivityId -eq 100 -and $_.RecordType -eq 'Completed' }) | Should -Not -BeNullOrEmpty
            } finally {
                $shell.Dispose()
            }
        }

        It 'keeps -WhatIf free of calls, with -Wait too' {
            Get-SaeApplication cn-hangzhou:demo @Common | Stop-SaeApplication @Wait -WhatIf @Common
            Get-Calls BatchStopApplications | Should -HaveCount 0
            Get-Calls DescribeChangeOrder | Should -HaveCount 0
        }
    }

    It 'shows the application''s name beside its status when the application is piped in' {
        $status = Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common | Get-SaeApplicationStatus @Common
        $status.AppName | Should -Be 'web-frontend'
        ($status | Format-Table | Out-String -Width 80) | Should -Match 'web-frontend'
    }

    Context 'Wait-SaeChangeOrder' {
        It 'waits for piped change orders and writes them finished' {
            $orders = @(Get-SaeApplication cn-hangzhou:demo @Common) + @(Get-SaeApplication cn-shanghai:prod @Common) | Start-SaeApplication @Common
            $orders | ForEach-Object { $_.Status | Should -BeNullOrEmpty }

            $finished = $orders | Wait-SaeChangeOrder @Common @Fast

            ($finished.ChangeOrderId | Sort-Object) | Should -Be ($orders.ChangeOrderId | Sort-Object)
            $finished | ForEach-Object { $_.Status | Should -Be 'Succeeded'; $_.IsFinished | Should -BeTrue }
            $orders | ForEach-Object { $_.Status | Should -BeNullOrEmpty -Because 'the caller''s objects are not changed' }
        }

        It 'waits for change order ids with -RegionId' {
            $order = Start-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:demo @Common
            $finished = $order.ChangeOrderId | Wait-SaeChangeOrder -RegionId cn-hangzhou @Common @Fast
            $finished.Status | Should -Be 'Succeeded'
        }

        It 'reports a failed change order as one error carrying its ErrorMessage' {
            $order = Get-SaeApplication cn-hangzhou:canary @Common | Start-SaeApplication @Common
            $result = Invoke-Collecting { $order | Wait-SaeChangeOrder @Common @Fast }
            $result.Output | Should -HaveCount 0
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -Be 'ChangeOrderFailed,SaePowerShell.Commands.WaitSaeChangeOrderCommand'
            $result.Errors[0].TargetObject.ChangeOrderId | Should -Be $order.ChangeOrderId
            $result.Errors[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }

        It 'reports an unknown change order as InvalidChangeOrder.NotFound' {
            $result = Invoke-Collecting { Wait-SaeChangeOrder -ChangeOrderId 'no-such-order' -RegionId cn-hangzhou @Common @Fast }
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidChangeOrder.NotFound,*'
        }

        It 'gives up after -Timeout with a WaitTimeout error; the change order goes on' {
            $slow = Start-SaeEmulator -ChangeOrderDelayMs 60000
            try {
                $slowCommon = @{ Endpoint = $slow.Endpoint; Credential = $slow.Credential }
                $order = Start-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:demo @slowCommon
                $result = Invoke-Collecting { $order | Wait-SaeChangeOrder -Timeout 1 @slowCommon @Fast }
                $result.Errors[0].FullyQualifiedErrorId | Should -Be 'WaitTimeout,SaePowerShell.Commands.WaitSaeChangeOrderCommand'
                $result.Errors[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
                $result.Errors[0].Exception.ChangeOrder.Status | Should -BeIn @('Preparing', 'Executing')
            } finally {
                Stop-SaeEmulator $slow
            }
        }
    }

    Context 'Get-SaeChangeOrder' {
        It 'describes a change order from the pipeline, with its batches' {
            $order = Get-SaeApplication cn-hangzhou:demo @Common | Start-SaeApplication @Common
            $described = $order | Get-SaeChangeOrder @Common
            $described.ChangeOrderId | Should -Be $order.ChangeOrderId
            $described.Status | Should -BeIn @('Preparing', 'Executing', 'Succeeded')
            $described.CoTypeCode | Should -Be 'CoBatchStartApplication'
            $described.BatchCount | Should -Be 3
            $described.Batches | Should -HaveCount 3
            $described.Batches[0] | Should -BeOfType SaePowerShell.SaeChangeOrderBatch
        }

        It 'describes change orders by id' {
            $order = Start-SaeApplication -AppId $Ids.StagingWeb -NamespaceId cn-hangzhou:staging @Common
            (Get-SaeChangeOrder $order.ChangeOrderId -RegionId cn-hangzhou @Common).ChangeOrderId | Should -Be $order.ChangeOrderId
        }

        It 'lists every change order of an application, newest first' {
            $first = Start-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:demo @Wait @Common
            $second = Stop-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:demo @Wait @Common

            $history = Get-SaeApplication cn-hangzhou:demo -AppId $Ids.DemoWeb @Common | Get-SaeChangeOrder @Common

            $history.ChangeOrderId | Should -Be @($second.ChangeOrderId, $first.ChangeOrderId)
            $history.Action | Should -Be @('Stop', 'Start')
            $history.Status | Should -Be @('Succeeded', 'Succeeded')
        }

        It 'reports an unknown id as a non-terminating error' {
            $result = Invoke-Collecting { Get-SaeChangeOrder 'no-such-order' -RegionId cn-hangzhou @Common }
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidChangeOrder.NotFound,SaePowerShell.Commands.GetSaeChangeOrderCommand'
            $result.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }
    }

    Context 'Get-SaeNamespace and Get-SaeApplicationStatus' {
        It 'lists the namespaces of a region as SaeNamespace objects' {
            $namespaces = Get-SaeNamespace -RegionId cn-hangzhou @Common
            $namespaces.NamespaceId | Should -Contain 'cn-hangzhou:demo'
            $namespaces.NamespaceId | Should -Not -Contain 'cn-shanghai:prod'
            $namespaces | ForEach-Object { $_ | Should -BeOfType SaePowerShell.SaeNamespace; $_.RegionId | Should -Be 'cn-hangzhou' }
        }

        It 'pipes into Get-SaeApplication by property name' {
            $apps = Get-SaeNamespace -RegionId cn-hangzhou @Common | Get-SaeApplication @Common
            $apps.Count | Should -Be @(Get-SaeApplication -RegionId cn-hangzhou @Common).Count
        }

        It 'filters namespaces with wildcards and reports an exact id that is not there' {
            (Get-SaeNamespace '*:demo' -RegionId cn-hangzhou @Common).NamespaceId | Should -Be 'cn-hangzhou:demo'
            (Invoke-Collecting { Get-SaeNamespace cn-hangzhou:nowhere @Common }).Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'shows application status, and the last change order' {
            $order = Get-SaeApplication cn-hangzhou:demo @Common | Start-SaeApplication @Wait @Common
            $status = Get-SaeApplication cn-hangzhou:demo @Common | Get-SaeApplicationStatus @Common
            $status | Should -HaveCount 3
            $status | ForEach-Object {
                $_ | Should -BeOfType SaePowerShell.SaeApplicationStatus
                $_.CurrentStatus | Should -Be 'RUNNING'
                $_.LastChangeOrderId | Should -Be $order.ChangeOrderId
                $_.LastChangeOrderRunning | Should -BeFalse
                $_.NamespaceId | Should -Be 'cn-hangzhou:demo'
            }
        }
    }

    Context 'tab completion of -NamespaceId' {
        AfterEach {
            foreach ($name in 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SAE_ENDPOINT') { Remove-Item "env:$name" -ErrorAction SilentlyContinue }
        }

        It 'offers the namespaces of the region' {
            $env:ALIBABA_CLOUD_ACCESS_KEY_ID = $Emulator.AccessKeyId
            $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = $Emulator.Credential.GetNetworkCredential().Password
            $env:ALIBABA_CLOUD_SAE_ENDPOINT = $Emulator.Endpoint.ToString()
            $line = 'Start-SaeApplication -RegionId cn-hangzhou -NamespaceId cn-hangzhou:'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText |
                Should -Be @('cn-hangzhou:demo', 'cn-hangzhou:staging', 'cn-hangzhou:empty', 'cn-hangzhou:billing', 'cn-hangzhou:canary')
        }

        It 'offers nothing, quietly, when the service cannot be reached' {
            $env:ALIBABA_CLOUD_ACCESS_KEY_ID = 'x'
            $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'y'
            $env:ALIBABA_CLOUD_SAE_ENDPOINT = 'http://127.0.0.1:9'
            $line = 'Get-SaeApplication -RegionId cn-shanghai -NamespaceId cn-'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | Should -BeNullOrEmpty
        }
    }
}
