@{
    RootModule        = 'SaeEmulator.psm1'
    ModuleVersion     = '0.2.0'
    GUID              = '0f3c7d8e-6a51-4b9e-a2f4-9d6e1c0b7a35'
    Author            = 'SaePowerShell contributors'
    CompanyName       = 'SaePowerShell'
    Copyright         = '(c) SaePowerShell contributors. MIT License.'
    Description       = 'The local SAE emulator for SaePowerShell, for demos and tests (Pester suites included): Use-SaeEmulator points a session at it, Start-SaeEmulator runs one more. Needs the .NET runtime with ASP.NET Core (net10.0: Microsoft.AspNetCore.App 10.0) and `dotnet` on PATH; Use-SaeEmulator also needs the SaePowerShell module.'
    PowerShellVersion = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FunctionsToExport = @('Use-SaeEmulator', 'Start-SaeEmulator', 'Stop-SaeEmulator', 'Get-SaeEmulatorRequest', 'Clear-SaeEmulatorRequest', 'Get-SaeEmulatorState', 'Reset-SaeEmulator', 'Set-SaeEmulatorSeed', 'Set-SaeEmulatorFault', 'Clear-SaeEmulatorFault', 'Save-SaeEmulatorSnapshot', 'Restore-SaeEmulatorSnapshot')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
    PrivateData       = @{
        PSData = @{
            Tags         = @('AlibabaCloud', 'Aliyun', 'SAE', 'Emulator', 'Testing', 'Pester', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # Placeholder project URLs (the repository is not published yet); no test fetches them.
            ProjectUri   = 'https://github.com/saepowershell/SaePowerShell'
            LicenseUri   = 'https://github.com/saepowershell/SaePowerShell/blob/main/LICENSE'
            # The build replaces this with the CHANGELOG.md section of ModuleVersion (Directory.Build.props).
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
