BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 100
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
}

AfterAll {
    $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Keeping to the quota' {
    It 'a run that would pass the rate limit stays under it, says why it waits, and finishes' {
        # 4 calls per 2 s for this test (the default is 55 a minute): 10 calls need at least 4 s.
        $env:SAE_POWERSHELL_RATE_LIMIT = '4/2'
        try {
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $verbose = 1..10 | ForEach-Object { Get-SaeApplication cn-hangzhou:demo @Common -Verbose 4>&1 } | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            $watch.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 3.9
            ($verbose.Message -match '^Waiting [0-9.]+ s before ListApplications: SAE allows about 60 calls a minute') | Should -Not -BeNullOrEmpty
            (Get-SaeEmulatorRequest $Emulator -Api ListApplications | Where-Object status -EQ 200).Count | Should -BeGreaterOrEqual 10
        } finally {
            $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
        }
    }

    It 'does not throttle an emulator on this machine unless asked: 70 calls to loopback never wait' {
        Remove-Item env:SAE_POWERSHELL_RATE_LIMIT -ErrorAction SilentlyContinue
        try {
            Clear-SaeEmulatorRequest $Emulator
            $verbose = 1..70 | ForEach-Object { Get-SaeNamespace -RegionId cn-hangzhou @Common -Verbose 4>&1 } | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            @($verbose.Message -match '^Waiting [0-9.]+ s before') | Should -HaveCount 0 -Because 'the default quota (55 a minute) would hold the 56th call for most of a minute'
            @(Get-SaeEmulatorRequest $Emulator -Api DescribeNamespaceList) | Should -HaveCount 70
        } finally {
            $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
        }
    }

    It 'refuses a malformed rate limit setting with a clear error' {
        $env:SAE_POWERSHELL_RATE_LIMIT = 'fast'
        try {
            { Get-SaeApplication cn-hangzhou:demo @Common } | Should -Throw -ErrorId 'InvalidRateLimit,*'
        } finally {
            $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
        }
    }
}

Describe 'Timeouts' {
    It 'refuses a malformed connect timeout with a clear error, before any call' {
        $env:SAE_POWERSHELL_CONNECT_TIMEOUT_SEC = 'soon'
        try {
            Clear-SaeEmulatorRequest $Emulator
            { Get-SaeApplication cn-hangzhou:demo @Common } | Should -Throw -ErrorId 'InvalidConnectTimeout,*' -ExpectedMessage "*'soon'*"
            Get-SaeEmulatorRequest $Emulator | Should -BeNullOrEmpty
        } finally {
            Remove-Item env:SAE_POWERSHELL_CONNECT_TIMEOUT_SEC
        }
        Get-SaeApplication cn-hangzhou:demo @Common | Should -HaveCount 3
    }

    It 'gives an attempt that gets no answer in -TimeoutSec up, and says so' {
        $silent = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $silent.Start()
        try {
            $endpoint = "http://127.0.0.1:$($silent.LocalEndpoint.Port)"
            $result = Invoke-Collecting { Get-SaeApplication cn-hangzhou:demo -Endpoint $endpoint -Credential $Emulator.Credential -TimeoutSec 1 -MaximumRetryCount 0 }
            $result.Errors | Should -HaveCount 1
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'RequestTimeout,*'
            $result.Errors[0].Exception.Message | Should -BeLike '*within 1 s*'
            $result.Errors[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        } finally {
            $silent.Stop()
        }
    }
}
