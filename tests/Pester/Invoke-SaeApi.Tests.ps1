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

    It 'completes -Action from every official API' {
        $completions = (TabExpansion2 'Invoke-SaeApi -Action DescribeWebApp' 35).CompletionMatches.CompletionText
        $completions | Should -Contain 'DescribeWebApplication'
    }
}
