# Alibaba Cloud's official Node client against the emulator: tests/OfficialClient/drive-emulator.js calls every API of
# tests/OfficialClient/apis.json through @alicloud/openapi-core's callApi, as the generated SAE SDK does, and this file
# asserts each API's outcome, in two passes on fresh emulators: signed ACS3-HMAC-SHA256 and with the client's ROA
# signature (signatureAlgorithm v2). The packages are installed once (npm ci from the committed package-lock.json) into
# out/official-client/<hash of package.json and the lock>, which the suite's culture runs then share.
BeforeDiscovery {
    $script:Apis = @((Get-Content (Join-Path $PSScriptRoot '../OfficialClient/apis.json') -Raw | ConvertFrom-Json).apis)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $clientFolder = Join-Path $root 'tests/OfficialClient'

    foreach ($tool in 'node', 'npm') {
        if (-not (Get-Command $tool -CommandType Application -ErrorAction SilentlyContinue)) {
            throw "The official-client test needs Node.js (it runs on Node 20) and npm on the PATH; '$tool' was not found. Install Node.js (with npm) and run the tests again."
        }
    }

    # npm ci only when this lock has not been installed yet: a folder per hash, marked complete once npm ci succeeded.
    $sha = [Security.Cryptography.SHA256]::Create()
    $hash = [Convert]::ToHexString($sha.ComputeHash([IO.File]::ReadAllBytes((Join-Path $clientFolder 'package.json')) + [IO.File]::ReadAllBytes((Join-Path $clientFolder 'package-lock.json')))).Substring(0, 16).ToLowerInvariant()
    $script:Modules = Join-Path $root "out/official-client/$hash"
    $installed = Join-Path $Modules 'installed'
    if (-not (Test-Path $installed)) {
        Remove-Item -Recurse -Force $Modules -ErrorAction SilentlyContinue
        New-Item -ItemType Directory -Force -Path $Modules | Out-Null
        Copy-Item (Join-Path $clientFolder 'package.json'), (Join-Path $clientFolder 'package-lock.json') $Modules
        $log = Join-Path $Modules 'npm-ci.log'
        Push-Location $Modules
        try { & npm ci --ignore-scripts --no-audit --no-fund *> $log } finally { Pop-Location }
        if ($LASTEXITCODE -ne 0) {
            throw "npm ci of tests/OfficialClient/package-lock.json failed (exit code $LASTEXITCODE) in ${Modules}:`n$(Get-Content $log -Raw)"
        }
        Set-Content -Path $installed -Value (Get-Date -Format o)
    }

    # Two passes over the same steps, each on a fresh emulator: signed ACS3-HMAC-SHA256 (the client's default) and
    # with the client's ROA signature (signatureAlgorithm v2).
    $script:Runs = @{}
    foreach ($signature in 'acs3', 'v2') {
        $emulator = Start-SaeEmulator -ChangeOrderDelayMs 100
        try {
            $secret = $emulator.Credential.GetNetworkCredential().Password
            $output = @(& node (Join-Path $clientFolder 'drive-emulator.js') --modules $Modules --endpoint $emulator.Endpoint.AbsoluteUri --key $emulator.AccessKeyId --secret $secret --signature $signature 2>&1)
            $pass = @{ Output = $output; ExitCode = $LASTEXITCODE; Results = @{}; Refusals = @(); AccessKeyId = $emulator.AccessKeyId }
            foreach ($line in $output) {
                if ("$line".StartsWith('{"api":', [StringComparison]::Ordinal)) {
                    $result = "$line" | ConvertFrom-Json
                    $pass.Results[$result.api] = $result
                } elseif ("$line".StartsWith('{"refusal":', [StringComparison]::Ordinal)) {
                    $pass.Refusals += "$line" | ConvertFrom-Json
                }
            }
            $pass.Requests = @(Get-SaeEmulatorRequest $emulator)
            $Runs[$signature] = $pass
        } finally {
            Stop-SaeEmulator $emulator
        }
    }
}

Describe 'Alibaba Cloud''s official Node client (@alicloud/openapi-core) against the emulator, signed <_>' -ForEach 'acs3', 'v2' {
    BeforeAll {
        # (Not $script: variables: the Its must see this block's pass, whichever ran last.)
        $Run = $Runs[$_]
        # What the emulator logs for each: ACS3-HMAC-SHA256 is V3, the client's v2 (ROA HMAC-SHA1) is ROA.
        $Scheme = @{ acs3 = 'V3'; v2 = 'ROA' }[$_]
    }

    It 'runs the script to the end, with one result per API of apis.json' {
        $Run.Results.Keys | Sort-Object | Should -Be ($Apis | Sort-Object) -Because ($Run.Output -join "`n")
        $Run.ExitCode | Should -Be 0 -Because ($Run.Output -join "`n")
    }

    It 'gets each refusal (an unknown application, a wrong secret, an unknown key) as the client''s error, with SAE''s code, status and request id' {
        $Run.Refusals.Count | Should -Be 3 -Because ($Run.Output -join "`n")
        foreach ($refusal in $Run.Refusals) {
            ($refusal.problems -join '; ') | Should -BeNullOrEmpty -Because $refusal.refusal
            $refusal.passed | Should -BeTrue
        }
    }

    It '<_>: the official client gets a success in the official shape' -ForEach $Apis {
        $result = $Run.Results[$_]
        $result | Should -Not -BeNullOrEmpty -Because "the script printed no result for $_`n$($Run.Output -join "`n")"
        ($result.problems -join '; ') | Should -BeNullOrEmpty
        $result.passed | Should -BeTrue
        # And the emulator saw exactly those calls (and the refusals sent to this API), each signed as this pass signs;
        # the calls by the emulator's key, answered 200.
        $api = $_
        $seen = @($Run.Requests | Where-Object { $_.api -ceq $api })
        $seen.Count | Should -Be ($result.calls + @($Run.Refusals | Where-Object { $_.api -ceq $api }).Count)
        @($seen | Where-Object { $_.status -eq 200 -and $_.accessKeyId -ceq $Run.AccessKeyId }).Count | Should -Be $result.calls
        foreach ($request in $seen) { $request.signatureScheme | Should -Be $Scheme }
    }
}
