BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    # -Wait with a first look after 0.2 s: the emulator's change orders end in well under a second.
    $script:Wait = @{ Wait = $true; PollIntervalSec = 0.2 }

    function Get-Web { Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web-frontend @Common }
    function Get-Sent { @(Get-SaeEmulatorRequest $Emulator | Where-Object api -NE DescribeChangeOrder).api }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Set-SaeApplication' {
    BeforeEach {
        Reset-SaeEmulator $Emulator
        Clear-SaeEmulatorRequest $Emulator
    }

    It 'reads the configuration once and makes each change through the narrowest API: <Case>' -TestCases @(
        @{ Case = 'replicas'; Given = @{ Replicas = 3 }; Calls = 'ListApplications', 'DescribeApplicationConfig', 'RescaleApplication' }
        @{ Case = 'CPU and memory'; Given = @{ Cpu = 2000; Memory = 4096 }; Calls = 'ListApplications', 'DescribeApplicationConfig', 'RescaleApplicationVertically' }
        @{ Case = 'the security group'; Given = @{ SecurityGroupId = 'sg-web' }; Calls = 'ListApplications', 'DescribeApplicationConfig', 'UpdateAppSecurityGroup' }
        @{ Case = 'the vSwitches'; Given = @{ VSwitchId = 'vsw-a,vsw-b' }; Calls = 'ListApplications', 'DescribeApplicationConfig', 'UpdateApplicationVswitches' }
        @{ Case = 'the description'; Given = @{ Description = 'the web tier' }; Calls = 'ListApplications', 'DescribeApplicationConfig', 'UpdateApplicationDescription' }
        @{ Case = 'the environment'; Given = @{ Environment = @{ LOG_LEVEL = 'debug' } }; Calls = 'ListApplications', 'DescribeApplicationConfig', 'DeployApplication' }
        @{ Case = 'replicas and CPU, one change order at a time'; Given = @{ Replicas = 3; Cpu = 2000; Memory = 4096 }; Calls = 'ListApplications', 'DescribeApplicationConfig', 'DeployApplication' }
        @{ Case = 'the description and replicas'; Given = @{ Description = 'the web tier'; Replicas = 3 }; Calls = 'ListApplications', 'DescribeApplicationConfig', 'UpdateApplicationDescription', 'RescaleApplication' }
    ) {
        Get-Web | Set-SaeApplication @Given @Wait @Common | Out-Null
        Get-Sent | Should -Be $Calls
        $config = Get-Web | Get-SaeApplicationConfig @Common
        if ($Given.Replicas) { $config.Replicas | Should -Be $Given.Replicas }
        if ($Given.Cpu) { $config.Cpu | Should -Be $Given.Cpu; $config.Memory | Should -Be $Given.Memory }
        if ($Given.SecurityGroupId) { $config.SecurityGroupId | Should -Be $Given.SecurityGroupId }
        if ($Given.VSwitchId) { $config.VSwitchId | Should -Be $Given.VSwitchId }
        if ($Given.Description) { $config.AppDescription | Should -Be $Given.Description }
        if ($Given.Environment) { $config.Environment.LOG_LEVEL | Should -Be 'debug' }
    }

    It 'a deploy carries only what changes, and the rest of the configuration stays as it was' {
        $before = Get-Web | Get-SaeApplicationConfig @Common
        Get-Web | Set-SaeApplication -Environment @{ LOG_LEVEL = 'debug' } -Replicas 3 @Wait @Common | Out-Null
        $deploy = @(Get-SaeEmulatorRequest $Emulator -Api DeployApplication)[0]
        @($deploy.query.PSObject.Properties.Name | Where-Object { $_ -in 'ImageUrl', 'Cpu', 'Memory', 'Command', 'Liveness' }) | Should -BeNullOrEmpty
        $deploy.query.Replicas | Should -Be '3'
        $after = Get-Web | Get-SaeApplicationConfig @Common
        $after.ImageUrl | Should -Be $before.ImageUrl
        $after.Cpu | Should -Be $before.Cpu
        $after.Liveness | Should -Be $before.Liveness
    }

    It 'sends nothing when nothing would change: the same values, and the same environment in another order' {
        Get-Web | Set-SaeApplication -Environment ([ordered]@{ B = '2'; A = '1' }) @Wait @Common | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        $config = Get-Web | Get-SaeApplicationConfig @Common
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { Get-Web | Set-SaeApplication -Replicas $config.Replicas -Cpu $config.Cpu -Memory $config.Memory -Environment ([ordered]@{ A = '1'; B = '2' }) @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output | Should -HaveCount 0
        Get-Sent | Should -Be 'ListApplications', 'DescribeApplicationConfig'
    }

    It '-WhatIf names the calls in order and makes none' {
        $transcript = Join-Path $TestDrive 'whatif.txt'
        Start-Transcript -Path $transcript | Out-Null
        try { Get-Web | Set-SaeApplication -Replicas 3 -Description 'the web tier' -WhatIf @Common } finally { Stop-Transcript | Out-Null }
        Get-Content $transcript -Raw | Should -BeLike '*What if*web-frontend*UpdateApplicationDescription (AppDescription); then RescaleApplication (Replicas)*'
        Get-Sent | Should -Be 'ListApplications', 'DescribeApplicationConfig'
    }

    It 'takes every application of a namespace from the pipeline; an unknown one is its own error, and the rest go on' {
        $result = Invoke-Collecting { @(Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common) + @([pscustomobject]@{ AppId = '0d1e2f3a-0000-4000-8000-00000000ffff'; NamespaceId = 'cn-hangzhou:demo' }) | Set-SaeApplication -Description 'demo' @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].TargetObject.AppId | Should -Be '0d1e2f3a-0000-4000-8000-00000000ffff'
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateApplicationDescription) | Should -HaveCount 3
    }

    It 'bad settings stop the command before any call, naming the problem: <Case>' -TestCases @(
        @{ Case = 'nothing to change'; Given = @{} ; Named = 'nothing to change' }
        @{ Case = 'a -Parameter the cmdlet sets'; Given = @{ Parameter = @{ Replicas = 2 } }; Named = 'Replicas' }
        @{ Case = 'a -Parameter a container value sets'; Given = @{ ImageUrl = 'registry.example.com/web:3'; Parameter = @{ imageurl = 'registry.example.com/web:4' } }; Named = '-Parameter names imageurl, which Set-SaeApplication sets from its own parameters' }
        @{ Case = 'an unknown -Parameter'; Given = @{ Parameter = @{ Timezon = 'UTC' } }; Named = 'Timezon' }
    ) {
        $web = Get-Web
        Clear-SaeEmulatorRequest $Emulator
        { $web | Set-SaeApplication @Given @Common } | Should -Throw -ExpectedMessage "*$Named*"
        @(Get-SaeEmulatorRequest $Emulator | Where-Object api -NE DescribeApplicationConfig) | Should -HaveCount 0
    }

    It 'an update whose answer is lost after it took effect is read back: one UpdateApplicationDescription, no error' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateApplicationDescription'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Get-Web | Set-SaeApplication -Description 'the web tier' @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateApplicationDescription) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeApplicationConfig) | Should -HaveCount 2
    }

    It 'an update lost before it arrived is "outcome unknown", and never sent again' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateAppSecurityGroup'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { Get-Web | Set-SaeApplication -SecurityGroupId sg-web @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'OutcomeUnknown*'
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateAppSecurityGroup) | Should -HaveCount 1
    }

    It 'a deploy whose answer is lost after it took effect is found among the application''s change orders: one DeployApplication' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeployApplication'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Get-Web | Set-SaeApplication -Environment @{ LOG_LEVEL = 'debug' } @Wait @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output[0].Status | Should -Be 'Succeeded'
        @(Get-SaeEmulatorRequest $Emulator -Api DeployApplication) | Should -HaveCount 1
    }
}
