BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }

    function New-Scratch([string] $Name) {
        Invoke-SaeApi CreateNamespace @{ NamespaceId = "cn-hangzhou:$Name"; NamespaceName = $Name } -RegionId cn-hangzhou -Confirm:$false -Force @Common | Out-Null
    }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
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
