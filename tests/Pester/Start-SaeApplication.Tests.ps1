BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 200
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    function Get-Starts { @(Get-SaeEmulatorRequest $Emulator -Api BatchStartApplications) }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Start-SaeApplication' {
    BeforeEach {
        Reset-SaeEmulator $Emulator
    }

    Context 'the pipeline from Get-SaeApplication' {
        It 'starts every application with one call per namespace and writes typed change orders in input order' {
            $apps = Get-SaeApplication -RegionId cn-hangzhou @Common | Where-Object NamespaceId -in 'cn-hangzhou:demo', 'cn-hangzhou:staging', 'cn-hangzhou'
            Clear-SaeEmulatorRequest $Emulator

            $orders = $apps | Start-SaeApplication @Common

            $orders | Should -HaveCount 3
            $orders | ForEach-Object { $_ | Should -BeOfType SaePowerShell.SaeChangeOrder }
            $orders.NamespaceId | Should -Be @('cn-hangzhou', 'cn-hangzhou:demo', 'cn-hangzhou:staging')
            ($orders | Where-Object NamespaceId -EQ 'cn-hangzhou:demo').AppIds | Should -Be @($Ids.DemoWeb, $Ids.DemoOrder, $Ids.DemoPayment)
            $orders | ForEach-Object { $_.ChangeOrderId | Should -Match '^[0-9a-f-]{36}$'; $_.RequestId | Should -Not -BeNullOrEmpty; $_.RegionId | Should -Be 'cn-hangzhou'; $_.Action | Should -Be 'Start' }

            $starts = Get-Starts
            $starts | Should -HaveCount 3
            ($starts.namespaceId | Sort-Object) | Should -Be @('cn-hangzhou', 'cn-hangzhou:demo', 'cn-hangzhou:staging')
            $starts | ForEach-Object { $_.status | Should -Be 200 }
        }

        It 'makes the applications run' {
            Get-SaeApplication cn-hangzhou:demo @Common | Start-SaeApplication @Common | Out-Null
            Start-Sleep -Milliseconds 600
            $apps = Get-SaeApplication cn-hangzhou:demo @Common
            $apps | ForEach-Object { $_.RunningInstances | Should -Be $_.Instances }
        }

        It 'calls each region at its own region, across regions in one pipeline' {
            $orders = @(Get-SaeApplication cn-hangzhou:demo @Common) + @(Get-SaeApplication cn-shanghai:prod @Common) | Start-SaeApplication @Common
            $orders.RegionId | Should -Be @('cn-hangzhou', 'cn-shanghai')
            # The calls run concurrently, so the emulator's log is in arrival order; the output is in input order.
            (Get-Starts).namespaceId | Sort-Object | Should -Be @('cn-hangzhou:demo', 'cn-shanghai:prod')
        }

        It 'signs with the legacy ROA scheme when asked' {
            $order = Get-SaeApplication cn-shanghai:prod @Common -SignatureMethod RoaHmacSha1 | Start-SaeApplication @Common -SignatureMethod RoaHmacSha1
            $order.AppIds | Should -HaveCount 3
        }

        It 'passes -Version to SAE' {
            Start-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:demo -Version '1.0' @Common | Out-Null
            (Get-Starts)[0].query.Version | Should -Be '1.0'
        }
    }

    Context 'what binds from the pipeline' {
        It 'takes <Kind> inputs' -ForEach @(
            @{ Kind = 'hashtable'; Make = { param($id) @{ AppId = $id; NamespaceId = 'cn-hangzhou:demo' } } }
            @{ Kind = 'PSCustomObject'; Make = { param($id) [pscustomobject]@{ AppId = $id; NamespaceId = 'cn-hangzhou:demo' } } }
            @{ Kind = 'lower-case keys'; Make = { param($id) @{ appid = $id; namespaceid = 'cn-hangzhou:demo' } } }
        ) {
            $order = @($Ids.DemoWeb, $Ids.DemoOrder) | ForEach-Object { & $Make $_ } | Start-SaeApplication @Common
            $order.AppIds | Should -Be @($Ids.DemoWeb, $Ids.DemoOrder)
            $order.NamespaceId | Should -Be 'cn-hangzhou:demo'
        }

        It 'takes id strings with -NamespaceId' {
            $order = $Ids.StagingWeb, $Ids.StagingOrder | Start-SaeApplication -NamespaceId cn-hangzhou:staging @Common
            $order.AppIds | Should -Be @($Ids.StagingWeb, $Ids.StagingOrder)
        }

        It 'takes -AppId and -NamespaceId on the command line' {
            $order = Start-SaeApplication $Ids.StagingWeb, $Ids.StagingOrder -NamespaceId cn-hangzhou:staging @Common
            $order.AppIds | Should -Be @($Ids.StagingWeb, $Ids.StagingOrder)
        }

        It 'sends an application given twice once' {
            $order = $Ids.DemoWeb, $Ids.DemoWeb, $Ids.DemoOrder | Start-SaeApplication -NamespaceId cn-hangzhou:demo @Common
            $order.AppIds | Should -Be @($Ids.DemoWeb, $Ids.DemoOrder)
            (Get-Starts)[0].appIds | Should -Be @($Ids.DemoWeb, $Ids.DemoOrder)
        }
    }

    Context 'a whole namespace' {
        It 'starts every application of the namespace with -NamespaceId alone and -Force' {
            $order = Start-SaeApplication -NamespaceId cn-hangzhou:demo -Force @Common
            $order.AppIds | Should -HaveCount 0
            (Get-Starts)[0].query.PSObject.Properties.Name | Should -Not -Contain 'AppIds'
            $state = Get-SaeEmulatorState $Emulator
            ($state.applications | Where-Object namespaceId -EQ 'cn-hangzhou:demo').startedBy | Should -Be @($order.ChangeOrderId, $order.ChangeOrderId, $order.ChangeOrderId)
        }

        It 'never starts a whole namespace because the pipeline was empty' {
            @() | Start-SaeApplication -NamespaceId cn-hangzhou:demo @Common
            Get-SaeApplication -Name 'no-such-app*' cn-hangzhou:demo @Common | Start-SaeApplication -NamespaceId cn-hangzhou:demo -Force @Common
            Get-Starts | Should -HaveCount 0
        }
    }

    Context '-WhatIf' {
        It 'makes no call and needs no credentials' {
            $output = $Ids.DemoWeb, $Ids.DemoOrder | Start-SaeApplication -NamespaceId cn-hangzhou:demo -Endpoint $Emulator.Endpoint -WhatIf
            $output | Should -BeNullOrEmpty
            Get-Starts | Should -HaveCount 0
        }

        It 'makes no call for a whole namespace' {
            Start-SaeApplication -NamespaceId cn-hangzhou:demo -Force -WhatIf @Common
            Get-Starts | Should -HaveCount 0
        }
    }

    Context 'SAE error codes become ErrorRecords' {
        It '<Code> becomes one <Category> error per application' -ForEach @(
            @{ Code = 'user.indebt'; Category = 'PermissionDenied'; Run = { Get-SaeApplication cn-hangzhou:billing @Common | Start-SaeApplication @Common }; Apps = 2 }
            @{ Code = 'System.Upgrading'; Category = 'ResourceUnavailable'; Run = { Start-SaeApplication -AppId $Ids.Upgrading -NamespaceId cn-shanghai:upgrading -MaximumRetryCount 1 @Common }; Apps = 1 }
            @{ Code = 'InvalidParameter.Obviously'; Category = 'InvalidArgument'; Run = { Start-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:demo -Version ('v' * 65) @Common }; Apps = 1 }
            @{ Code = 'Invalid.App.List.Not.Same.Namespace'; Category = 'InvalidArgument'; Run = { Start-SaeApplication -AppId $Ids.DemoWeb, $Ids.DemoOrder -NamespaceId cn-hangzhou:staging @Common }; Apps = 2 }
            @{ Code = 'InvalidAppId.NotFound'; Category = 'ObjectNotFound'; Run = { Start-SaeApplication -AppId 'ffffffff-0000-4000-8000-000000000000' -NamespaceId cn-hangzhou:demo @Common }; Apps = 1 }
            @{ Code = 'InvalidNamespaceId.NotFound'; Category = 'ObjectNotFound'; Run = { Start-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:nowhere @Common }; Apps = 1 }
        ) {
            $result = Invoke-Collecting $Run
            $result.Output | Should -HaveCount 0
            $result.Errors | Should -HaveCount $Apps
            foreach ($record in $result.Errors) {
                $record.FullyQualifiedErrorId | Should -BeLike "$Code,SaePowerShell.Commands.StartSaeApplicationCommand"
                $record.CategoryInfo.Category | Should -Be $Category
                $record.Exception | Should -BeOfType SaePowerShell.SaeServiceException
                $record.Exception.Code | Should -Be $Code
                $record.Exception.HttpStatus | Should -BeGreaterOrEqual 400
                $record.Exception.RequestId | Should -Not -BeNullOrEmpty
                $record.Exception.TraceId | Should -Not -BeNullOrEmpty
                $record.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
                $record.TargetObject | Should -Not -BeNullOrEmpty
            }
        }

        It 'Mamespace.Have.No.Applications for a whole namespace that is empty' {
            $result = Invoke-Collecting { Start-SaeApplication -NamespaceId cn-hangzhou:empty -Force @Common }
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'Mamespace.Have.No.Applications,*'
            $result.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $result.Errors[0].TargetObject | Should -Be 'cn-hangzhou:empty'
        }

        It 'retries System.Upgrading and then gives up' {
            Start-SaeApplication -AppId $Ids.Upgrading -NamespaceId cn-shanghai:upgrading -MaximumRetryCount 2 @Common -ErrorAction SilentlyContinue
            Get-Starts | Should -HaveCount 3
        }

        It 'does not retry user.indebt' {
            Start-SaeApplication -AppId $Ids.BillingInv -NamespaceId cn-hangzhou:billing -MaximumRetryCount 3 @Common -ErrorAction SilentlyContinue
            Get-Starts | Should -HaveCount 1
        }

        It 'puts the input object itself in TargetObject' {
            $apps = Get-SaeApplication cn-hangzhou:billing @Common
            $result = Invoke-Collecting { $apps | Start-SaeApplication @Common }
            $result.Errors.TargetObject.AppId | Should -Be $apps.AppId
            $result.Errors[0].TargetObject | Should -BeOfType SaePowerShell.SaeApplication
        }

        It 'keeps going with the other namespaces after a failure' {
            $result = Invoke-Collecting { Get-SaeApplication -RegionId cn-hangzhou @Common | Start-SaeApplication @Common }
            $result.Output.NamespaceId | Should -Be @('cn-hangzhou', 'cn-hangzhou:demo', 'cn-hangzhou:staging', 'cn-hangzhou:canary')
            $result.Errors | Should -HaveCount 2
        }

        It 'throws a catchable SaeServiceException with -ErrorAction Stop' {
            $caught = $null
            try {
                Start-SaeApplication -AppId $Ids.BillingInv -NamespaceId cn-hangzhou:billing @Common -ErrorAction Stop
            } catch [SaePowerShell.SaeServiceException] {
                $caught = $_
            }
            $caught | Should -Not -BeNullOrEmpty
            $caught.Exception.Code | Should -Be 'user.indebt'
            $caught.FullyQualifiedErrorId | Should -BeLike 'user.indebt,*'
        }

        It 'is silent with -ErrorAction SilentlyContinue and still starts the rest' {
            $orders = Get-SaeApplication -RegionId cn-hangzhou @Common | Start-SaeApplication @Common -ErrorAction SilentlyContinue
            $orders.NamespaceId | Should -Be @('cn-hangzhou', 'cn-hangzhou:demo', 'cn-hangzhou:staging', 'cn-hangzhou:canary')
        }
    }

    Context 'bad input' {
        It 'rejects <Name> with <ErrorId> and starts the good ones' -ForEach @(
            @{ Name = 'an empty id'; Value = ''; ErrorId = 'InvalidAppId' }
            @{ Name = 'a blank id'; Value = '   '; ErrorId = 'InvalidAppId' }
            @{ Name = 'an id with a comma'; Value = 'a,b'; ErrorId = 'InvalidAppId' }
            @{ Name = 'an id with a control character'; Value = "ab`tc"; ErrorId = 'InvalidAppId' }
            @{ Name = 'a huge id'; Value = ('x' * 100000); ErrorId = 'InvalidAppId' }
            @{ Name = 'null'; Value = $null; ErrorId = 'NullInput' }
            @{ Name = 'an object without AppId'; Value = [pscustomobject]@{ Name = 'x'; NamespaceId = 'cn-hangzhou:demo' }; ErrorId = 'MissingAppId' }
            @{ Name = 'a hashtable without AppId'; Value = @{ Id = 'x' }; ErrorId = 'MissingAppId' }
            @{ Name = 'an AppId that is not a string'; Value = @{ AppId = @('a', 'b') }; ErrorId = 'InvalidAppId' }
            @{ Name = 'a number'; Value = 42; ErrorId = 'InvalidInputType' }
            @{ Name = 'an object from another namespace than -NamespaceId'; Value = @{ AppId = 'x'; NamespaceId = 'cn-hangzhou:staging' }; ErrorId = 'NamespaceMismatch' }
            @{ Name = 'a 10 MB string'; Value = ('a' * 10MB); ErrorId = 'InvalidAppId' }
            @{ Name = 'an id with a newline'; Value = "ab`ncd"; ErrorId = 'InvalidAppId' }
            @{ Name = 'an id with a leading space'; Value = ' abc'; ErrorId = 'InvalidAppId' }
            @{ Name = 'an id one character too long'; Value = ('x' * 129); ErrorId = 'InvalidAppId' }
            @{ Name = 'a boolean'; Value = $true; ErrorId = 'InvalidInputType' }
            @{ Name = 'a script block'; Value = { 'app' }; ErrorId = 'InvalidInputType' }
            @{ Name = 'a date'; Value = [datetime]::new(2026, 1, 1); ErrorId = 'InvalidInputType' }
            @{ Name = 'an empty hashtable'; Value = @{}; ErrorId = 'MissingAppId' }
            @{ Name = 'a hashtable whose AppId is null'; Value = @{ AppId = $null; NamespaceId = 'cn-hangzhou:demo' }; ErrorId = 'MissingAppId' }
            @{ Name = 'an object whose AppId is empty'; Value = [pscustomobject]@{ AppId = ''; NamespaceId = 'cn-hangzhou:demo' }; ErrorId = 'InvalidAppId' }
            @{ Name = 'an AppId that is a number'; Value = @{ AppId = 5 }; ErrorId = 'InvalidAppId' }
            @{ Name = 'an AppId that is a nested object'; Value = [pscustomobject]@{ AppId = [pscustomobject]@{ Id = 'x' } }; ErrorId = 'InvalidAppId' }
        ) {
            $inputs = @($Ids.DemoWeb, $Value, $Ids.DemoOrder)
            $result = Invoke-Collecting { $inputs | Start-SaeApplication -NamespaceId cn-hangzhou:demo @Common }
            $result.Output | Should -HaveCount 1
            $result.Output[0].AppIds | Should -Be @($Ids.DemoWeb, $Ids.DemoOrder)
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
            $result.Errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $result.Errors[0].Exception.Message.Length | Should -BeLessThan 400
        }

        It 'rejects bad ids given on the command line, one error each, and starts the good one' {
            $result = Invoke-Collecting { Start-SaeApplication -AppId '', ('b' * 10MB), 'c,d', $null, $Ids.DemoWeb -NamespaceId cn-hangzhou:demo @Common }
            $result.Output.AppIds | Should -Be @($Ids.DemoWeb)
            $result.Errors | Should -HaveCount 4
        }

        It 'rejects a blank or malformed -NamespaceId for a whole namespace' {
            (Invoke-Collecting { Start-SaeApplication -NamespaceId ' ' -Force @Common }).Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidNamespaceId,*'
            (Invoke-Collecting { Start-SaeApplication -NamespaceId 'a,b' -Force @Common }).Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidNamespaceId,*'
            Get-Starts | Should -HaveCount 0
        }

        It 'names the offending value in the message' {
            $result = Invoke-Collecting { 'bad,id' | Start-SaeApplication -NamespaceId cn-hangzhou:demo @Common }
            $result.Errors[0].Exception.Message | Should -BeLike "*'bad,id'*"
            $result.Errors[0].TargetObject | Should -Be 'bad,id'
        }

        It 'says when no namespace is known' {
            $result = Invoke-Collecting { $Ids.DemoWeb | Start-SaeApplication @Common }
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'NamespaceUnknown,*'
            $result.Errors[0].Exception.Message | Should -BeLike "*$($Ids.DemoWeb)*-NamespaceId*"
            Get-Starts | Should -HaveCount 0
        }

        It 'refuses an application given with two namespaces, and only that one' {
            $inputs = @(
                @{ AppId = $Ids.DemoWeb; NamespaceId = 'cn-hangzhou:demo' }
                @{ AppId = $Ids.DemoOrder; NamespaceId = 'cn-hangzhou:demo' }
                @{ AppId = $Ids.DemoWeb; NamespaceId = 'cn-hangzhou:staging' }
            )
            $result = Invoke-Collecting { $inputs | Start-SaeApplication @Common }
            $result.Output.AppIds | Should -Be @($Ids.DemoOrder)
            $result.Errors | Should -HaveCount 2
            $result.Errors | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'ConflictingNamespace,*' }
        }
    }

    Context 'accounting' {
        It 'accounts for every application exactly once: in one change order or in one error' {
            $good = Get-SaeApplication -RegionId cn-hangzhou @Common
            $bad = @('', 'x,y', @{ AppId = 'z' }, $Ids.StagingWeb)   # the last has no namespace of its own: -NamespaceId is not given
            $inputs = @($good) + $bad + @(Get-SaeApplication cn-shanghai:upgrading @Common)
            $result = Invoke-Collecting { $inputs | Start-SaeApplication @Common -MaximumRetryCount 0 }

            $started = @($result.Output | ForEach-Object AppIds)
            $failed = @($result.Errors | ForEach-Object { $_.TargetObject })
            ($started.Count + $failed.Count) | Should -Be $inputs.Count
            $started | Group-Object | Where-Object Count -GT 1 | Should -BeNullOrEmpty
            ($result.Errors | Where-Object { $_.FullyQualifiedErrorId -like 'user.indebt,*' }) | Should -HaveCount 2
            ($result.Errors | Where-Object { $_.FullyQualifiedErrorId -like 'System.Upgrading,*' }) | Should -HaveCount 1

            $state = Get-SaeEmulatorState $Emulator
            $state.applications | Where-Object { $_.startedBy.Count -gt 1 } | Should -BeNullOrEmpty
        }

        It 'splits a namespace whose AppIds would make too long a query, and still starts each app once' {
            $apps = 1..150 | ForEach-Object { @{ appId = ('{0:x8}-1111-4000-8000-000000000000' -f $_); appName = "app-$_"; namespaceId = 'cn-hangzhou:big'; instances = 1; runningInstances = 0; status = 'STOPPED' } }
            Set-SaeEmulatorSeed $Emulator @{ changeOrderDelayMs = 100; namespaces = @(@{ namespaceId = 'cn-hangzhou:big'; namespaceName = 'Big'; regionId = 'cn-hangzhou' }); applications = $apps }

            $orders = Get-SaeApplication cn-hangzhou:big @Common | Start-SaeApplication @Common

            $orders.Count | Should -BeGreaterThan 1
            ($orders | ForEach-Object AppIds | Sort-Object -Unique) | Should -HaveCount 150
            (Get-Starts).Count | Should -Be $orders.Count
            (Get-SaeEmulatorState $Emulator).applications | ForEach-Object { $_.startedBy | Should -HaveCount 1 }
        }
    }
}
