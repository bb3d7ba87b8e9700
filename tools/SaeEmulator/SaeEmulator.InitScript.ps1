# Start-SaeEmulator -InitScript: scripts that seed a new world with the SaePowerShell cmdlets. Dot-sourced by SaeEmulator.psm1.

# Not exported: the scripts -InitScript names, in order; a folder gives its *.ps1 files in name order. A path that does
# not exist, or a folder without scripts, is an error before anything starts.
function Resolve-SaeEmulatorInitScript([string[]] $Path) {
    foreach ($item in $Path) {
        if (-not (Test-Path -LiteralPath $item)) { throw "-InitScript: '$item' does not exist." }
        $full = (Resolve-Path -LiteralPath $item).Path
        if (Test-Path -LiteralPath $full -PathType Container) {
            $found = @(Get-ChildItem -LiteralPath $full -Filter '*.ps1' -File | Sort-Object Name)
            if ($found.Count -eq 0) { throw "-InitScript: the folder '$full' has no .ps1 files." }
            $found.FullName
        }
        else {
            $full
        }
    }
}

# Not exported: runs the scripts in order in one runspace of their own (the caller's session and its Connect-SaeAccount
# stay as they were), with SaePowerShell imported and connected to the emulator with the default account's key; any
# error stops the run, naming the script.
function Invoke-SaeEmulatorInitScript($Emulator, [string[]] $Path) {
    $shell = [powershell]::Create()
    try {
        $null = $shell.AddScript({
                param($Module, $Endpoint, $Credential, $Emulator)
                $ErrorActionPreference = 'Stop'
                # Nobody is there to answer a prompt: a script's New-Sae* cmdlets go ahead as with -Confirm:$false.
                Set-Variable -Name ConfirmPreference -Value 'None' -Scope Global
                Import-Module $Module
                Connect-SaeAccount -Endpoint $Endpoint -RegionId cn-hangzhou -AccessKeyId $Credential.UserName -AccessKeySecret $Credential.Password | Out-Null
                Set-Variable -Name SaeEmulator -Value $Emulator -Scope Global
            }).AddArgument((Get-SaePowerShellModulePath)).AddArgument($Emulator.Endpoint.GetLeftPart('Authority')).AddArgument($Emulator.Credential).AddArgument($Emulator)
        Invoke-SaeEmulatorInitStep $shell 'Connecting the init scripts to the emulator'
        foreach ($script in $Path) {
            $shell.Commands.Clear()
            $null = $shell.AddScript('param($Script) $ErrorActionPreference = ''Stop''; & $Script').AddArgument($script)
            Invoke-SaeEmulatorInitStep $shell "The init script '$script'"
        }
    }
    finally {
        $shell.Dispose()
    }
}

function Invoke-SaeEmulatorInitStep([powershell] $Shell, [string] $What) {
    $Shell.Streams.Error.Clear()
    try { $null = $Shell.Invoke() }
    catch {
        $inner = $_.Exception
        while ($inner.InnerException) { $inner = $inner.InnerException }
        throw "$What failed: $($inner.Message)"
    }
    if ($Shell.Streams.Error.Count -gt 0) { throw "$What failed: $($Shell.Streams.Error[0])" }
}
