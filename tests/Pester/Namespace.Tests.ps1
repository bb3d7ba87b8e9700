BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }

    function New-Scratch([string] $Name) {
        New-SaeNamespace "cn-hangzhou:$Name" @Common | Out-Null
    }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'New-SaeNamespace' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'creates namespaces piped in as ids, one CreateNamespace each, and writes them as SaeNamespace objects' {
        $made = 'cn-hangzhou:qa', 'cn-shanghai:qa' | New-SaeNamespace -Description 'QA' @Common
        $made | Should -HaveCount 2
        $made[0] | Should -BeOfType SaePowerShell.SaeNamespace
        $made[0].NamespaceId | Should -Be 'cn-hangzhou:qa'
        $made[0].NamespaceName | Should -Be 'qa'
        $made[0].Description | Should -Be 'QA'
        $made[1].RegionId | Should -Be 'cn-shanghai'
        @(Get-SaeEmulatorRequest $Emulator -Api CreateNamespace) | Should -HaveCount 2
        @(Get-SaeNamespace -RegionId cn-shanghai @Common).NamespaceId | Should -Contain 'cn-shanghai:qa'
    }

    It 'an id already taken is SAE''s refusal for that one; a bare region id is an error naming it before any call; the rest go on' {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { 'cn-hangzhou:demo', 'cn-hangzhou', 'cn-hangzhou:fresh' | New-SaeNamespace -Name Fresh @Common }
        $result.Output.NamespaceId | Should -Be 'cn-hangzhou:fresh'
        $result.Errors | Should -HaveCount 2
        $result.Errors[0].TargetObject | Should -Be 'cn-hangzhou:demo'
        $result.Errors[1].FullyQualifiedErrorId | Should -BeLike 'InvalidNamespaceId,*'
        $result.Errors[1].Exception.Message | Should -BeLike "*'cn-hangzhou'*"
        @(Get-SaeEmulatorRequest $Emulator -Api CreateNamespace) | Should -HaveCount 2
    }

    It '-WhatIf creates nothing and sends nothing' {
        Clear-SaeEmulatorRequest $Emulator
        New-SaeNamespace cn-hangzhou:sandbox -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
    }

    It 'a create whose answer is lost after it took effect is looked up by id: one CreateNamespace, no error, the namespace written' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateNamespace'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { New-SaeNamespace cn-hangzhou:sandbox -Name Sandbox @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output.NamespaceName | Should -Be 'Sandbox'
        @(Get-SaeEmulatorRequest $Emulator -Api CreateNamespace) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeNamespace) | Should -HaveCount 1
    }

    It 'a create lost before it arrived is sent once more, after the look-up finds no namespace' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateNamespace'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { New-SaeNamespace cn-hangzhou:sandbox @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api CreateNamespace) | Should -HaveCount 2
    }
}

Describe 'Set-SaeNamespace' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'changes the description and keeps the name: one DescribeNamespace and one UpdateNamespace, the name sent as it was' {
        New-Scratch 'scratch'
        Clear-SaeEmulatorRequest $Emulator
        $after = Set-SaeNamespace cn-hangzhou:scratch -Description 'kept for a week' @Common
        $after.Description | Should -Be 'kept for a week'
        $after.NamespaceName | Should -Be 'scratch'
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeNamespace) | Should -HaveCount 1
        $update = @(Get-SaeEmulatorRequest $Emulator -Api UpdateNamespace)
        $update | Should -HaveCount 1
        $update[0].query.NamespaceName | Should -Be 'scratch'
        (Invoke-SaeApi DescribeNamespace @{ NamespaceId = 'cn-hangzhou:scratch' } -RegionId cn-hangzhou @Common).NamespaceDescription | Should -Be 'kept for a week'
    }

    It 'sends nothing when nothing would change, and -WhatIf sends no change' {
        New-Scratch 'scratch'
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeNamespace cn-hangzhou:scratch -Name scratch @Common | Out-Null
        Set-SaeNamespace cn-hangzhou:scratch -Name renamed -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateNamespace) | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeNamespace) | Should -HaveCount 2
    }

    It 'takes namespaces from Get-SaeNamespace; an unknown one is an error naming it, and the next goes on' {
        New-Scratch 'scratch-a'
        New-Scratch 'scratch-b'
        $result = Invoke-Collecting { @('cn-hangzhou:nosuch') + @(Get-SaeNamespace -RegionId cn-hangzhou 'cn-hangzhou:scratch-*' @Common) | Set-SaeNamespace -EnableMicroRegistration $false @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].TargetObject | Should -Be 'cn-hangzhou:nosuch'
        $result.Output | Should -HaveCount 2
        $result.Output.EnableMicroRegistration | Should -Be @($false, $false)
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateNamespace) | Should -HaveCount 2
    }

    It 'a change whose answer is lost after it took effect is read back: one UpdateNamespace, no error' {
        New-Scratch 'scratch'
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateNamespace'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Set-SaeNamespace cn-hangzhou:scratch -Name Renamed @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output.NamespaceName | Should -Be 'Renamed'
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateNamespace) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeNamespace) | Should -HaveCount 2
    }

    It 'a change lost before it arrived is "outcome unknown", never sent again' {
        New-Scratch 'scratch'
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateNamespace'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { Set-SaeNamespace cn-hangzhou:scratch -Name Renamed @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'OutcomeUnknown*'
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateNamespace) | Should -HaveCount 1
    }
}

