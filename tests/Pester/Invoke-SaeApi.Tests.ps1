BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 200
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    $script:WebApp = '0d1e2f3a-0000-4000-8000-000000000901'
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Invoke-SaeApi' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    Context 'with <Method>' -ForEach @(@{ Method = 'Acs3HmacSha256' }, @{ Method = 'RoaHmacSha1' }) {
        It 'calls a query-only API and writes its body without the envelope' {
            $answer = Invoke-SaeApi DescribeRegions -RegionId cn-hangzhou -SignatureMethod $Method @Common
            $answer.Regions.Region.RegionId | Should -Contain 'cn-hangzhou'
            $answer.PSObject.Properties.Name | Should -Not -Contain 'RequestId'
        }

        It 'sends a form body (TagResources), and the tags are there' {
            $app = Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common
            Invoke-SaeApi TagResources @{ RegionId = 'cn-hangzhou'; ResourceType = 'application'; ResourceIds = @($app.AppId); Tags = @(@{ Key = 'env'; Value = 'prod' }) } -SignatureMethod $Method -Confirm:$false @Common | Out-Null
            (Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common).Tags['env'] | Should -Be 'prod'
            $call = @(Get-SaeEmulatorRequest $Emulator -Api TagResources)
            $call | Should -HaveCount 1
            $call[0].status | Should -Be 200
        }

        It 'sends a JSON body (CreateConfigMap) and reads it back' {
            $created = Invoke-SaeApi CreateConfigMap @{ Name = "web-config-$Method".ToLowerInvariant(); Data = @{ LOG_LEVEL = 'info' } } -NamespaceId cn-hangzhou:demo -SignatureMethod $Method -Confirm:$false @Common
            $created.ConfigMapId | Should -BeGreaterThan 0
            $read = Invoke-SaeApi DescribeConfigMap @{ ConfigMapId = $created.ConfigMapId } -RegionId cn-hangzhou -SignatureMethod $Method @Common
            $read.Data.LOG_LEVEL | Should -Be 'info'
        }

        It 'puts a path parameter in the path (DescribeWebApplication, StartWebApplication)' {
            $web = Invoke-SaeApi DescribeWebApplication @{ ApplicationId = $WebApp } -NamespaceId cn-hangzhou:demo -SignatureMethod $Method @Common
            $web.ApplicationName | Should -Be 'web-gallery'
            Invoke-SaeApi StartWebApplication @{ ApplicationId = $WebApp; NamespaceId = 'cn-hangzhou:demo' } -SignatureMethod $Method -Confirm:$false @Common | Out-Null
            (Get-SaeEmulatorRequest $Emulator -Api StartWebApplication)[0].path | Should -Be "/pop/v2/api/web/application-ops/$WebApp/start"
        }
    }

    It 'follows every page with -All' {
        $all = @(Invoke-SaeApi ListApplications @{ NamespaceId = 'cn-hangzhou:demo'; PageSize = 1 } -All @Common)
        $expected = @(Get-SaeApplication cn-hangzhou:demo @Common)
        ($all.AppId | Sort-Object) | Should -Be ($expected.AppId | Sort-Object)
        @(Get-SaeEmulatorRequest $Emulator -Api ListApplications | Where-Object { $_.query.PageSize -eq '1' }) | Should -HaveCount $expected.Count
    }

    It 'sends nothing with -WhatIf' {
        Invoke-SaeApi StartWebApplication @{ ApplicationId = $WebApp; NamespaceId = 'cn-hangzhou:demo' } -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator -Api StartWebApplication) | Should -HaveCount 0
    }

    It 'reports <Case> as <ErrorId>, naming <Named>, and sends nothing' -ForEach @(
        @{ Case = 'an unknown action'; Action = 'ListApplication'; Parameter = @{}; ErrorId = 'UnknownAction'; Named = 'ListApplications' }
        @{ Case = 'an unknown parameter'; Action = 'ListApplications'; Parameter = @{ NamespaceIdd = 'cn-hangzhou:demo' }; ErrorId = 'UnknownParameter'; Named = 'NamespaceId' }
        @{ Case = 'a missing required parameter'; Action = 'RescaleApplication'; Parameter = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000201' }; ErrorId = 'MissingParameter'; Named = 'Replicas' }
        @{ Case = 'a value of the wrong type'; Action = 'RescaleApplication'; Parameter = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000201'; Replicas = 'three' }; ErrorId = 'InvalidParameterValue'; Named = 'Replicas' }
        @{ Case = '-All on an API that is not paged'; Action = 'DescribeRegions'; Parameter = @{}; ErrorId = 'NotPaged'; Named = 'DescribeRegions'; All = $true }
    ) {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { Invoke-SaeApi $Action $Parameter -RegionId cn-hangzhou -All:([bool]$All) -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $result.Errors[0].Exception.Message | Should -BeLike "*$Named*"
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
    }

    Context 'calls that act, and lost answers' {
        It '<Action>, a GET that acts, sends nothing with -WhatIf' -ForEach @(
            @{ Action = 'ExecJob'; Parameter = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000201' } }
            @{ Action = 'SuspendJob'; Parameter = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000201'; Suspend = $true } }
            @{ Action = 'ConfirmPipelineBatch'; Parameter = @{ PipelineId = 'e2e-pipeline'; Confirm = $true } }
        ) {
            Clear-SaeEmulatorRequest $Emulator
            Invoke-SaeApi $Action $Parameter -RegionId cn-hangzhou -WhatIf @Common
            @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
        }

        It 'a 500 after ExecJob is one request and a non-terminating OutcomeUnknown naming the job and the request id' {
            Set-SaeEmulatorFault $Emulator @(@{ api = 'ExecJob'; count = 1; fault = 'http:500' })
            $result = Invoke-Collecting { Invoke-SaeApi ExecJob @{ AppId = 'job-1' } -RegionId cn-hangzhou -Confirm:$false @Common; 'the script went on' }

            @(Get-SaeEmulatorRequest $Emulator -Api ExecJob) | Should -HaveCount 1
            $result.Output | Should -Be 'the script went on'
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -Be 'OutcomeUnknown,SaePowerShell.Commands.InvokeSaeApiCommand'
            $result.Errors[0].Exception.Message | Should -BeLike '*ExecJob for the job with AppId job-1*'
            $result.Errors[0].Exception.Message | Should -BeLike "*client request id $($result.Errors[0].Exception.ClientRequestId)*"
        }

        It 'a cut after <Action> (<Method>) took effect is one request and a non-terminating OutcomeUnknown; the next statement runs' -ForEach @(
            @{ Action = 'RescaleApplication'; Method = 'PUT'; Parameter = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000201'; Replicas = 2 }; Named = 'AppId 0d1e2f3a-0000-4000-8000-000000000201' }
            @{ Action = 'DeleteApplication'; Method = 'DELETE'; Parameter = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000202' }; Named = 'AppId 0d1e2f3a-0000-4000-8000-000000000202' }
        ) {
            Set-SaeEmulatorFault $Emulator @(@{ api = $Action; count = 1; fault = 'closeAfterEffect' })
            $result = Invoke-Collecting { Invoke-SaeApi $Action $Parameter -RegionId cn-hangzhou -Confirm:$false -Force @Common; 'the script went on' }

            $calls = @(Get-SaeEmulatorRequest $Emulator -Api $Action)
            $calls | Should -HaveCount 1
            $calls[0].method | Should -Be $Method
            $result.Output | Should -Be 'the script went on'
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -Be 'OutcomeUnknown,SaePowerShell.Commands.InvokeSaeApiCommand'
            $result.Errors[0].Exception.Message | Should -BeLike "*$Action for the application with $Named*"
            $result.Errors[0].Exception.Message | Should -BeLike '*Get-SaeChangeOrder -AppId*'
        }

        It 'a lost answer stops the script with -ErrorAction Stop, and try/catch gets OutcomeUnknown' {
            Set-SaeEmulatorFault $Emulator @(@{ api = 'RescaleApplication'; count = 1; fault = 'resetAfterEffect' })
            $caught = $null
            try {
                Invoke-SaeApi RescaleApplication @{ AppId = '0d1e2f3a-0000-4000-8000-000000000201'; Replicas = 2 } -RegionId cn-hangzhou -Confirm:$false -ErrorAction Stop @Common
                $reached = $true
            }
            catch { $caught = $_ }
            $reached | Should -BeNullOrEmpty
            $caught.FullyQualifiedErrorId | Should -Be 'OutcomeUnknown,SaePowerShell.Commands.InvokeSaeApiCommand'
            $caught.Exception | Should -BeOfType SaePowerShell.SaeOutcomeUnknownException
        }

        It 'a DELETE without -Force in a host that cannot ask is DeleteNeedsForce, naming -Force and the target, and sends nothing' {
            # A runbook's PowerShell: -NonInteractive, credentials from the environment.
            $env:ALIBABA_CLOUD_ACCESS_KEY_ID = $Emulator.Credential.UserName
            $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = $Emulator.Credential.GetNetworkCredential().Password
            try {
                $script = "Import-Module '$modulePath'; " +
                    "Invoke-SaeApi DeleteApplication @{ AppId = 'a-1' } -RegionId cn-hangzhou -Endpoint '$($Emulator.Endpoint)' -Confirm:`$false 2>&1 | " +
                    "ForEach-Object { `$_.FullyQualifiedErrorId + ' | ' + `$_.Exception.Message }; 'went on'"
                $said = @(Invoke-ChildPwsh @('-Command', $script))
            }
            finally {
                Remove-Item env:ALIBABA_CLOUD_ACCESS_KEY_ID, env:ALIBABA_CLOUD_ACCESS_KEY_SECRET -ErrorAction SilentlyContinue
            }
            $said[-1] | Should -Be 'went on'
            $said[0] | Should -BeLike 'DeleteNeedsForce,*'
            $said[0] | Should -BeLike '*-Force*'
            $said[0] | Should -BeLike '*AppId a-1*'
            @(Get-SaeEmulatorRequest $Emulator -Api DeleteApplication) | Should -HaveCount 0
        }

        It 'an API the emulator does not emulate is a 501, answered once and never called outcome unknown' {
            $result = Invoke-Collecting { Invoke-SaeApi DeleteGreyTagRoute @{ GreyTagRouteId = 1 } -RegionId cn-hangzhou -Confirm:$false -Force @Common }
            @(Get-SaeEmulatorRequest $Emulator -Api DeleteGreyTagRoute) | Should -HaveCount 1
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -Be 'Emulator.NotEmulated,SaePowerShell.Commands.InvokeSaeApiCommand'
            $result.Errors[0].CategoryInfo.Category | Should -Be 'NotImplemented'
            $result.Errors[0].ErrorDetails.RecommendedAction | Should -BeLike '*does not offer this API*'
        }
    }

    It 'completes -Action from every official API' {
        $completions = (TabExpansion2 'Invoke-SaeApi -Action DescribeWebApp' 35).CompletionMatches.CompletionText
        $completions | Should -Contain 'DescribeWebApplication'
    }
}
