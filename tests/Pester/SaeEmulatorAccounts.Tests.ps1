# The SaeEmulator module's accounts (Start-SaeEmulator -Account) and init scripts (-InitScript), driven by the
# SaePowerShell cmdlets over real HTTP.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Folder = Join-Path ([IO.Path]::GetTempPath()) ('sae-accounts-pester-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $Folder | Out-Null
    $teamSeed = Join-Path $Folder 'team-b.json'
    Set-Content -LiteralPath $teamSeed -Value '{ "namespaces": [ { "namespaceId": "cn-hangzhou:team-b" } ], "applications": [ { "appId": "app-team-b", "appName": "team-b-web", "namespaceId": "cn-hangzhou:team-b" } ] }'
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 0 -Account @{ AccountId = '222222222222'; AccessKeyId = 'LTAI5tTeamBKey'; AccessKeySecret = 'team-b-secret'; SeedPath = $teamSeed }
    $script:TeamB = $Emulator.Accounts[0]
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
    Remove-Item -Recurse -Force $Folder -ErrorAction SilentlyContinue
}

Describe 'Start-SaeEmulator -Account' {
    It 'gives each key its own world: Get-SaeApplication with each sees only its account''s applications' {
        $defaultApps = @(Get-SaeApplication -RegionId cn-hangzhou -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential -RetryIntervalSec 0)
        $teamBApps = @(Get-SaeApplication -RegionId cn-hangzhou -Endpoint $Emulator.Endpoint -Credential $TeamB.Credential -RetryIntervalSec 0)

        $TeamB.AccountId | Should -Be '222222222222'
        $teamBApps.AppId | Should -Be @('app-team-b')
        $defaultApps.Count | Should -BeGreaterThan 1
        $defaultApps.AppId | Should -Not -Contain 'app-team-b'
    }

    It 'keeps what one account makes out of the other''s world' {
        New-SaeNamespace cn-hangzhou:only-b -Endpoint $Emulator.Endpoint -Credential $TeamB.Credential -RetryIntervalSec 0 | Out-Null
        New-SaeConfigMap -NamespaceId cn-hangzhou:team-b -Name b-settings -Data @{ k = 'v' } -Confirm:$false -Endpoint $Emulator.Endpoint -Credential $TeamB.Credential -RetryIntervalSec 0 | Out-Null

        (Get-SaeNamespace -Endpoint $Emulator.Endpoint -Credential $TeamB.Credential -RetryIntervalSec 0).NamespaceId | Should -Contain 'cn-hangzhou:only-b'
        (Get-SaeNamespace -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential -RetryIntervalSec 0).NamespaceId | Should -Not -Contain 'cn-hangzhou:only-b'
        (Get-SaeConfigMap -NamespaceId cn-hangzhou:team-b -Name b-settings -Endpoint $Emulator.Endpoint -Credential $TeamB.Credential -RetryIntervalSec 0).Data['k'] | Should -Be 'v'
        (Get-SaeEmulatorState $Emulator -AccountId 222222222222).namespaces.namespaceId | Should -Contain 'cn-hangzhou:only-b'
        (Get-SaeEmulatorState $Emulator).namespaces.namespaceId | Should -Not -Contain 'cn-hangzhou:only-b'
    }

    It 'keeps every account''s world in a snapshot, and restoring it puts each back' {
        $path = Join-Path $Folder 'two-accounts.json'
        New-SaeConfigMap -NamespaceId cn-hangzhou:team-b -Name saved -Data @{ k = 'v' } -Confirm:$false -Endpoint $Emulator.Endpoint -Credential $TeamB.Credential -RetryIntervalSec 0 | Out-Null
        Save-SaeEmulatorSnapshot $Emulator -Path $path | Out-Null
        Reset-SaeEmulator $Emulator
        Get-SaeConfigMap -NamespaceId cn-hangzhou:team-b -Name saved -Endpoint $Emulator.Endpoint -Credential $TeamB.Credential -RetryIntervalSec 0 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        Restore-SaeEmulatorSnapshot $Emulator -Path $path

        (Get-SaeConfigMap -NamespaceId cn-hangzhou:team-b -Name saved -Endpoint $Emulator.Endpoint -Credential $TeamB.Credential -RetryIntervalSec 0).Data['k'] | Should -Be 'v'
        @(Get-SaeApplication -RegionId cn-hangzhou -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential -RetryIntervalSec 0).AppId | Should -Not -Contain 'app-team-b'
    }

    It 'refuses an unknown key as SAE does' {
        $stranger = [pscredential]::new('LTAI5tNobodysKey', (ConvertTo-SecureString 'whatever' -AsPlainText -Force))
        $result = Get-SaeApplication -RegionId cn-hangzhou -Endpoint $Emulator.Endpoint -Credential $stranger -RetryIntervalSec 0 -ErrorVariable failures -ErrorAction SilentlyContinue

        $result | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'InvalidAccessKeyId.NotFound*'
    }

    It 'refuses an account without its key, naming what is missing' {
        { Start-SaeEmulator -Account @{ AccountId = '3'; AccessKeyId = 'LTAI5tX' } } | Should -Throw '*AccessKeySecret*'
    }
}

