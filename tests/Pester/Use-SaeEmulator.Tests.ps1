# Use-SaeEmulator (the SaeEmulator module): the helper for users' own tests. It points the session at the emulator and
# puts everything back. The outer values below stand in for a user's real settings, which must never reach a test and
# must be there again afterwards.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Names = @([SaePowerShell.SaeEnvironmentVariables]::All | ForEach-Object Name) + 'HOME', 'USERPROFILE'
    $script:Before = @{}
    foreach ($name in $Names) { $Before[$name] = [Environment]::GetEnvironmentVariable($name) }

    $script:OuterHome = Join-Path ([IO.Path]::GetTempPath()) ('sae-outer-home-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $OuterHome | Out-Null
    # The user's own settings: a real-looking key, a region, an endpoint that is not the emulator, a profile.
    function Set-OuterEnvironment {
        $env:ALIBABA_CLOUD_ACCESS_KEY_ID = 'LTAI-outer-key'
        $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'outer-secret'
        $env:ALIBABA_CLOUD_REGION_ID = 'cn-beijing'
        $env:ALIBABA_CLOUD_SAE_ENDPOINT = 'https://sae.cn-beijing.aliyuncs.com'
        $env:ALIBABA_CLOUD_PROFILE = 'production'
        $env:SAE_POWERSHELL_RATE_LIMIT = '55/60'
        $env:HOME = $OuterHome
        $env:USERPROFILE = $OuterHome
    }
    function Get-Environment {
        $values = @{}
        foreach ($name in $Names) { $values[$name] = [Environment]::GetEnvironmentVariable($name) }
        $values
    }
    function Assert-OuterEnvironment([hashtable] $Expected) {
        $now = Get-Environment
        foreach ($name in $Names) { $now[$name] | Should -Be $Expected[$name] -Because "$name must be restored" }
        # And no session default is left behind: with the outer key's profile gone, nothing points at an emulator.
        (Get-SaeContext -ErrorAction SilentlyContinue).Endpoint | Should -Not -BeLike 'http://127.0.0.1*'
    }
}

AfterAll {
    Use-SaeEmulator -Stop
    foreach ($name in $Names) {
        if ($null -eq $Before[$name]) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue } else { Set-Item "Env:$name" $Before[$name] }
    }
    Remove-Item -Recurse -Force $OuterHome -ErrorAction SilentlyContinue
}

Describe 'Use-SaeEmulator' {
    BeforeAll {
        Set-OuterEnvironment
        $script:Outer = Get-Environment
        $script:Emulator = Use-SaeEmulator
        $script:Inside = Get-Environment
        $script:Context = Get-SaeContext
        $script:Apps = @(Get-SaeApplication -RegionId cn-hangzhou)
        $script:Listed = @(Get-SaeEmulatorRequest $Emulator -Api ListApplications)
        $script:TempHome = $env:HOME
        $script:TempHomeExisted = Test-Path $TempHome
        Use-SaeEmulator -Stop
    }

    It 'returns the running emulator' {
        $Emulator.Endpoint.Host | Should -Be '127.0.0.1'
        $Emulator.Credential.UserName | Should -Be $Emulator.AccessKeyId
    }

    It 'sends calls without -Endpoint or -Credential to the emulator' {
        $Apps.Count | Should -BeGreaterThan 0
        $Listed.Count | Should -BeGreaterThan 0
        $Listed | ForEach-Object { $_.accessKeyId | Should -Be $Emulator.AccessKeyId }
        $Context.Endpoint | Should -Be $Emulator.Endpoint
        $Context.AccessKeyId | Should -Not -BeLike '*outer*'
    }

    It 'clears every variable SaePowerShell reads, sets the endpoint, turns the rate limit off and uses an empty HOME' {
        foreach ($name in [SaePowerShell.SaeEnvironmentVariables]::All.Name | Where-Object { $_ -notin 'ALIBABA_CLOUD_SAE_ENDPOINT', 'SAE_POWERSHELL_RATE_LIMIT' }) {
            $Inside[$name] | Should -BeNullOrEmpty -Because "$name must not reach a test"
        }
        $Inside.ALIBABA_CLOUD_SAE_ENDPOINT | Should -Be $Emulator.Endpoint.AbsoluteUri.TrimEnd('/')
        $Inside.SAE_POWERSHELL_RATE_LIMIT | Should -Be 'off'
        $Inside.HOME | Should -Not -Be $OuterHome
        $Inside.USERPROFILE | Should -BeNullOrEmpty
        $TempHomeExisted | Should -BeTrue
    }

    It '-Stop restores every variable, disconnects, stops the emulator and removes the folders' {
        Assert-OuterEnvironment $Outer
        $Emulator.Process.HasExited | Should -BeTrue
        Test-Path $Emulator.WorkFolder | Should -BeFalse
        Test-Path $TempHome | Should -BeFalse
    }

    It '-Stop with no emulator session does nothing' {
        { Use-SaeEmulator -Stop } | Should -Not -Throw
        Assert-OuterEnvironment $Outer
    }
}

Describe 'Use-SaeEmulator with a script block' {
    BeforeAll {
        Set-OuterEnvironment
        $script:Outer = Get-Environment
    }

    It 'runs the block against the emulator, returns its output and puts everything back' {
        $orders = @(Use-SaeEmulator { param($emulator) Get-SaeApplication cn-hangzhou:demo | Start-SaeApplication; $script:Seen = $emulator })
        $orders.Count | Should -Be 1
        $orders[0].NamespaceId | Should -Be 'cn-hangzhou:demo'
        $orders[0].ChangeOrderId | Should -Not -BeNullOrEmpty
        $Seen.Process.HasExited | Should -BeTrue
        Assert-OuterEnvironment $Outer
    }

    It 'puts everything back when the block throws' {
        { Use-SaeEmulator { param($emulator) $script:Thrown = $emulator; throw 'boom' } } | Should -Throw 'boom'
        $Thrown.Process.HasExited | Should -BeTrue
        Assert-OuterEnvironment $Outer
    }
}

Describe 'Help for Use-SaeEmulator' {
    It 'has a synopsis, a description, every parameter and examples' {
        $help = Get-Help Use-SaeEmulator -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        ($help.Description.Text -join ' ').Length | Should -BeGreaterThan 80
        foreach ($parameter in 'ScriptBlock', 'Stop', 'SeedPath', 'Snapshot', 'ChangeOrderDelayMs', 'LatencyMs', 'BatchOrdersPerNamespace', 'RegionId') {
            ($help.Parameters.Parameter | Where-Object Name -EQ $parameter).Description.Text | Should -Not -BeNullOrEmpty -Because "-$parameter needs help"
        }
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
    }
}
