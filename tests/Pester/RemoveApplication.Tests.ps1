BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    # -Wait with a first look after 0.2 s: the emulator's change orders end in well under a second.
    $script:Wait = @{ Wait = $true; PollIntervalSec = 0.2 }
    $script:Staging = @('0d1e2f3a-0000-4000-8000-000000000301', '0d1e2f3a-0000-4000-8000-000000000302')

    function Wait-Gone([string] $AppId) {
        foreach ($i in 1..100) {
            if (-not (Get-SaeApplication -RegionId cn-hangzhou @Common | Where-Object AppId -EQ $AppId)) { return $true }
            Start-Sleep -Milliseconds 100
        }
        $false
    }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Remove-SaeApplication' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'deletes piped applications, one DeleteApplication each; each is shown deleting, then is gone' {
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeApplication -NamespaceId cn-hangzhou:staging @Common | Remove-SaeApplication -Force @Common
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteApplication) | Should -HaveCount 2
        @(Get-SaeApplication -NamespaceId cn-hangzhou:staging @Common | Where-Object { -not $_.AppDeletingStatus }) | Should -HaveCount 0
        Wait-Gone $Staging[0] | Should -BeTrue
        Wait-Gone $Staging[1] | Should -BeTrue
        @(Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 3
    }

    It '-Wait returns when SAE has deleted them: the namespace is empty at once, and can be deleted next' {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { Get-SaeApplication -NamespaceId cn-hangzhou:staging @Common | Remove-SaeApplication -Force @Wait @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeChangeOrder).Count | Should -BeGreaterThan 1
        @(Get-SaeApplication -NamespaceId cn-hangzhou:staging @Common) | Should -HaveCount 0
        Remove-SaeNamespace cn-hangzhou:staging -Force @Common
        @(Get-SaeNamespace -RegionId cn-hangzhou @Common).NamespaceId | Should -Not -Contain 'cn-hangzhou:staging'
    }

    It 'a deleted application is SAE''s AppId refusal for the calls that name it' {
        Remove-SaeApplication -AppId $Staging[0] -NamespaceId cn-hangzhou:staging -Force @Common
        Wait-Gone $Staging[0] | Should -BeTrue
        $result = Invoke-Collecting { Start-SaeApplication -AppId $Staging[0] -NamespaceId cn-hangzhou:staging -Confirm:$false @Common; 'went on' }
        $result.Output[-1] | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result = Invoke-Collecting { Remove-SaeApplication -AppId $Staging[0] -NamespaceId cn-hangzhou:staging -Force @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidAppId.NotFound,*'
    }

    It '-WhatIf, and -Force with -WhatIf, send nothing that deletes; an application given twice is deleted once' {
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeApplication -NamespaceId cn-hangzhou:staging @Common | Remove-SaeApplication -WhatIf @Common
        Remove-SaeApplication -AppId $Staging -NamespaceId cn-hangzhou:staging -Force -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteApplication) | Should -HaveCount 0
        Remove-SaeApplication -AppId $Staging[0], $Staging[0] -NamespaceId cn-hangzhou:staging -Force @Common
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteApplication) | Should -HaveCount 1
    }

    It 'is ConfirmImpact High: it asks by default' {
        (Get-Command Remove-SaeApplication).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }

    It 'bad input is an error naming the value, sends nothing, and the rest goes on' {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting {
            @('not an id!', $Staging[1]) | Remove-SaeApplication -NamespaceId cn-hangzhou:staging -Force @Common
            'went on'
        }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].Exception.Message | Should -BeLike '*not an id!*'
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteApplication) | Should -HaveCount 1
    }

    It 'a delete whose answer is lost after it took effect is looked up: one DeleteApplication, no error' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeleteApplication'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Remove-SaeApplication -AppId $Staging[0] -NamespaceId cn-hangzhou:staging -Force @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteApplication) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api ListApplications) | Should -HaveCount 1
        Wait-Gone $Staging[0] | Should -BeTrue
    }

    It 'a delete lost before it arrived is sent once more, after the look-up finds the application still there' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeleteApplication'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { Remove-SaeApplication -AppId $Staging[0] -NamespaceId cn-hangzhou:staging -Force @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteApplication) | Should -HaveCount 2
        Wait-Gone $Staging[0] | Should -BeTrue
    }
}