Describe 'Start-SaeEmulator -InitScript' {
    BeforeAll {
        $script:Init = Join-Path $Folder 'init'
        New-Item -ItemType Directory -Path $Init | Out-Null
        Set-Content -LiteralPath (Join-Path $Init '1-namespace.ps1') -Value 'New-SaeNamespace cn-hangzhou:seeded -Name Seeded | Out-Null'
        Set-Content -LiteralPath (Join-Path $Init '2-app.ps1') -Value @'
New-SaeApplication seeded-web registry.cn-hangzhou.aliyuncs.com/team/web:1.0 -NamespaceId cn-hangzhou:seeded -Replicas 1 | Out-Null
New-SaeConfigMap -NamespaceId cn-hangzhou:seeded -Name settings -Data @{ stage = 'init' } | Out-Null
'@
    }

    It 'runs the scripts in order with the cmdlets pointed at the emulator, and not again when the state file holds the world' {
        $state = Join-Path $Folder 'world.json'
        $first = Start-SaeEmulator -ChangeOrderDelayMs 0 -StatePath $state -InitScript $Init
        try {
            $common = @{ Endpoint = $first.Endpoint; Credential = $first.Credential; RetryIntervalSec = 0 }
            (Get-SaeApplication -NamespaceId cn-hangzhou:seeded @common).AppName | Should -Be 'seeded-web'
            (Get-SaeConfigMap -NamespaceId cn-hangzhou:seeded -Name settings @common).Data['stage'] | Should -Be 'init'
        }
        finally { Stop-SaeEmulator $first }

        # Run again, the scripts would fail (the namespace exists): the start succeeds because they are not run.
        $second = Start-SaeEmulator -ChangeOrderDelayMs 0 -StatePath $state -InitScript $Init
        try {
            @(Get-SaeApplication -NamespaceId cn-hangzhou:seeded -Endpoint $second.Endpoint -Credential $second.Credential -RetryIntervalSec 0).Count | Should -Be 1
        }
        finally { Stop-SaeEmulator $second }
    }

    It 'seeds the world of Use-SaeEmulator too' {
        $one = Join-Path $Folder 'one.ps1'
        Set-Content -LiteralPath $one -Value 'New-SaeNamespace cn-hangzhou:from-use -Name FromUse | Out-Null'

        $ids = Use-SaeEmulator -InitScript $one { (Get-SaeNamespace -RetryIntervalSec 0).NamespaceId }

        $ids | Should -Contain 'cn-hangzhou:from-use'
    }

    It 'fails the start naming the script when one fails' {
        $bad = Join-Path $Folder 'bad.ps1'
        Set-Content -LiteralPath $bad -Value 'New-SaeNamespace cn-hangzhou:demo | Out-Null'

        { Start-SaeEmulator -InitScript $bad } | Should -Throw "*bad.ps1*"
    }
}
