BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Get-SaeApplication' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'lists a namespace as typed SaeApplication objects' {
        $apps = Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common
        $apps | Should -HaveCount 3
        $apps | ForEach-Object { $_ | Should -BeOfType SaePowerShell.SaeApplication }
        $apps.AppName | Should -Be @('web-frontend', 'order-api', 'payment-worker')
        $apps | ForEach-Object { $_.NamespaceId | Should -Be 'cn-hangzhou:demo'; $_.RegionId | Should -Be 'cn-hangzhou'; $_.Instances | Should -BeGreaterThan 0 }
    }

    It 'lists a whole region, scoped to that region' {
        $apps = Get-SaeApplication -RegionId cn-shanghai @Common
        ($apps.NamespaceId | Sort-Object -Unique) | Should -Be @('cn-shanghai:prod', 'cn-shanghai:upgrading')
    }

    It '-First ends the paging once it has its applications, -Skip leaves the first out, -IncludeTotalCount counts them all' {
        $apps = 1..250 | ForEach-Object { @{ appId = ('{0:x8}-3333-4000-8000-000000000000' -f $_); appName = "app-$_"; namespaceId = 'cn-hangzhou:big'; instances = 1; runningInstances = 0; status = 'STOPPED' } }
        Set-SaeEmulatorSeed $Emulator @{ namespaces = @(@{ namespaceId = 'cn-hangzhou:big'; namespaceName = 'Big'; regionId = 'cn-hangzhou' }); applications = $apps }
        # Pages of 100, so that the whole listing is three calls.
        Set-SaeEmulatorFault $Emulator @{ faults = @(@{ api = 'ListApplications'; count = 2; fault = 'error:InvalidParameter.Obviously' }) }
        $all = @(Get-SaeApplication cn-hangzhou:big @Common)
        Set-SaeEmulatorFault $Emulator @{ faults = @(@{ api = 'ListApplications'; count = 2; fault = 'error:InvalidParameter.Obviously' }) }
        Clear-SaeEmulatorRequest $Emulator

        $first = @(Get-SaeApplication cn-hangzhou:big -First 5 -Skip 98 @Common)

        $first.AppId | Should -Be @($all[98..102].AppId) -Because 'the window crosses from the first page into the second'
        @(Get-SaeEmulatorRequest $Emulator -Api ListApplications).query.CurrentPage | Should -Be @('1', '1', '1', '2') -Because 'two refused sizes, then two pages of 100 and no third'

        $counted = @(Get-SaeApplication cn-hangzhou:big -First 1 -IncludeTotalCount @Common)
        $counted[0].AppId | Should -Be $all[0].AppId
        [ulong] $counted[1] | Should -Be 250
    }

    It '-IncludeTotalCount is exact only when every listing was read: after an error it is an estimate' {
        $exact = @(Get-SaeApplication cn-hangzhou:demo -IncludeTotalCount @Common)
        $exact[-1].Accuracy | Should -Be 1.0
        [ulong] $exact[-1] | Should -Be 3

        $partial = @([pscustomobject] @{ NamespaceId = 'cn-hangzhou:demo' }, [pscustomobject] @{ NamespaceId = 'cn-hangzhou:nowhere' } | Get-SaeApplication -IncludeTotalCount -ErrorAction SilentlyContinue -ErrorVariable failed @Common)

        $failed | Should -HaveCount 1
        [ulong] $partial[-1] | Should -Be 3 -Because 'the namespace that could be read has three applications'
        $partial[-1].Accuracy | Should -BeLessThan 1.0
        $partial[-1].ToString() | Should -Match 'Estimated'

        $piped = @([pscustomobject] @{ NamespaceId = 'cn-hangzhou:demo' }, [pscustomobject] @{ NamespaceId = 'cn-hangzhou:staging' } | Get-SaeApplication -Skip 1 -First 3 @Common)
        $piped.AppName | Should -Be @('order-api', 'payment-worker', (Get-SaeApplication cn-hangzhou:staging @Common)[0].AppName) -Because 'piped namespaces are one window over the whole command'
    }

    It 'pages only the listings: the cmdlets whose table row pages take -First, and no other' {
        (Get-Command Get-SaeApplication, Get-SaeChangeOrder, Get-SaeJob, Get-SaeIngress | Where-Object { $_.Parameters.ContainsKey('First') }) | Should -HaveCount 4
        (Get-Command Start-SaeApplication, Get-SaeApplicationConfig, Get-SaeNamespace | Where-Object { $_.Parameters.ContainsKey('First') }) | Should -BeNullOrEmpty
    }

    It 'reads every page' {
        $apps = 1..250 | ForEach-Object { @{ appId = ('{0:x8}-2222-4000-8000-000000000000' -f $_); appName = "app-$_"; namespaceId = 'cn-hangzhou:big'; instances = 1; runningInstances = 0; status = 'STOPPED' } }
        Set-SaeEmulatorSeed $Emulator @{ namespaces = @(@{ namespaceId = 'cn-hangzhou:big'; namespaceName = 'Big'; regionId = 'cn-hangzhou' }); applications = $apps }
        # A service that refuses pages of 10,000 and of 1,000: the listing steps down to 100 and reads three pages.
        Set-SaeEmulatorFault $Emulator @{ faults = @(@{ api = 'ListApplications'; count = 2; fault = 'error:InvalidParameter.Obviously' }) }
        Clear-SaeEmulatorRequest $Emulator

        $listed = Get-SaeApplication cn-hangzhou:big @Common

        $listed | Should -HaveCount 250
        ($listed.AppId | Sort-Object -Unique) | Should -HaveCount 250
        (Get-SaeEmulatorRequest $Emulator -Api ListApplications).query.PageSize | Should -Be @('10000', '1000', '100', '100', '100')
    }

    It 'filters by name with wildcards' {
        (Get-SaeApplication -RegionId cn-hangzhou -Name '*-api' @Common).NamespaceId | Should -Be @('cn-hangzhou:demo', 'cn-hangzhou:staging')
    }

    It 'matches an exact name exactly, not as a substring' {
        Set-SaeEmulatorSeed $Emulator @{ namespaces = @(@{ namespaceId = 'cn-hangzhou:n' }); applications = @(
                @{ appId = 'a1'; appName = 'web'; namespaceId = 'cn-hangzhou:n'; instances = 1 }
                @{ appId = 'a2'; appName = 'web-2'; namespaceId = 'cn-hangzhou:n'; instances = 1 }) }
        (Get-SaeApplication cn-hangzhou:n -Name web @Common).AppId | Should -Be 'a1'
    }

    It 'gets applications by id and reports an id that is not there' {
        $result = Invoke-Collecting { Get-SaeApplication -RegionId cn-hangzhou -AppId $Ids.DemoWeb, 'ffffffff-0000-4000-8000-000000000000' @Common }
        $result.Output.AppId | Should -Be $Ids.DemoWeb
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $result.Errors[0].TargetObject | Should -Be 'ffffffff-0000-4000-8000-000000000000'
    }

    It 'reports an exact name that matches nothing, but not a wildcard' {
        (Invoke-Collecting { Get-SaeApplication cn-hangzhou:demo -Name nothing @Common }).Errors | Should -HaveCount 1
        (Invoke-Collecting { Get-SaeApplication cn-hangzhou:demo -Name 'nothing*' @Common }).Errors | Should -HaveCount 0
    }

    It 'reports an unknown namespace as a non-terminating ObjectNotFound error' {
        $result = Invoke-Collecting { Get-SaeApplication cn-hangzhou:nowhere @Common }
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidNamespaceId.NotFound,SaePowerShell.Commands.GetSaeApplicationCommand'
        $result.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'says how to set a region when none is known and no endpoint is given' {
        $result = Invoke-Collecting { Get-SaeApplication -Credential $Emulator.Credential }
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'NoRegion,*'
        $result.Errors[0].Exception.Message | Should -BeLike '*-RegionId*ALIBABA_CLOUD_REGION_ID*'
    }

    It 'lists the custom namespaces too (ContainCustom=true), and Get-SaeNamespace pipes into Get-SaeApplication' {
        Clear-SaeEmulatorRequest $Emulator
        $namespaces = Get-SaeNamespace -RegionId cn-hangzhou @Common
        $namespaces.NamespaceId | Should -Contain 'cn-hangzhou'
        $namespaces.NamespaceId | Should -Contain 'cn-hangzhou:demo'
        ($namespaces | Where-Object Custom).Count | Should -BeGreaterThan 0
        (Get-SaeEmulatorRequest $Emulator -Api DescribeNamespaceList)[0].query.ContainCustom | Should -Be 'true'

        $apps = $namespaces | Get-SaeApplication @Common
        ($apps.NamespaceId | Sort-Object -Unique) | Should -Contain 'cn-hangzhou:demo'
    }

    It 'completes -NamespaceId from the region typed, whatever the session''s region' {
        Connect-SaeAccount -Credential $Emulator.Credential -Endpoint $Emulator.Endpoint -RegionId cn-hangzhou | Out-Null
        try {
            $line = 'Get-SaeApplication -NamespaceId cn-shanghai:'
            $completions = (TabExpansion2 $line $line.Length).CompletionMatches.CompletionText
            $completions | Should -Contain 'cn-shanghai:prod'
            $completions | Where-Object { $_ -notlike 'cn-shanghai*' } | Should -BeNullOrEmpty
        } finally {
            Disconnect-SaeAccount
        }
    }

    It 'lists several piped namespaces of a region with one region-wide call, in the same output as one listing each' {
        $namespaces = Get-SaeNamespace -RegionId cn-hangzhou @Common
        $one = foreach ($ns in $namespaces) { Get-SaeApplication $ns.NamespaceId @Common }
        Clear-SaeEmulatorRequest $Emulator

        $piped = $namespaces | Get-SaeApplication @Common

        $piped.AppId | Should -Be $one.AppId
        @(Get-SaeEmulatorRequest $Emulator -Api ListApplications) | Should -HaveCount 1
        (Get-SaeEmulatorRequest $Emulator -Api ListApplications)[0].query.PageSize | Should -Be '10000'
        # A namespace without applications is checked to exist: one namespace listing at most, for the whole region.
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeNamespaceList).Count | Should -BeLessOrEqual 1
        @($namespaces).Count | Should -BeGreaterThan 2
    }

    It 'still reports a piped namespace that does not exist, at the cost of one namespace listing' {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { 'cn-hangzhou:demo', 'cn-hangzhou:nosuch' | ForEach-Object { [pscustomobject]@{ NamespaceId = $_ } } | Get-SaeApplication @Common }

        @($result.Output | Where-Object NamespaceId -NE 'cn-hangzhou:demo') | Should -BeNullOrEmpty
        $result.Output | Should -Not -BeNullOrEmpty
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidNamespaceId.NotFound,*'
        $result.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        @(Get-SaeEmulatorRequest $Emulator -Api ListApplications) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeNamespaceList) | Should -HaveCount 1
    }

    It 'asks for pages of 10,000, and steps down when the service refuses that size' {
        Set-SaeEmulatorFault $Emulator @{ faults = @(@{ api = 'ListApplications'; count = 1; fault = 'error:InvalidParameter.Obviously' }) }
        Clear-SaeEmulatorRequest $Emulator

        $apps = Get-SaeApplication cn-hangzhou:demo @Common -Verbose 4>&1 | Where-Object { $_ -is [SaePowerShell.SaeApplication] }

        $apps | Should -Not -BeNullOrEmpty
        (Get-SaeEmulatorRequest $Emulator -Api ListApplications).query.PageSize | Should -Be @('10000', '1000')
    }

    It 'takes namespaces from the pipeline by property name' {
        $apps = [pscustomobject]@{ NamespaceId = 'cn-hangzhou:staging' }, [pscustomobject]@{ NamespaceId = 'cn-shanghai:prod' } | Get-SaeApplication @Common
        $apps | Should -HaveCount 5
    }
}

