# The job cmdlets against the emulator: Get-, New-, Set-, Remove-, Start- (-Wait), Suspend- and Resume-SaeJob,
# Get- and Remove-SaeJobHistory; a run whose answer is lost after it took effect is looked up in the history (exactly
# one ExecJob on the wire), one lost before it is sent again; bad values are errors naming them, before any call.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    $script:Report = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000a01'; NamespaceId = 'cn-hangzhou:demo' }
    $script:Broken = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000a02'; NamespaceId = 'cn-hangzhou:demo' }
    $script:Image = 'registry.cn-hangzhou.aliyuncs.com/demo/report:1.0'
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Get-SaeJob' {
    BeforeAll { Reset-SaeEmulator $Emulator }

    It 'lists a namespace''s jobs typed, in one ListJobs, with their schedule and last run' {
        Clear-SaeEmulatorRequest $Emulator
        $jobs = @(Get-SaeJob -NamespaceId cn-hangzhou:demo @Common)
        $jobs | Should -HaveCount 2
        $jobs[0] | Should -BeOfType SaePowerShell.SaeJob
        $jobs.AppName | Should -Be @('nightly-report', 'broken-export')
        $jobs[0].Schedule | Should -Be '0 2 * * *'
        $jobs[0].LastRunStatus | Should -Be 'NotRun'
        $jobs[0].RegionId | Should -Be 'cn-hangzhou'
        $jobs[0].Memory | Should -Be 1024
        @(Get-SaeEmulatorRequest $Emulator -Api ListJobs) | Should -HaveCount 1
        $shown = ($jobs | Out-String -Width 120) -replace "\e\[[0-9;]*m", ''
        $shown | Should -Match 'LastRunStatus'
        $shown | Should -Match 'nightly-report +NotRun'
    }

    It 'filters by -Name with wildcards; a name without wildcards that matches nothing is an error naming the ones there' {
        @(Get-SaeJob cn-hangzhou:demo -Name 'nightly*' @Common).AppName | Should -Be @('nightly-report')
        $got = @(Get-SaeJob cn-hangzhou:demo -Name nope @Common -ErrorVariable failed -ErrorAction SilentlyContinue)
        $got | Should -HaveCount 0
        $failed | Should -HaveCount 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidJobName.NotFound,*'
        $failed[0].Exception.Message | Should -BeLike '*nope*broken-export, nightly-report*'
    }

    It 'reads one by -AppId, binds namespaces from the pipeline, and a bad id is an error naming it while the rest goes on' {
        (Get-SaeJob -AppId $Report.AppId -RegionId cn-hangzhou @Common).AppName | Should -Be 'nightly-report'
        @(Get-SaeNamespace cn-hangzhou:demo @Common | Get-SaeJob @Common) | Should -HaveCount 2
        $got = @([pscustomobject]@{ AppId = 'not an id' }, [pscustomobject]@{ AppId = '00000000-0000-4000-8000-00000000dead' }, [pscustomobject]@{ AppId = $Report.AppId } |
            Get-SaeJob -RegionId cn-hangzhou @Common -ErrorVariable failed -ErrorAction SilentlyContinue)
        $got.AppName | Should -Be @('nightly-report')
        $failed | Should -HaveCount 2
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'InvalidAppId,*'
        $failed[0].TargetObject | Should -Be 'not an id'
        $failed[1].FullyQualifiedErrorId | Should -BeLike 'InvalidAppId.NotFound,*'
        $failed[1].Exception.Message | Should -BeLike '*00000000-0000-4000-8000-00000000dead*'
    }

    It 'completes -AppId with the jobs of the namespace typed' {
        Connect-SaeAccount -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential -RegionId cn-hangzhou
        try {
            $line = 'Start-SaeJob -NamespaceId cn-hangzhou:demo -AppId nightly'
            $completions = (TabExpansion2 $line $line.Length).CompletionMatches
            $completions.CompletionText | Should -Be @($Report.AppId)
            $completions[0].ListItemText | Should -BeLike 'nightly-report (*'
        } finally {
            Disconnect-SaeAccount
        }
    }
}

