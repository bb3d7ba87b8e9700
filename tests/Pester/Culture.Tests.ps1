# The Test task runs this suite again in de-DE and in tr-TR (Invoke-PesterSuite.ps1 -Culture, with LC_ALL set for the
# emulator and every child pwsh). There these tests prove the leg really runs in its culture, and that the module's
# texts stay invariant in it. Outside a culture leg they are not defined: there is nothing of a leg to prove.
BeforeDiscovery {
    $script:Leg = $env:SAE_TEST_CULTURE
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 100
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
}

AfterAll {
    $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'A culture leg' -ForEach @(if ($Leg) { @{ Culture = $Leg } }) {
    It 'runs in <Culture>: 1.5 is written 1,5 and i upper-cases as the culture says' {
        [cultureinfo]::CurrentCulture.Name | Should -Be $Culture
        [cultureinfo]::CurrentUICulture.Name | Should -Be $Culture
        (1.5).ToString() | Should -Be '1,5'
        'i'.ToUpper() | Should -BeExactly $(if ($Culture -eq 'tr-TR') { 'İ' } else { 'I' })
        # The emulator and any child pwsh take it from the environment.
        $env:LC_ALL | Should -BeLike "$($Culture -replace '-', '_')*"
    }

    It 'writes the seconds of a rate limit in the invariant culture' {
        # One call per 1.5 s: the second call waits, and says so with the limit in its words.
        $env:SAE_POWERSHELL_RATE_LIMIT = '1/1.5'
        try {
            $verbose = 1..2 | ForEach-Object { Get-SaeApplication cn-hangzhou:demo @Common -Verbose 4>&1 } | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            $waiting = @($verbose.Message -like 'Waiting *')
            $waiting | Should -Not -BeNullOrEmpty -Because 'the second call waits for the limit'
            $waiting[0] | Should -Match '^Waiting \d+\.\d s before ListApplications: .* keeps to 1 calls per 1\.5 s for this account'
        } finally {
            $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
        }
    }
}
