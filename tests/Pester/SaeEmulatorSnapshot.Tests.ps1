# The SaeEmulator module's snapshots: Save-SaeEmulatorSnapshot and Restore-SaeEmulatorSnapshot, Start-SaeEmulator
# -SnapshotPath and -StatePath, Use-SaeEmulator -Snapshot. Driven by the module's cmdlets over real HTTP.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 0
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    $script:Folder = Join-Path ([IO.Path]::GetTempPath()) ('sae-snapshot-pester-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $Folder | Out-Null
    $script:DemoOrderApi = '0d1e2f3a-0000-4000-8000-000000000201'
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
    Use-SaeEmulator -Stop
    Remove-Item -Recurse -Force $Folder -ErrorAction SilentlyContinue
}

Describe 'Save-SaeEmulatorSnapshot and Restore-SaeEmulatorSnapshot' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'saves the world to a file, and restoring it brings back what a reset took away' {
        Start-SaeApplication -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo -Wait -Confirm:$false @Common | Out-Null
        New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name settings -Data @{ k = 'v' } -Confirm:$false @Common | Out-Null
        $path = Join-Path $Folder 'started.json'

        $file = Save-SaeEmulatorSnapshot $Emulator -Path $path

        $file | Should -BeOfType System.IO.FileInfo
        $file.FullName | Should -Be $path
        (Get-Content $path -Raw | ConvertFrom-Json).format | Should -Be 'sae-emulator-world'

        Reset-SaeEmulator $Emulator
        (Get-SaeApplicationStatus -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo @Common).CurrentStatus | Should -Be 'STOPPED'

        Restore-SaeEmulatorSnapshot $Emulator -Path $path

        (Get-SaeApplicationStatus -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo @Common).CurrentStatus | Should -Be 'RUNNING'
        (Get-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name settings @Common).Data['k'] | Should -Be 'v'
        (Get-SaeEmulatorState $Emulator).applications | Where-Object appId -EQ $DemoOrderApi | ForEach-Object { @($_.startedBy).Count } | Should -Be 1
    }

    It 'without -Path returns the snapshot as JSON text, which -Json restores exactly' {
        Stop-SaeApplication -NamespaceId cn-hangzhou:staging -Force -Wait @Common | Out-Null
        $before = Save-SaeEmulatorSnapshot $Emulator
        $before | Should -BeOfType string

        Reset-SaeEmulator $Emulator
        Restore-SaeEmulatorSnapshot $Emulator -Json $before

        $after = Save-SaeEmulatorSnapshot $Emulator
        ($after | ConvertFrom-Json).changeOrders.changeOrderId | Should -Be (($before | ConvertFrom-Json).changeOrders.changeOrderId)
        ($after | ConvertFrom-Json).applications.appId | Should -Be (($before | ConvertFrom-Json).applications.appId)
    }

    It 'a snapshot the emulator cannot trust is an error carrying its message, and the world stays' {
        Start-SaeApplication -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo -Wait -Confirm:$false @Common | Out-Null
        $newer = (Save-SaeEmulatorSnapshot $Emulator) -replace '"formatVersion": 1', '"formatVersion": 9'

        { Restore-SaeEmulatorSnapshot $Emulator -Json $newer } | Should -Throw '*format version 9, written by a newer emulator*'
        (Get-SaeApplicationStatus -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo @Common).CurrentStatus | Should -Be 'RUNNING'
    }

    It 'will not write over a file that is not one of its snapshots' {
        $other = Join-Path $Folder 'notes.json'
        Set-Content -Path $other -Value '{ "mine": true }'

        { Save-SaeEmulatorSnapshot $Emulator -Path $other } | Should -Throw '*is not an emulator world*'
        (Get-Content $other -Raw).Trim() | Should -Be '{ "mine": true }'
    }
}

Describe 'Starting from a snapshot or a state file' {
    It 'Use-SaeEmulator -Snapshot starts from it, and Reset-SaeEmulator goes back to it' {
        Reset-SaeEmulator $Emulator
        Start-SaeApplication -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo -Wait -Confirm:$false @Common | Out-Null
        $path = Join-Path $Folder 'fixture.json'
        Save-SaeEmulatorSnapshot $Emulator -Path $path | Out-Null

        $used = Use-SaeEmulator -Snapshot $path
        try {
            (Get-SaeApplicationStatus -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo).CurrentStatus | Should -Be 'RUNNING'
            Stop-SaeApplication -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo -Wait -Confirm:$false | Out-Null
            (Get-SaeApplicationStatus -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo).CurrentStatus | Should -Be 'STOPPED'

            Reset-SaeEmulator $used

            (Get-SaeApplicationStatus -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo).CurrentStatus | Should -Be 'RUNNING'
        } finally {
            Use-SaeEmulator -Stop
        }
    }

    It 'Start-SaeEmulator -StatePath keeps the world across Stop-SaeEmulator' {
        $state = Join-Path $Folder 'state.json'
        $first = Start-SaeEmulator -StatePath $state -ChangeOrderDelayMs 0
        try {
            $at = @{ Endpoint = $first.Endpoint; Credential = $first.Credential; RetryIntervalSec = 0 }
            Start-SaeApplication -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo -Wait -Confirm:$false @at | Out-Null
        } finally {
            Stop-SaeEmulator $first
        }

        $second = Start-SaeEmulator -StatePath $state
        try {
            $at = @{ Endpoint = $second.Endpoint; Credential = $second.Credential; RetryIntervalSec = 0 }
            (Get-SaeApplicationStatus -AppId $DemoOrderApi -NamespaceId cn-hangzhou:demo @at).CurrentStatus | Should -Be 'RUNNING'
        } finally {
            Stop-SaeEmulator $second
        }
    }

    It 'Start-SaeEmulator fails with the path and the problem when the state file is damaged' {
        $state = Join-Path $Folder 'damaged.json'
        Set-Content -Path $state -Value '{ "format": "sae-emulator-world", "formatVersion": 1, "savedAt": '

        { Start-SaeEmulator -StatePath $state } | Should -Throw "*exited with code 2*The state file '$state' is not JSON*"
    }
}

Describe 'Help for the snapshot functions' {
    It '<_> has a synopsis, a description, every parameter and examples' -ForEach 'Save-SaeEmulatorSnapshot', 'Restore-SaeEmulatorSnapshot' {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        ($help.Description.Text -join ' ').Length | Should -BeGreaterThan 80
        foreach ($parameter in (Get-Command $_).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.Cmdlet]::CommonParameters }) {
            ($help.Parameters.Parameter | Where-Object Name -EQ $parameter).Description.Text | Should -Not -BeNullOrEmpty -Because "-$parameter needs help"
        }
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
    }
}
