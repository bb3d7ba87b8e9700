# Starts the local SAE emulator (SaePowerShell.Emulator.dll beside this file) on a free loopback port and talks to its
# /_emulator admin endpoints; Use-SaeEmulator points the session at it. Used by the Demo, the Pester suite, and users' own tests.

$script:DefaultAccessKeyId = 'LTAI5tSaeEmulatorKey'
$script:DefaultAccessKeySecret = 'SaeEmulatorSecretForLocalTestsOnly'

# The functions, one file per concern, beside this one (the Build task copies the whole folder to out/SaeEmulator).
# $PSScriptRoot in a dot-sourced file is that file's folder, which is this one.
foreach ($file in 'SaeEmulator.Process.ps1', 'SaeEmulator.Admin.ps1', 'SaeEmulator.Session.ps1', 'SaeEmulator.Snapshot.ps1', 'SaeEmulator.InitScript.ps1') {
    . (Join-Path $PSScriptRoot $file)
}

Export-ModuleMember -Function 'Use-SaeEmulator', 'Start-SaeEmulator', 'Stop-SaeEmulator', 'Get-SaeEmulatorRequest', 'Clear-SaeEmulatorRequest',
    'Get-SaeEmulatorState', 'Reset-SaeEmulator', 'Set-SaeEmulatorSeed', 'Set-SaeEmulatorFault', 'Clear-SaeEmulatorFault',
    'Save-SaeEmulatorSnapshot', 'Restore-SaeEmulatorSnapshot'
