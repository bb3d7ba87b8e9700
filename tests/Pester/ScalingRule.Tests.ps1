BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    $script:OrderApi = '0d1e2f3a-0000-4000-8000-000000000202'
    $script:Demo = @{ AppId = $OrderApi; NamespaceId = 'cn-hangzhou:demo' }
    $script:Changes = 'CreateApplicationScalingRule', 'UpdateApplicationScalingRule', 'DeleteApplicationScalingRule', 'EnableApplicationScalingRule', 'DisableApplicationScalingRule'
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'The scaling-rule cmdlets' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'scales the dev namespace down for the weekend in one pipeline: one rule on each application' {
        Clear-SaeEmulatorRequest $Emulator
        $rules = Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common |
            New-SaeScalingRule -Name weekend -Period '* * Sat,Sun' -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } -Confirm:$false @Common
        $apps = @(Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common)
        $rules | Should -HaveCount $apps.Count
        $rules[0] | Should -BeOfType SaePowerShell.SaeScalingRule
        $rules.AppName | Should -Be $apps.AppName
        @(Get-SaeEmulatorRequest $Emulator -Api CreateApplicationScalingRule) | Should -HaveCount $apps.Count

        $read = $apps | Get-SaeScalingRule @Common
        $read | Should -HaveCount $apps.Count
        foreach ($rule in $read) {
            $rule.Type | Should -Be 'timing'
            $rule.Enabled | Should -BeTrue
            $rule.Period | Should -Be '* * Sat,Sun'
            $rule.Schedules.AtTime | Should -Be '00:00'
            $rule.Schedules.TargetReplicas | Should -Be 1
        }
    }

    It 'New- makes metric and mixed rules from typed values, and SAE gets its JSON strings' {
        $cpu = New-SaeScalingRule @Demo -Name cpu -MinReplicas 2 -MaxReplicas 10 -CpuPercent 70 -Qps 300 -Confirm:$false @Common
        $cpu.Type | Should -Be 'metric'
        $cpu.MinReplicas | Should -Be 2
        $cpu.MaxReplicas | Should -Be 10
        $cpu.Metrics.MetricType | Should -Be @('CPU', 'QPS')
        $cpu.Metrics.Target | Should -Be @(70, 300)
        $sent = (Get-SaeEmulatorRequest $Emulator -Api CreateApplicationScalingRule)[0]
        $sent.query.ScalingRuleType | Should -Be 'metric'
        ($sent.query.ScalingRuleMetric | ConvertFrom-Json).metrics[0].metricType | Should -Be 'CPU'

        $mixed = New-SaeScalingRule @Demo -Name office -MinReplicas 1 -MaxReplicas 8 -MemoryPercent 80 -Disabled -Confirm:$false @Common `
            -Schedule ([SaePowerShell.SaeScalingSchedule]@{ AtTime = '08:00'; MinReplicas = 3; MaxReplicas = 8 }), @{ AtTime = '20:00'; MinReplicas = 1; MaxReplicas = 2 }
        $mixed.Type | Should -Be 'mix'
        $mixed.Enabled | Should -BeFalse
        $mixed.Schedules.AtTime | Should -Be @('08:00', '20:00')
        $csv = New-SaeScalingRule @Demo -Name night -Schedule ([pscustomobject]@{ AtTime = '22:00'; TargetReplicas = '1' }) -Confirm:$false @Common
        $csv.Schedules.TargetReplicas | Should -Be 1
        (Get-SaeScalingRule @Demo -Name 'o*' @Common).Name | Should -Be 'office'
        (Get-SaeScalingRule @Demo @Common).Name | Should -Be @('cpu', 'office', 'night')
    }

    It 'Set- changes what it is given and keeps the rest; nothing is sent when nothing changes' {
        New-SaeScalingRule @Demo -Name cpu -MinReplicas 2 -MaxReplicas 10 -CpuPercent 70 -Confirm:$false @Common | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        $changed = Get-SaeScalingRule @Demo -Name cpu @Common | Set-SaeScalingRule -MaxReplicas 20 -MemoryPercent 60 -Confirm:$false @Common
        $changed.MaxReplicas | Should -Be 20
        $changed.MinReplicas | Should -Be 2
        $changed.Metrics.MetricType | Should -Be @('CPU', 'MEMORY')
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateApplicationScalingRule) | Should -HaveCount 1

        Clear-SaeEmulatorRequest $Emulator
        Set-SaeScalingRule @Demo -Name cpu -MaxReplicas 20 -Confirm:$false @Common | Out-Null
        (Get-SaeEmulatorRequest $Emulator).api | Should -Be @('DescribeApplicationScalingRule')
        (Get-SaeScalingRule @Demo -Name cpu @Common).MaxReplicas | Should -Be 20
    }

    It 'Disable- and Enable- switch a piped rule, sending nothing when it is already so; Remove- deletes it' {
        New-SaeScalingRule @Demo -Name weekend -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } -Confirm:$false @Common | Out-Null
        $off = Get-SaeScalingRule @Demo -Name weekend @Common | Disable-SaeScalingRule -Confirm:$false @Common
        $off.Enabled | Should -BeFalse
        (Get-SaeScalingRule @Demo -Name weekend @Common).Enabled | Should -BeFalse
        Clear-SaeEmulatorRequest $Emulator
        Disable-SaeScalingRule @Demo -Name weekend -Confirm:$false @Common | Out-Null
        @(Get-SaeEmulatorRequest $Emulator -Api DisableApplicationScalingRule) | Should -HaveCount 0

        (Get-SaeScalingRule @Demo -Name weekend @Common | Enable-SaeScalingRule -Confirm:$false @Common).Enabled | Should -BeTrue
        (Get-SaeScalingRule @Demo -Name weekend @Common).Enabled | Should -BeTrue

        Get-SaeScalingRule @Demo @Common | Remove-SaeScalingRule -Force @Common
        @(Get-SaeScalingRule @Demo @Common) | Should -HaveCount 0
    }

    It '-WhatIf sends nothing that changes anything, for each verb; Remove- asks first (ConfirmImpact High)' {
        New-SaeScalingRule @Demo -Name weekend -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } -Confirm:$false @Common | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | New-SaeScalingRule -Name other -Schedule @{ AtTime = '01:00'; TargetReplicas = 0 } -WhatIf @Common
        Set-SaeScalingRule @Demo -Name weekend -Schedule @{ AtTime = '02:00'; TargetReplicas = 0 } -WhatIf @Common
        Disable-SaeScalingRule @Demo -Name weekend -WhatIf @Common
        Remove-SaeScalingRule @Demo -Name weekend -Force -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator | Where-Object { $_.api -in $Changes }) | Should -HaveCount 0
        (Get-SaeScalingRule @Demo @Common).Name | Should -Be @('weekend')

        $remove = Get-Command Remove-SaeScalingRule
        $remove.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }

    It 'bad input is an error naming it, sends nothing, and the pipeline goes on: <Case>' -ForEach @(
        @{ Case = 'min above max'; Run = { New-SaeScalingRule @Demo -Name cpu -MinReplicas 5 -MaxReplicas 2 -CpuPercent 50 -Confirm:$false @Common }; Named = '*-MinReplicas 5 is above -MaxReplicas 2*' }
        @{ Case = 'a percentage over 100'; Run = { New-SaeScalingRule @Demo -Name cpu -MinReplicas 1 -MaxReplicas 2 -CpuPercent 150 -Confirm:$false @Common }; Named = '*CPU target 150*' }
        @{ Case = 'a bad period'; Run = { New-SaeScalingRule @Demo -Name w -Period '* * Funday' -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } -Confirm:$false @Common }; Named = "*'* * Funday'*" }
        @{ Case = 'a bad time'; Run = { New-SaeScalingRule @Demo -Name w -Schedule @{ AtTime = '25:00'; TargetReplicas = 1 } -Confirm:$false @Common }; Named = "*'25:00'*" }
        @{ Case = 'a schedule that is not one'; Run = { New-SaeScalingRule @Demo -Name w -Schedule '08:00' -Confirm:$false @Common }; Named = "*'08:00' is not a SaeScalingSchedule*" }
        @{ Case = 'an unknown schedule key'; Run = { New-SaeScalingRule @Demo -Name w -Schedule @{ AtTime = '08:00'; Replicas = 1 } -Confirm:$false @Common }; Named = "*'Replicas'*" }
        @{ Case = 'a negative target'; Run = { Set-SaeScalingRule @Demo -Name w -Schedule @{ AtTime = '08:00'; TargetReplicas = -1 } -Confirm:$false @Common }; Named = '*08:00=-1*' }
        @{ Case = 'neither schedule nor metric'; Run = { New-SaeScalingRule @Demo -Name w -Confirm:$false @Common }; Named = '*-Schedule*' }
        @{ Case = 'a name SAE refuses'; Run = { New-SaeScalingRule @Demo -Name 'Weekend Rule' -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } -Confirm:$false @Common }; Named = "*'Weekend Rule'*" }
    ) {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { & $Run; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidScalingRule*'
        $result.Errors[0].Exception.Message | Should -BeLike $Named
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
    }

    It 'an unknown rule or application is SAE''s error, per input' {
        $result = Invoke-Collecting { Enable-SaeScalingRule @Demo -Name nope -Confirm:$false @Common; Get-SaeScalingRule @Demo -Name nope @Common; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 2
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'InvalidScalingRuleName.NotFound,*'
        $result.Errors[1].Exception.Message | Should -BeLike "*no scaling rule named 'nope'*"
    }

    It 'a create whose answer is lost after it took effect is looked up by name: one create, no error' {
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateApplicationScalingRule'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { New-SaeScalingRule @Demo -Name weekend -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output.Name | Should -Be 'weekend'
        @(Get-SaeEmulatorRequest $Emulator -Api CreateApplicationScalingRule) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeApplicationScalingRules) | Should -HaveCount 1
        @(Get-SaeScalingRule @Demo @Common) | Should -HaveCount 1
    }

    It 'a create lost before it arrived is sent once more, after the look-up finds nothing' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateApplicationScalingRule'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { New-SaeScalingRule @Demo -Name weekend -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api CreateApplicationScalingRule) | Should -HaveCount 2
        @(Get-SaeScalingRule @Demo @Common) | Should -HaveCount 1
    }

    It 'an update whose answer is lost after it took effect is read back: one update, no error' {
        New-SaeScalingRule @Demo -Name cpu -MinReplicas 2 -MaxReplicas 10 -CpuPercent 70 -Confirm:$false @Common | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateApplicationScalingRule'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Set-SaeScalingRule @Demo -Name cpu -MaxReplicas 12 -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output.MaxReplicas | Should -Be 12
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateApplicationScalingRule) | Should -HaveCount 1
        # One read before (the old rule), one read back.
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeApplicationScalingRule) | Should -HaveCount 2
    }

    It 'an update lost before it arrived is outcome unknown, never sent again' {
        New-SaeScalingRule @Demo -Name cpu -MinReplicas 2 -MaxReplicas 10 -CpuPercent 70 -Confirm:$false @Common | Out-Null
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateApplicationScalingRule'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { Set-SaeScalingRule @Demo -Name cpu -MaxReplicas 12 -Confirm:$false @Common; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].Exception | Should -BeOfType SaePowerShell.SaeOutcomeUnknownException
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateApplicationScalingRule) | Should -HaveCount 1
    }

    It 'a disable whose answer is lost after it took effect is read back: one disable, no error' {
        New-SaeScalingRule @Demo -Name cpu -MinReplicas 2 -MaxReplicas 10 -CpuPercent 70 -Confirm:$false @Common | Out-Null
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DisableApplicationScalingRule'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Disable-SaeScalingRule @Demo -Name cpu -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output.Enabled | Should -BeFalse
        @(Get-SaeEmulatorRequest $Emulator -Api DisableApplicationScalingRule) | Should -HaveCount 1
    }

    It 'a delete whose answer is lost after it took effect is looked up: gone means done, one delete' {
        $rule = New-SaeScalingRule @Demo -Name weekend -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } -Confirm:$false @Common
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeleteApplicationScalingRule'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { $rule | Remove-SaeScalingRule -Force @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteApplicationScalingRule) | Should -HaveCount 1
        @(Get-SaeScalingRule @Demo @Common) | Should -HaveCount 0
    }

    It 'is generated from the table: the help has its examples, and the view shows each rule whole at 80 columns' {
        (Get-Help New-SaeScalingRule -Full).examples.example.Count | Should -BeGreaterOrEqual 2
        (Get-Command Set-SaeScalingRule).Parameters['Name'].Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] }).ValueFromPipelineByPropertyName | Should -Contain $true
        New-SaeScalingRule @Demo -Name weekend -Period '* * Sat,Sun' -Schedule @{ AtTime = '00:00'; TargetReplicas = 1 } -Confirm:$false @Common | Out-Null
        New-SaeScalingRule @Demo -Name cpu -MinReplicas 2 -MaxReplicas 10 -CpuPercent 70 -Confirm:$false @Common | Out-Null
        $text = Get-SaeScalingRule @Demo @Common | Out-String -Width 80
        $text | Should -BeLike '*weekend*timing*'
        $text | Should -BeLike '*Sat,Sun: 00:00=1*'
        $text | Should -BeLike '*cpu*metric*2..10: CPU=70*'
        $text | Should -BeLike "*$OrderApi*"
    }
}
