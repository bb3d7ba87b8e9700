# The README's recipes run as written: each code block marked <!-- readme-test: name --> is taken from README.md and
# run from the repository root in a fresh runspace, against the emulator that the module built beside it.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

    function Get-ReadmeBlock([string] $Name) {
        $readme = Get-Content (Join-Path $Root 'README.md') -Raw
        $match = [regex]::Match($readme, "<!-- readme-test: $([regex]::Escape($Name)) -->\r?\n``````powershell\r?\n(?<code>.*?)\r?\n``````", 'Singleline')
        $match.Success | Should -BeTrue -Because "README.md has a block marked readme-test: $Name"
        $match.Groups['code'].Value
    }

    # A fresh runspace in the repository root, as a new session there would be; its output, errors and host lines.
    function Invoke-Fresh([string] $Script) {
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript("Set-Location '$Root'; [Environment]::CurrentDirectory = '$Root'`n$Script")
            $output = @($shell.Invoke())
            [pscustomobject]@{ Output = $output; Errors = @($shell.Streams.Error); Information = @($shell.Streams.Information | ForEach-Object { "$($_.MessageData)" }) }
        } finally {
            $shell.Dispose()
        }
    }

    # The built modules the suite tests, in place of ./out when the suite runs them from elsewhere.
    function Use-BuiltModules([string] $Code) {
        $Code.Replace('./out/SaePowerShell/SaePowerShell.psd1', "'$env:SAE_TEST_MODULE_PATH'").Replace('./out/SaeEmulator/SaeEmulator.psd1', "'$env:SAE_TEST_EMULATOR_MODULE_PATH'")
    }
}

