BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    # -Wait with a first look after 0.2 s: the emulator's change orders end in well under a second.
    $script:Wait = @{ Wait = $true; PollIntervalSec = 0.2 }
    $script:Demo = @('0d1e2f3a-0000-4000-8000-000000000201', '0d1e2f3a-0000-4000-8000-000000000202', '0d1e2f3a-0000-4000-8000-000000000203')
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'The tag cmdlets' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'Add- tags a namespace of applications in one call; Get- reads them back in one call' {
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Add-SaeResourceTag -Tag @{ env = 'dev'; team = 'shop' } -Confirm:$false @Common
        $sent = @(Get-SaeEmulatorRequest $Emulator -Api TagResources)
        $sent | Should -HaveCount 1

        Clear-SaeEmulatorRequest $Emulator
        $tags = Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Get-SaeResourceTag @Common
        @(Get-SaeEmulatorRequest $Emulator -Api ListTagResources) | Should -HaveCount 1
        ((Get-SaeEmulatorRequest $Emulator -Api ListTagResources)[0].query.ResourceIds | ConvertFrom-Json) | Should -Be $Demo
        (Get-SaeEmulatorRequest $Emulator -Api ListTagResources)[0].query.ResourceType | Should -Be 'application'
        $tags | Should -HaveCount 6
        $tags[0] | Should -BeOfType SaePowerShell.SaeResourceTag
        $tags[0].ResourceId | Should -Be $Demo[0]
        @($tags | Where-Object Key -EQ env).Value | Should -Be @('dev', 'dev', 'dev')
        (Get-SaeResourceTag -AppId $Demo[1] -NamespaceId cn-hangzhou:demo -Key team @Common).Value | Should -Be 'shop'
    }

    It 'the nightly runbook: Get-SaeApplication -Tag @{ env = ''dev'' } | Stop-SaeApplication, and Start- in the morning, touch only the tagged applications' {
        Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Add-SaeResourceTag -Tag @{ env = 'dev' } -Confirm:$false @Common
        Add-SaeResourceTag -AppId 0d1e2f3a-0000-4000-8000-000000000501 -NamespaceId cn-hangzhou:billing -Tag @{ env = 'prod' } -Confirm:$false @Common

        $morning = Get-SaeApplication -RegionId cn-hangzhou -Tag @{ env = 'dev' } @Common | Start-SaeApplication @Wait -Confirm:$false @Common
        @($morning) | Should -HaveCount 1
        @(Get-SaeApplication -RegionId cn-hangzhou @Common | Where-Object RunningInstances -GT 0).AppId | Should -Be $Demo

        Clear-SaeEmulatorRequest $Emulator
        $night = Get-SaeApplication -Tag @{ env = 'dev' } -RegionId cn-hangzhou @Common | Stop-SaeApplication @Wait -Confirm:$false @Common
        @($night) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api ListApplications) | Should -HaveCount 1
        (Get-SaeEmulatorRequest $Emulator -Api ListApplications)[0].query.Tags | Should -Be '[{"key":"env","value":"dev"}]'
        @(Get-SaeEmulatorRequest $Emulator -Api BatchStopApplications) | Should -HaveCount 1
        @(Get-SaeApplication -RegionId cn-hangzhou @Common | Where-Object RunningInstances -GT 0) | Should -HaveCount 0
    }

    It 'a tag given with $null selects any value of its key' {
        Add-SaeResourceTag -AppId $Demo[0] -NamespaceId cn-hangzhou:demo -Tag @{ env = 'dev' } -Confirm:$false @Common
        Add-SaeResourceTag -AppId $Demo[1] -NamespaceId cn-hangzhou:demo -Tag @{ env = 'test' } -Confirm:$false @Common
        (Get-SaeApplication -NamespaceId cn-hangzhou:demo -Tag @{ env = $null } @Common).AppId | Should -Be $Demo[0..1]
    }

    It 'Add- sets a new value for a key the application has, and keeps its other tags' {
        Add-SaeResourceTag -AppId $Demo[0] -NamespaceId cn-hangzhou:demo -Tag @{ env = 'dev'; team = 'shop' } -Confirm:$false @Common
        Add-SaeResourceTag -AppId $Demo[0] -NamespaceId cn-hangzhou:demo -Tag @{ env = 'prod' } -Confirm:$false @Common
        $tags = Get-SaeResourceTag -AppId $Demo[0] -NamespaceId cn-hangzhou:demo @Common
        ($tags | ForEach-Object { "$($_.Key)=$($_.Value)" }) | Should -Be @('env=prod', 'team=shop')
    }

    It 'Remove- removes the keys given, or every tag with -All, one call per region' {
        Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Add-SaeResourceTag -Tag @{ env = 'dev'; team = 'shop' } -Confirm:$false @Common
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Remove-SaeResourceTag -Key env -Confirm:$false @Common
        @(Get-SaeEmulatorRequest $Emulator -Api UntagResources) | Should -HaveCount 1
        (Get-SaeEmulatorRequest $Emulator -Api UntagResources)[0].query.TagKeys | Should -Be '["env"]'
        (Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Get-SaeResourceTag @Common).Key | Should -Be @('team', 'team', 'team')

        Remove-SaeResourceTag -AppId $Demo -NamespaceId cn-hangzhou:demo -All -Confirm:$false @Common
        (Get-SaeEmulatorRequest $Emulator -Api UntagResources)[1].query.DeleteAll | Should -Be 'true'
        @(Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Get-SaeResourceTag @Common) | Should -HaveCount 0
    }

    It '-WhatIf sends nothing that changes anything, for each verb' {
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Add-SaeResourceTag -Tag @{ env = 'dev' } -WhatIf @Common
        Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Remove-SaeResourceTag -All -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator | Where-Object { $_.api -in 'TagResources', 'UntagResources' }) | Should -HaveCount 0
    }

    It 'bad input is an error naming the value, sends nothing, and the rest goes on: <Case>' -ForEach @(
        @{ Case = 'an empty key'; Run = { Add-SaeResourceTag -AppId 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId cn-hangzhou:demo -Tag @{ '' = 'x' } -Confirm:$false @Common }; Id = 'InvalidTag'; Named = '*key of -Tag is empty*' }
        @{ Case = 'a null value'; Run = { Add-SaeResourceTag -AppId 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId cn-hangzhou:demo -Tag @{ env = $null } -Confirm:$false @Common }; Id = 'InvalidTag'; Named = "*'env'*" }
        @{ Case = 'a list as a value'; Run = { Get-SaeApplication -RegionId cn-hangzhou -Tag @{ env = @('a', 'b') } @Common }; Id = 'InvalidTag'; Named = "*'env'*" }
        @{ Case = 'a blank id'; Run = { Remove-SaeResourceTag -AppId ' ' -NamespaceId cn-hangzhou:demo -Key env -Confirm:$false @Common }; Id = 'InvalidAppId'; Named = '*application id*' }
    ) {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { & $Run; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $result.Errors[0].Exception.Message | Should -BeLike $Named
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
    }

    It 'an application SAE does not know is SAE''s refusal, one error per application of that call, and the next region''s call goes on' {
        $result = Invoke-Collecting {
            @(
                [pscustomobject]@{ AppId = '0d1e2f3a-0000-4000-8000-00000000dead'; NamespaceId = 'cn-hangzhou:demo' }
                [pscustomobject]@{ AppId = '0d1e2f3a-0000-4000-8000-000000000601'; NamespaceId = 'cn-shanghai:prod' }
            ) | Add-SaeResourceTag -Tag @{ env = 'dev' } -Confirm:$false @Common
        }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].TargetObject | Should -Be '0d1e2f3a-0000-4000-8000-00000000dead'
        (Get-SaeResourceTag -AppId 0d1e2f3a-0000-4000-8000-000000000601 -NamespaceId cn-shanghai:prod @Common).Value | Should -Be 'dev'
    }

    It 'a tag call whose answer is lost after it took effect is read back: one call, no error' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'TagResources'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Add-SaeResourceTag -AppId $Demo -NamespaceId cn-hangzhou:demo -Tag @{ env = 'dev' } -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api TagResources) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api ListTagResources) | Should -HaveCount 1
    }

    It 'a tag call lost before it arrived is "outcome unknown", never sent again' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'TagResources'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { Add-SaeResourceTag -AppId $Demo[0] -NamespaceId cn-hangzhou:demo -Tag @{ env = 'dev' } -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'OutcomeUnknown,*'
        @(Get-SaeEmulatorRequest $Emulator -Api TagResources) | Should -HaveCount 1
    }

    It 'an untag call whose answer is lost after it took effect is looked up: gone means done' {
        Add-SaeResourceTag -AppId $Demo[0] -NamespaceId cn-hangzhou:demo -Tag @{ env = 'dev' } -Confirm:$false @Common
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UntagResources'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Remove-SaeResourceTag -AppId $Demo[0] -NamespaceId cn-hangzhou:demo -Key env -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api UntagResources) | Should -HaveCount 1
    }

    It 'is generated from the table: help with examples, and a view of the tags at 80 columns' {
        (Get-Help Add-SaeResourceTag -Full).examples.example.Count | Should -BeGreaterOrEqual 2
        (Get-Help Get-SaeApplication -Full).examples.example.code | Should -Contain "Get-SaeApplication -RegionId cn-hangzhou -Tag @{ env = 'dev' } | Stop-SaeApplication -Wait"
        Add-SaeResourceTag -AppId $Demo[0] -NamespaceId cn-hangzhou:demo -Tag @{ env = 'dev' } -Confirm:$false @Common
        $text = Get-SaeResourceTag -AppId $Demo[0] -NamespaceId cn-hangzhou:demo @Common | Out-String -Width 80
        $text | Should -BeLike '*ResourceId*Key*Value*'
        $text | Should -BeLike "*$($Demo[0])*env*dev*"
    }
}
