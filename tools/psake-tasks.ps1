# The psake vocabulary psake.ps1 is written in (Task, -Depends, Exec), and the test runs its test tasks share. Dot-source
# it after tools/common.ps1:
#   . (Join-Path $PSScriptRoot 'tools/psake-tasks.ps1')
# It defines functions and $Tasks, $Completed and $TestCounts, and changes nothing else. The test runs read psake.ps1's
# $Root, $Configuration, $ResultsOut, $ModuleOut, $EmulatorOut and $PesterVersion.

#region The psake vocabulary
$script:Tasks = [ordered]@{}
$script:Completed = [Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
# Passed and failed per test run ('xunit', 'Pester', 'xunit de-DE', ...), in the order they ran.
$script:TestCounts = [ordered]@{}
$script:FailedTests = [Collections.Generic.List[string]]::new()

function Task {
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Position = 1)] [scriptblock] $Action = {},
        [string[]] $Depends = @(),
        [string] $Description = ''
    )
    $script:Tasks[$Name] = [pscustomobject]@{ Name = $Name; Depends = $Depends; Action = $Action; Description = $Description }
}

function Exec([scriptblock] $Command, [string] $ErrorMessage = "The command failed: $Command") {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$ErrorMessage (exit code $LASTEXITCODE)" }
}

# Runs a task once, after the tasks it depends on.
function Invoke-Task([string] $Name) {
    if ($script:Completed.Contains($Name)) { return }
    $task = $script:Tasks[$Name]
    if (-not $task) { throw "There is no task '$Name'. Tasks: $($script:Tasks.Keys -join ', ')" }
    foreach ($dependency in $task.Depends) { Invoke-Task $dependency }
    Write-Status "==> $Name" Cyan
    $watch = [Diagnostics.Stopwatch]::StartNew()
    & $task.Action
    Write-Status "<== $Name ($([int]$watch.Elapsed.TotalSeconds) s)" DarkCyan
    [void] $script:Completed.Add($Name)
}

# Runs a script in a child pwsh (Invoke-ChildPwsh, tools/common.ps1), and throws, saying what failed, when it fails.
function Invoke-ChildScript([string] $What, [string[]] $Arguments) {
    Invoke-ChildPwsh $Arguments
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}
#endregion

#region Test runs
# Adds a run's counts to the run named $Name (the two xunit projects count as one run).
function Add-TestCount([string] $Name, [int] $Passed, [int] $Failed) {
    if (-not $script:TestCounts.Contains($Name)) { $script:TestCounts[$Name] = @{ Passed = 0; Failed = 0 } }
    $script:TestCounts[$Name].Passed += $Passed
    $script:TestCounts[$Name].Failed += $Failed
}