Describe 'Start-SaeJob' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'runs a job and writes the run; -Wait waits for its end and writes it succeeded' {
        Clear-SaeEmulatorRequest $Emulator
        $run = Start-SaeJob @Report -Confirm:$false @Common
        $run | Should -BeOfType SaePowerShell.SaeJobRun
        $run.JobId | Should -BeLike 'manual-*'
        $run.Status | Should -Be 'Running'
        $run.AppName | Should -Be 'nightly-report'
        $exec = @(Get-SaeEmulatorRequest $Emulator -Api ExecJob)
        $exec | Should -HaveCount 1
        $exec[0].query.EventId | Should -BeLike 'sae-powershell-*'

        $done = Get-SaeJob @Report @Common | Start-SaeJob -Wait -PollIntervalSec 0.2 -Confirm:$false @Common
        $done.Status | Should -Be 'Succeeded'
        $done.Succeeded | Should -Be 1
        $done.CompletionTime | Should -Not -BeNullOrEmpty
        (Get-SaeJob @Report @Common).LastRunStatus | Should -Be 'Succeeded'
    }

    It 'a failed run under -Wait is an error naming the job and the run, which try/catch takes with -ErrorAction Stop' {
        $caught = $null
        try {
            Start-SaeJob @Broken -Wait -PollIntervalSec 0.2 -Confirm:$false -ErrorAction Stop @Common
        } catch {
            $caught = $_
        }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -BeLike 'JobRunFailed,*'
        $caught.Exception.Message | Should -BeLike "*run manual-*broken-export*$($Broken.AppId)*2 instance(s) failed*"
        $caught.TargetObject.Status | Should -Be 'Failed'
        @(Get-SaeJobHistory @Broken -State Failed @Common) | Should -HaveCount 1
    }

    It '-WhatIf sends nothing; -Replicas sizes the run' {
        Clear-SaeEmulatorRequest $Emulator
        Start-SaeJob @Report -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator -Api ExecJob) | Should -HaveCount 0
        (Start-SaeJob @Report -Replicas 3 -Wait -PollIntervalSec 0.2 -Confirm:$false @Common).Succeeded | Should -Be 3
    }

    It 'a run whose answer is lost after it took effect is looked up in the history: one ExecJob, the run written, no error' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'ExecJob'; count = 1; fault = 'closeAfterEffect' })
        Clear-SaeEmulatorRequest $Emulator
        $run = Start-SaeJob @Report -Confirm:$false @Common -ErrorVariable failed
        $failed | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api ExecJob) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeJobHistory) | Should -HaveCount 1
        @(Get-SaeJobHistory @Report @Common).JobId | Should -Be @($run.JobId)
    }

    It 'a run lost before it arrived is sent again, under the same EventId, and runs once' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'ExecJob'; count = 1; fault = 'resetBeforeEffect' })
        Clear-SaeEmulatorRequest $Emulator
        Start-SaeJob @Report -Confirm:$false @Common -ErrorVariable failed | Out-Null
        $failed | Should -HaveCount 0
        $sent = @(Get-SaeEmulatorRequest $Emulator -Api ExecJob)
        $sent | Should -HaveCount 2
        $sent[1].query.EventId | Should -Be $sent[0].query.EventId
        @(Get-SaeJobHistory @Report @Common) | Should -HaveCount 1
    }
}

Describe 'Suspend-SaeJob and Resume-SaeJob' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'suspends piped jobs and resumes them; a job already so sends nothing' {
        $suspended = @(Get-SaeJob cn-hangzhou:demo @Common | Suspend-SaeJob -Confirm:$false @Common)
        $suspended.Suspended | Should -Be @($true, $true)
        Clear-SaeEmulatorRequest $Emulator
        Suspend-SaeJob @Report -Confirm:$false @Common | Out-Null
        @(Get-SaeEmulatorRequest $Emulator -Api SuspendJob) | Should -HaveCount 0
        (Resume-SaeJob @Report -Confirm:$false @Common).Suspended | Should -BeFalse
        (Get-SaeJob @Report @Common).Suspended | Should -BeFalse
        (Get-SaeJob @Broken @Common).Suspended | Should -BeTrue
    }

    It 'a suspend whose answer is lost after it took effect is read back: one SuspendJob, no error' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'SuspendJob'; count = 1; fault = 'closeAfterEffect' })
        Clear-SaeEmulatorRequest $Emulator
        (Suspend-SaeJob @Report -Confirm:$false @Common -ErrorVariable failed).Suspended | Should -BeTrue
        $failed | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api SuspendJob) | Should -HaveCount 1
    }
}