Describe 'Malformed namespace ids' {
    BeforeEach { Reset-SaeEmulator $Emulator; Clear-SaeEmulatorRequest $Emulator }

    It 'a malformed namespace id is one error naming the value before any call: <Id> to <Cmdlet>' -ForEach @(
        foreach ($id in 'cn-hangzhou::demo', 'cn-hangzhou:', ':demo') {
            @{ Id = $id; Cmdlet = 'Get-SaeApplication'; Run = { Get-SaeApplication -NamespaceId $Id @Common } }
            @{ Id = $id; Cmdlet = 'Get-SaeApplicationVersion'; Run = { Get-SaeApplicationVersion -AppId 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId $Id @Common } }
            @{ Id = $id; Cmdlet = 'Get-SaeChangeOrder'; Run = { Get-SaeChangeOrder -AppId 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId $Id @Common } }
            @{ Id = $id; Cmdlet = 'Wait-SaeChangeOrder'; Run = { Wait-SaeChangeOrder -ChangeOrderId 01db03d3-3ee9-48b3-b3d0-dfce2d880000 -NamespaceId $Id @Common } }
            @{ Id = $id; Cmdlet = 'Get-SaeInstanceLog'; Run = { Get-SaeInstanceLog -InstanceId web-1 -NamespaceId $Id @Common } }
            @{ Id = $id; Cmdlet = 'Start-SaeApplication'; Run = { Start-SaeApplication -AppId 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId $Id @Common } }
        }
    ) {
        $result = Invoke-Collecting { & $Run; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidNamespaceId,*'
        $result.Errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $result.Errors[0].Exception.Message | Should -BeLike "*'$Id'*"
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
    }
}

Describe 'Credentials and endpoint settings' {
    BeforeAll {
        $script:Key = $Emulator.Credential.GetNetworkCredential()
    }

    AfterEach {
        foreach ($name in 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_REGION_ID', 'ALIBABA_CLOUD_SAE_ENDPOINT') {
            Remove-Item "env:$name" -ErrorAction SilentlyContinue
        }
    }

    It 'uses the SDK environment variables for credentials, region and endpoint' {
        $env:ALIBABA_CLOUD_ACCESS_KEY_ID = $Key.UserName
        $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = $Key.Password
        $env:ALIBABA_CLOUD_REGION_ID = 'cn-shanghai'
        $env:ALIBABA_CLOUD_SAE_ENDPOINT = $Emulator.Endpoint.ToString()
        (Get-SaeApplication).NamespaceId | Sort-Object -Unique | Should -Be @('cn-shanghai:prod', 'cn-shanghai:upgrading')
    }

    It 'fails with a terminating NoCredentials error before making any call' {
        Clear-SaeEmulatorRequest $Emulator
        { Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint } | Should -Throw -ErrorId 'NoCredentials,SaePowerShell.Commands.GetSaeApplicationCommand'
        { 'x' | Start-SaeApplication -NamespaceId cn-hangzhou:demo -Endpoint $Emulator.Endpoint } | Should -Throw -ErrorId 'NoCredentials,*'
        Get-SaeEmulatorRequest $Emulator | Should -BeNullOrEmpty
    }

    It 'reports a wrong secret as SignatureDoesNotMatch, an AuthenticationError' {
        $wrong = [pscredential]::new($Key.UserName, (ConvertTo-SecureString 'not-the-secret' -AsPlainText -Force))
        $result = Invoke-Collecting { Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint -Credential $wrong }
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'SignatureDoesNotMatch,*'
        $result.Errors[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
    }

    It 'reports an unknown AccessKey id as InvalidAccessKeyId.NotFound' {
        $unknown = [pscredential]::new('LTAI-unknown', (ConvertTo-SecureString 'x' -AsPlainText -Force))
        $result = Invoke-Collecting { Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint -Credential $unknown }
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidAccessKeyId.NotFound,*'
        $result.Errors[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
    }

    It 'never writes the secret to the verbose, debug or error streams' {
        $wrong = [pscredential]::new($Key.UserName, (ConvertTo-SecureString 'SECRET-MARKER-123' -AsPlainText -Force))
        $all = & {
            $ErrorActionPreference = 'Continue'
            Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential -Verbose -Debug
            Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint -Credential $wrong -Verbose -Debug -MaximumRetryCount 0
            Start-SaeApplication -AppId $Ids.DemoWeb -NamespaceId cn-hangzhou:demo -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential -Verbose -Debug
        } *>&1 | Out-String -Width 400
        $all | Should -Match 'Using AccessKey LTAI\*+rKey from -Credential'
        $all | Should -Not -Match ([regex]::Escape($Key.Password))
        $all | Should -Not -Match 'SECRET-MARKER-123'
        $all | Should -Not -Match ([regex]::Escape($Key.UserName))
    }
}
