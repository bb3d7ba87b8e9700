@{
    RootModule        = 'SaeEmulator.psm1'
    ModuleVersion     = '0.1.0'
    GUID              = '0f3c7d8e-6a51-4b9e-a2f4-9d6e1c0b7a35'
    Author            = 'SaePowerShell contributors'
    Description       = 'Starts and stops the local SAE emulator for demos and tests (Pester suites included).'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Start-SaeEmulator', 'Stop-SaeEmulator', 'Get-SaeEmulatorRequest', 'Clear-SaeEmulatorRequest', 'Get-SaeEmulatorState', 'Reset-SaeEmulator', 'Set-SaeEmulatorSeed', 'Set-SaeEmulatorFault', 'Clear-SaeEmulatorFault')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