# Runs the tests of one xunit project (built by Compile), those -Filter picks (dotnet test --filter), and counts them as
# run $Name. -MustPass names a test that must be among those passed: a culture leg's proof that it ran in its culture.
function Invoke-XunitRun([string] $Name, [string] $Project, [string] $Filter, [string] $MustPass) {
    New-Item -ItemType Directory -Force -Path $ResultsOut | Out-Null
    $trx = Join-Path $ResultsOut (($Name -replace '\W', '-') + ".$Project.trx")
    Remove-Item $trx -ErrorAction SilentlyContinue
    $filterArguments = if ($Filter) { @('--filter', $Filter) } else { @() }
    & dotnet test (Join-Path $Root "tests/$Project/$Project.csproj") -c $Configuration --no-build --nologo @filterArguments `
        --logger "trx;LogFileName=$trx" --logger 'console;verbosity=minimal'
    if (-not (Test-Path $trx)) {
        Write-Status "$Name ($Project) produced no results: the test run itself failed." Red
        return Add-TestCount $Name 0 1
    }
    $run = ([xml](Get-Content $trx -Raw)).TestRun
    $counters = $run.ResultSummary.Counters
    $failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    foreach ($result in @($run.Results.UnitTestResult | Where-Object { $_ -and $_.outcome -ne 'Passed' -and $_.outcome -ne 'NotExecuted' })) {
        Add-FailedTest $Name $result.testName ([string]$result.Output.ErrorInfo.Message)
    }
    if ($MustPass -and -not @($run.Results.UnitTestResult | Where-Object { $_.testName -like "*$MustPass*" -and $_.outcome -eq 'Passed' })) {
        Write-Status "$Name did not pass $MustPass, which proves where it runs." Red
        $failed += 1
    }
    Add-TestCount $Name ([int]$counters.passed) $failed
}

# Runs the Pester suite against out/ in a child pwsh (a binary module cannot be unloaded; the tests import the built
# one fresh) and counts it as run $Name; with -Culture, in that culture, which the suite's summary must confirm.
function Invoke-PesterRun([string] $Name, [string] $Culture) {
    New-Item -ItemType Directory -Force -Path $ResultsOut | Out-Null
    $file = $Name -replace '\W', '-'
    $summary = Join-Path $ResultsOut "$file-summary.json"
    Remove-Item $summary -ErrorAction SilentlyContinue
    $cultureArguments = if ($Culture) { @('-Culture', $Culture) } else { @() }
    Invoke-ChildPwsh (@('-File', (Join-Path $Root 'tests/Pester/Invoke-PesterSuite.ps1'),
            '-PesterPath', (Get-PesterModulePath $PesterVersion), '-ModulePath', (Join-Path $ModuleOut 'SaePowerShell.psd1'),
            '-EmulatorModulePath', (Join-Path $EmulatorOut 'SaeEmulator.psd1'), '-SummaryPath', $summary,
            '-ResultPath', (Join-Path $ResultsOut "$file.xml")) + $cultureArguments)
    if (-not (Test-Path $summary)) {
        Write-Status "$Name produced no results: the test run itself failed." Red
        return Add-TestCount $Name 0 1
    }
    $counts = Get-Content $summary -Raw | ConvertFrom-Json
    foreach ($test in @($counts.FailedTests | Where-Object { $_ })) { Add-FailedTest $Name $test.Name $test.Message }
    $failed = [int]$counts.Failed
    if ($Culture -and $counts.Culture -ne $Culture) {
        Write-Status "$Name ran in '$($counts.Culture)', not $Culture." Red
        $failed += 1
    }
    Add-TestCount $Name ([int]$counts.Passed) $failed
}

# Runs $Action with the environment of a culture leg, then puts it back: LC_ALL and LANG, from which .NET and every
# child process (dotnet test, pwsh, the emulator) take their culture, and SAE_TEST_CULTURE, which the tests check it
# against. DOTNET_CLI_UI_LANGUAGE keeps dotnet's own output in English. This process keeps its culture.
function Use-TestCulture([string] $Culture, [scriptblock] $Action) {
    $names = 'LC_ALL', 'LANG', 'SAE_TEST_CULTURE', 'DOTNET_CLI_UI_LANGUAGE'
    $saved = @{}
    foreach ($name in $names) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
    try {
        $env:LC_ALL = $env:LANG = ($Culture -replace '-', '_') + '.UTF-8'
        $env:SAE_TEST_CULTURE = $Culture
        $env:DOTNET_CLI_UI_LANGUAGE = 'en'
        & $Action
    } finally {
        foreach ($name in $names) {
            if ($null -eq $saved[$name]) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue } else { Set-Item "Env:$name" $saved[$name] }
        }
    }
}

# Keeps a failed test's name and the first line of its message, so that the end of a long log (all CI shows) names it.
function Add-FailedTest([string] $Run, [string] $Test, [string] $Message) {
    $firstLine = ("$Message" -split '\r?\n' | Where-Object { $_.Trim() } | Select-Object -First 1)
    if ($firstLine.Length -gt 200) { $firstLine = $firstLine.Substring(0, 200) + '...' }
    $script:FailedTests.Add("[$Run] $Test" + $(if ($firstLine) { ": $firstLine" } else { '' }))
}

# Writes each failed test, then each run's counts, and returns the totals (Passed, Failed), for the line CI reads: "N passed, N failed".
function Write-TestCount {
    foreach ($failure in $script:FailedTests) { Write-Host "FAILED $failure" }
    foreach ($run in $script:TestCounts.Keys) {
        Write-Host ("{0,-12} {1} passed, {2} failed" -f $run, $script:TestCounts[$run].Passed, $script:TestCounts[$run].Failed)
    }
    @{
        Passed = [int]($script:TestCounts.Values | ForEach-Object Passed | Measure-Object -Sum).Sum
        Failed = [int]($script:TestCounts.Values | ForEach-Object Failed | Measure-Object -Sum).Sum
    }
}
#endregion