Describe 'Remove-SaeNamespace' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'deletes empty namespaces, piped from Get-SaeNamespace, one DeleteNamespace each' {
        New-Scratch 'scratch-a'
        New-Scratch 'scratch-b'
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeNamespace -RegionId cn-hangzhou @Common | Where-Object NamespaceId -Like 'cn-hangzhou:scratch-*' | Remove-SaeNamespace -Force @Common
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteNamespace) | Should -HaveCount 2
        @(Get-SaeNamespace -RegionId cn-hangzhou @Common | Where-Object NamespaceId -Like 'cn-hangzhou:scratch-*') | Should -HaveCount 0
    }

    It 'a namespace that still has applications is SAE''s refusal, one clear error for it, and the next goes on' {
        New-Scratch 'scratch'
        $result = Invoke-Collecting { 'cn-hangzhou:billing', 'cn-hangzhou:scratch' | Remove-SaeNamespace -Force @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'Namespace.AppExists,*'
        $result.Errors[0].TargetObject | Should -Be 'cn-hangzhou:billing'
        $result.Errors[0].ErrorDetails.RecommendedAction | Should -BeLike '*delete them first*'
        @(Get-SaeNamespace -RegionId cn-hangzhou @Common).NamespaceId | Should -Contain 'cn-hangzhou:billing'
        @(Get-SaeNamespace -RegionId cn-hangzhou @Common).NamespaceId | Should -Not -Contain 'cn-hangzhou:scratch'
    }

    It '-WhatIf, and -Force with -WhatIf, send nothing; a malformed id is an error naming it, with nothing sent' {
        New-Scratch 'scratch'
        Clear-SaeEmulatorRequest $Emulator
        Remove-SaeNamespace cn-hangzhou:scratch -WhatIf @Common
        Remove-SaeNamespace cn-hangzhou:scratch -Force -WhatIf @Common
        $result = Invoke-Collecting { Remove-SaeNamespace 'cn-hangzhou::scratch' -Force @Common; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors[0].Exception.Message | Should -BeLike '*cn-hangzhou::scratch*'
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
        (Get-Command Remove-SaeNamespace).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }

    It 'a delete whose answer is lost after it took effect is looked up: one DeleteNamespace, no error' {
        New-Scratch 'scratch'
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeleteNamespace'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Remove-SaeNamespace cn-hangzhou:scratch -Force @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteNamespace) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeNamespace) | Should -HaveCount 1
    }

    It 'a delete lost before it arrived is sent once more, after the look-up finds the namespace there' {
        New-Scratch 'scratch'
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeleteNamespace'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { Remove-SaeNamespace cn-hangzhou:scratch -Force @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteNamespace) | Should -HaveCount 2
        @(Get-SaeNamespace -RegionId cn-hangzhou @Common).NamespaceId | Should -Not -Contain 'cn-hangzhou:scratch'
    }
}
