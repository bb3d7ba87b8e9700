# Dot-sourced by every test file's BeforeAll: imports the built module and the emulator helper.
$root = Split-Path (Split-Path $PSScriptRoot -Parent) -Parent
$modulePath = if ($env:SAE_TEST_MODULE_PATH) { $env:SAE_TEST_MODULE_PATH } else { Join-Path $root 'out/SaePowerShell/SaePowerShell.psd1' }
$emulatorModulePath = if ($env:SAE_TEST_EMULATOR_MODULE_PATH) { $env:SAE_TEST_EMULATOR_MODULE_PATH } else { Join-Path $root 'out/SaeEmulator/SaeEmulator.psd1' }
Import-Module $modulePath -Force
Import-Module $emulatorModulePath -Force

# No test may pick up the machine's real Alibaba Cloud settings, nor read the user's home folder (profiles live there):
# every variable the module reads goes, as listed by the module itself (Clear-SaeEnvironment, tools/common.ps1), and
# HOME points at an empty folder of the run's own.
. (Join-Path $root 'tools/common.ps1')
$null = Clear-SaeEnvironment
Remove-Item env:USERPROFILE -ErrorAction SilentlyContinue
if (-not $env:SAE_TEST_HOME) {
    $env:SAE_TEST_HOME = Join-Path ([IO.Path]::GetTempPath()) ('sae-test-home-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $env:SAE_TEST_HOME | Out-Null
}
$env:HOME = $env:SAE_TEST_HOME

# The emulator is not SAE's quota: a test run makes hundreds of calls a minute. (Throttling tests set their own limit.)
$env:SAE_POWERSHELL_RATE_LIMIT = 'off'

# Seed app ids, by name, as the emulator's built-in seed has them.
$script:Ids = @{
    Legacy        = '0d1e2f3a-0000-4000-8000-000000000101'
    DemoWeb       = '0d1e2f3a-0000-4000-8000-000000000201'
    DemoOrder     = '0d1e2f3a-0000-4000-8000-000000000202'
    DemoPayment   = '0d1e2f3a-0000-4000-8000-000000000203'
    StagingWeb    = '0d1e2f3a-0000-4000-8000-000000000301'
    StagingOrder  = '0d1e2f3a-0000-4000-8000-000000000302'
    BillingInv    = '0d1e2f3a-0000-4000-8000-000000000501'
    BillingReport = '0d1e2f3a-0000-4000-8000-000000000502'
    ProdWeb       = '0d1e2f3a-0000-4000-8000-000000000601'
    ProdOrder     = '0d1e2f3a-0000-4000-8000-000000000602'
    ProdInventory = '0d1e2f3a-0000-4000-8000-000000000603'
    Upgrading     = '0d1e2f3a-0000-4000-8000-000000000701'
}

# Runs a command, returning its output and its errors apart. Pester runs tests with $ErrorActionPreference = 'Stop';
# here the errors stay non-terminating, as they are for users.
function Invoke-Collecting([scriptblock] $Command) {
    $ErrorActionPreference = 'Continue'
    $all = @(& $Command 2>&1)
    [pscustomobject]@{
        Output = @($all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] })
        Errors = @($all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
    }
}