Describe 'New-SaeJob, Set-SaeJob and Remove-SaeJob' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'creates a job from typed values, waits for its change order, changes only what differs, and deletes it' {
        $job = New-SaeJob cleanup -NamespaceId cn-hangzhou:demo -ImageUrl $Image -Command sh -CommandArgs '-c', './cleanup.sh' -Schedule '30 3 * * *' `
            -Environment @{ MODE = 'full' } -Replicas 2 -Wait -PollIntervalSec 0.2 -Confirm:$false @Common
        $job | Should -BeOfType SaePowerShell.SaeJob
        $job.AppName | Should -Be 'cleanup'
        $job.Schedule | Should -Be '30 3 * * *'
        $template = (Invoke-SaeApi DescribeJob @{ AppId = $job.AppId } -RegionId cn-hangzhou @Common)
        $template.CommandArgs | Should -Be '["-c","./cleanup.sh"]'
        $template.Replicas | Should -Be 2
        ($template.Envs | ConvertFrom-Json).name | Should -Be 'MODE'
        ($template.TriggerConfig | ConvertFrom-Json).timezone | Should -Be 'Asia/Shanghai'

        Clear-SaeEmulatorRequest $Emulator
        $job | Set-SaeJob -Schedule '30 3 * * *' -Command sh -Confirm:$false @Common | Out-Null
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateJob) | Should -HaveCount 0 -Because 'nothing differs'
        ($job | Set-SaeJob -Schedule '0 4 * * *' -Replicas 3 -Wait -PollIntervalSec 0.2 -Confirm:$false @Common).Schedule | Should -Be '0 4 * * *'
        $update = @(Get-SaeEmulatorRequest $Emulator -Api UpdateJob)
        $update | Should -HaveCount 1
        $update[0].query.PSObject.Properties.Name | Sort-Object | Should -Be @('AppId', 'Replicas', 'TriggerConfig')
        (Invoke-SaeApi DescribeJob @{ AppId = $job.AppId } -RegionId cn-hangzhou @Common).Replicas | Should -Be 3

        $job | Remove-SaeJob -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteJob) | Should -HaveCount 0
        $job | Remove-SaeJob -Force @Common
        @(Get-SaeJob cn-hangzhou:demo @Common).AppName | Should -Not -Contain 'cleanup'
    }

    It 'refuses a bad schedule, a size SAE does not sell and a name the namespace has, each naming the value, before any call' {
        Clear-SaeEmulatorRequest $Emulator
        New-SaeJob bad-cron -NamespaceId cn-hangzhou:demo -ImageUrl $Image -Schedule '0 25 * * *' -Confirm:$false @Common -ErrorVariable cron -ErrorAction SilentlyContinue
        $cron | Should -HaveCount 1
        $cron[0].FullyQualifiedErrorId | Should -BeLike 'InvalidJobSetting,*'
        $cron[0].Exception.Message | Should -BeLike "*hour '25'*"
        { New-SaeJob bad-size -NamespaceId cn-hangzhou:demo -ImageUrl $Image -Cpu 300 -Confirm:$false @Common } | Should -Throw '*300*'
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
        New-SaeJob nightly-report -NamespaceId cn-hangzhou:demo -ImageUrl $Image -Confirm:$false @Common -ErrorVariable taken -ErrorAction SilentlyContinue
        $taken[0].FullyQualifiedErrorId | Should -BeLike 'JobAlreadyExists,*'
        @(Get-SaeEmulatorRequest $Emulator -Api CreateJob) | Should -HaveCount 0
        Set-SaeJob @Report -Schedule 'every day' -Confirm:$false @Common -ErrorVariable set -ErrorAction SilentlyContinue
        $set[0].Exception.Message | Should -BeLike '*five*'
    }

    It 'a create whose answer is lost after it took effect is looked up by name: one CreateJob, the job written' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateJob'; count = 1; fault = 'closeAfterEffect' })
        Clear-SaeEmulatorRequest $Emulator
        $job = New-SaeJob once -NamespaceId cn-hangzhou:demo -ImageUrl $Image -Confirm:$false @Common -ErrorVariable failed
        $failed | Should -HaveCount 0
        $job.AppName | Should -Be 'once'
        @(Get-SaeEmulatorRequest $Emulator -Api CreateJob) | Should -HaveCount 1
    }
}

Describe 'Get-SaeJobHistory and Remove-SaeJobHistory' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'lists the runs newest first, filters by -State, and deletes piped runs' {
        $first = Start-SaeJob @Report -Wait -PollIntervalSec 0.2 -Confirm:$false @Common
        $second = Start-SaeJob @Report -Confirm:$false @Common
        $runs = @(Get-SaeJob @Report @Common | Get-SaeJobHistory @Common)
        $runs.JobId | Should -Be @($second.JobId, $first.JobId)
        $runs[0] | Should -BeOfType SaePowerShell.SaeJobRun
        @(Get-SaeJobHistory @Report -State Succeeded @Common).JobId | Should -Be @($first.JobId)
        $shown = ($runs | Out-String -Width 120) -replace "\e\[[0-9;]*m", ''
        $shown | Should -Match 'JobId +Status'
        $shown | Should -Match ([regex]::Escape($first.JobId) + ' +Succeeded')

        Get-SaeJobHistory @Report -State Succeeded @Common | Remove-SaeJobHistory -WhatIf @Common
        @(Get-SaeJobHistory @Report @Common) | Should -HaveCount 2
        Get-SaeJobHistory @Report -State Succeeded @Common | Remove-SaeJobHistory -Force @Common
        @(Get-SaeJobHistory @Report @Common).JobId | Should -Be @($second.JobId)
    }

    It 'a delete whose answer is lost after it took effect is looked up: one DeleteHistoryJob, no error' {
        $run = Start-SaeJob @Report -Confirm:$false @Common
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeleteHistoryJob'; count = 1; fault = 'closeAfterEffect' })
        Clear-SaeEmulatorRequest $Emulator
        $run | Remove-SaeJobHistory -Force @Common -ErrorVariable failed
        $failed | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteHistoryJob) | Should -HaveCount 1
        @(Get-SaeJobHistory @Report @Common) | Should -HaveCount 0
    }
}