Describe 'The README recipes' {
    It 'using the emulator by hand runs as written: the pipeline against the emulator, and the session put back' {
        $code = Get-ReadmeBlock 'by-hand'
        $code | Should -Match 'Use-SaeEmulator -Stop'
        $result = Invoke-Fresh (Use-BuiltModules $code)
        $result.Errors | Should -BeNullOrEmpty
        $orders = @($result.Output | Where-Object { $_ -is [SaePowerShell.SaeChangeOrder] })
        $orders.Count | Should -BeGreaterThan 0
        $orders.Status | Should -Not -Contain 'Failed'
        @($result.Output | Where-Object { $_ -is [SaePowerShell.SaeApplicationStatus] }).Count | Should -Be 3
        @($result.Information -like '*Connect-SaeAccount -Endpoint http://127.0.0.1:*') | Should -HaveCount 1 -Because 'Use-SaeEmulator prints the line for another session'

    }

    It 'the line Start-SaeEmulator prints points another session at the emulator, pasted as printed' {
        $emulator = Start-SaeEmulator 6>&1 | Tee-Object -Variable printed | Where-Object { $_ -isnot [System.Management.Automation.InformationRecord] }
        try {
            $line = @($printed | Where-Object { $_ -is [System.Management.Automation.InformationRecord] } | ForEach-Object { "$($_.MessageData)".Trim() } | Where-Object { $_ -like 'Import-Module *' })
            $line | Should -HaveCount 1
            $line[0] | Should -Be $emulator.ConnectCommand
            $line[0] | Should -Match ([regex]::Escape($emulator.Endpoint.GetLeftPart('Authority')))
            $other = Invoke-Fresh ($line[0] + "`nGet-SaeApplication cn-hangzhou:demo")
            $other.Errors | Should -BeNullOrEmpty
            @($other.Output | Where-Object { $_.PSObject.Properties['AppName'] }).AppName | Sort-Object | Should -Be @('order-api', 'payment-worker', 'web-frontend')
        } finally {
            Stop-SaeEmulator $emulator
        }
    }

    It "the operator's day runs as written on the emulator's seed" {
        $code = Get-ReadmeBlock 'operators-day'
        $result = Invoke-Fresh ("Import-Module '$env:SAE_TEST_MODULE_PATH', '$env:SAE_TEST_EMULATOR_MODULE_PATH'`n" +
            "`$null = Use-SaeEmulator`ntry {`n$code`n} finally { Use-SaeEmulator -Stop }")
        $result.Errors | Should -BeNullOrEmpty
        $orders = @($result.Output | Where-Object { $_ -is [SaePowerShell.SaeChangeOrder] })
        $orders.Action | Should -Contain 'Deploy' -Because 'the seed has the application the recipe names'
        $orders.Action | Should -Contain 'Rollback'
        $orders.Status | Should -Not -Contain 'Failed'
        @($result.Output | Where-Object { $_ -is [SaePowerShell.SaeApplicationInstance] }).Count | Should -BeGreaterThan 0 -Because 'the application it names has instances to look at'

    }

    It 'building, configuring and tearing down runs as written on the emulator''s seed, each job through its cmdlet' {
        $code = Get-ReadmeBlock 'build-and-tear-down'
        $result = Invoke-Fresh ("Import-Module '$env:SAE_TEST_MODULE_PATH', '$env:SAE_TEST_EMULATOR_MODULE_PATH'`n" +
            "`$emulator = Use-SaeEmulator`ntry {`n$code`n" +
            "[pscustomobject]@{ Calls = @(Get-SaeEmulatorRequest `$emulator).api; Clone = @(Get-SaeApplication -NamespaceId cn-hangzhou:empty -Name shop).Count; Namespaces = @(Get-SaeNamespace -RegionId cn-hangzhou).NamespaceId }`n" +
            "} finally { Use-SaeEmulator -Stop }")
        $result.Errors | Should -BeNullOrEmpty
        $orders = @($result.Output | Where-Object { $_ -is [SaePowerShell.SaeChangeOrder] })
        $orders.Status | Should -Not -Contain 'Failed'
        $orders.Action | Should -Contain 'Create'
        $orders.Action | Should -Contain 'Deploy'
        $seen = $result.Output | Where-Object { $_.PSObject.Properties['Calls'] } | Select-Object -Last 1
        foreach ($api in 'CreateNamespace', 'CreateSecret', 'CreateApplication', 'DeployApplication', 'UpdateAppSecurityGroup', 'RescaleApplication', 'TagResources', 'BatchStopApplications', 'DeleteApplication', 'DeleteSecret', 'DeleteNamespace') {
            $seen.Calls | Should -Contain $api
        }
        $seen.Clone | Should -Be 1 -Because 'the clone stays in cn-hangzhou:empty'
        $seen.Namespaces | Should -Not -Contain 'cn-hangzhou:qa'
    }

    It "the help's examples name only namespaces and applications the emulator's seed has" {
        $seed = Get-Content (Join-Path $Root 'src/SaePowerShell.Emulator/DefaultSeed.json') -Raw | ConvertFrom-Json
        $namespaces = @($seed.namespaces.namespaceId)
        $names = @($seed.applications.appName)
        $code = (Get-Command -Module SaePowerShell | ForEach-Object { (Get-Help $_.Name -Examples).Examples.Example.Code }) -join "`n"
        # A line that creates namespaces or applications names ones the seed cannot have yet.
        $naming = ($code -split "`n" | Where-Object { $_ -notmatch 'New-Sae(Namespace|Application)\b' }) -join "`n"
        foreach ($namespace in [regex]::Matches($naming, '\b[a-z]{2}-[a-z]+:[a-z0-9-]+') | ForEach-Object Value | Select-Object -Unique) {
            $namespaces | Should -Contain $namespace
        }
        foreach ($name in [regex]::Matches($naming, "Get-SaeApplication [^|\n]*?-Name '?([A-Za-z0-9*-]+)|-AppName '?([A-Za-z0-9*-]+)") | ForEach-Object { $_.Groups[1].Value + $_.Groups[2].Value } | Select-Object -Unique) {
            @($names | Where-Object { $_ -like $name }).Count | Should -BeGreaterThan 0 -Because "an example names the application '$name'"
        }
    }

    It 'your own tests outside the repository run as the README says: Pester from where the restore put it, pwsh from the repository' {
        $match = [regex]::Match((Get-Content (Join-Path $Root 'README.md') -Raw), "<!-- readme-test: own-tests -->\r?\n``````\r?\n(?<code>.*?)\r?\n``````", 'Singleline')
        $match.Success | Should -BeTrue
        $lines = $match.Groups['code'].Value -split "\r?\n"
        $lines | Should -HaveCount 2
        $own = Join-Path $TestDrive 'my-sae-tests'
        New-Item -ItemType Directory -Path $own | Out-Null
        Set-Content (Join-Path $own 'Mine.Tests.ps1') "Describe 'mine' { It 'sees the module and the emulator' { (Get-Command Get-SaeApplication).Source | Should -Be SaePowerShell; (Get-Command Start-SaeEmulator).Source | Should -Be SaeEmulator; (Get-Location).Path | Should -Be '$own' } }"
        # As a POSIX shell runs them from the repository root, with the folder of one's own tests in place of ~/my-sae-tests.
        $script = "cd '$Root' && " + (($lines | ForEach-Object { $_.Replace('$HOME/my-sae-tests', $own) }) -join ' && ')
        # The suite's HOME is an empty folder of its own; the README speaks of the user's, where the restore put Pester
        # (this run imported it from there) and the local tool.
        (Get-Module Pester).Path -match '^(?<home>.*)[\\/]\.nuget[\\/]packages[\\/]pester[\\/]' | Should -BeTrue -Because 'the suite runs the Pester the restore put in $HOME/.nuget/packages'
        $script = "export HOME='$($Matches['home'])' && " + $script
        # Pester colours its summary when it thinks it writes to a terminal; the colour codes are not the words.
        $out = (& bash -c $script 2>&1 | Out-String) -replace "\e\[[0-9;]*m", ''
        $LASTEXITCODE | Should -Be 0 -Because $out
        $out | Should -Match 'Tests Passed: 1, Failed: 0'

        Push-Location $own
        try {
            & dotnet pwsh -NoProfile -Command 'exit 0' 2>&1 | Out-Null
            $LASTEXITCODE | Should -Not -Be 0 -Because 'outside the repository dotnet finds no pwsh, which is why the README says to start it from there'
        } finally {
            Pop-Location
        }
    }
}
