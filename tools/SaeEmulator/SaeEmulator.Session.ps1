# Use-SaeEmulator: the emulator, and this session pointed at it, for users' own tests. Dot-sourced by SaeEmulator.psm1.

# The session Use-SaeEmulator set up (one at a time): the emulator, what the environment held, the temporary HOME.
$script:Session = $null

function Use-SaeEmulator {
    <#
    .SYNOPSIS
    Starts the local SAE emulator and points this PowerShell session at it; -Stop (or the end of -ScriptBlock) puts everything back.
    .DESCRIPTION
    For your own tests of scripts that use SaePowerShell: after Use-SaeEmulator, every SaePowerShell cmdlet in this
    session talks to the emulator on 127.0.0.1, with or without -Endpoint, and nothing can reach real SAE by accident.

    It starts the emulator (Start-SaeEmulator), then isolates the session as the repository's own tests do: every
    environment variable SaePowerShell reads ([SaePowerShell.SaeEnvironmentVariables]::All: credentials, region,
    profiles, endpoints, OIDC, ECS metadata...) is removed, HOME points at a new empty folder (so no ~/.aliyun or
    ~/.alibabacloud profile is read; USERPROFILE is removed) and SAE_POWERSHELL_RATE_LIMIT is 'off'. It then sets
    ALIBABA_CLOUD_SAE_ENDPOINT to the emulator and runs Connect-SaeAccount -Endpoint <emulator> -Credential <its key>,
    so the session default sends every call there (a session default made earlier with Connect-SaeAccount is replaced).

    Use-SaeEmulator -Stop undoes all of it: the variables (HOME and USERPROFILE included) get their values back,
    Disconnect-SaeAccount clears the session default, the emulator stops and the temporary folders are removed. With
    -ScriptBlock, the block runs with the emulator as its argument ($args[0]) and -Stop happens afterwards, even when the
    block throws. One emulator session at a time: Use-SaeEmulator while one is on stops it first.

    SaePowerShell must be installed or imported (Use-SaeEmulator imports it by name when it is not); the emulator needs
    the .NET runtime with ASP.NET Core (net10.0) and dotnet on PATH.
    .PARAMETER ScriptBlock
    Runs this with the emulator as its argument, then undoes everything (as -Stop) even if it throws. Its output is
    Use-SaeEmulator's output.
    .PARAMETER Stop
    Undoes what the last Use-SaeEmulator did: restores the environment variables, disconnects, stops the emulator and
    removes its folders. Does nothing when no emulator session is on.
    .PARAMETER SeedPath
    A seed file (JSON) for the emulator's world instead of the built-in one (see Start-SaeEmulator).
    .PARAMETER Snapshot
    A snapshot file (Save-SaeEmulatorSnapshot -Path) for the emulator's world instead of a seed; Reset-SaeEmulator
    returns to it. Not with -SeedPath.
    .PARAMETER Account
    More accounts, each with its own key and world (see Start-SaeEmulator -Account); the session uses the default account's key.
    .PARAMETER InitScript
    Scripts (or folders of them) that seed the new world with the SaePowerShell cmdlets (see Start-SaeEmulator -InitScript).
    .PARAMETER ChangeOrderDelayMs
    How long change orders stay executing, in milliseconds. Default: 0 (they finish at once, so -Wait is quick); -1
    leaves it to the seed (else 1500).
    .PARAMETER LatencyMs
    Milliseconds added to every SAE answer. Default: -1 (the seed's, else none).
    .PARAMETER BatchOrdersPerNamespace
    Batch change orders belong to the namespace only (see Start-SaeEmulator).
    .PARAMETER RegionId
    The session's default region, passed to Connect-SaeAccount. Default: none (each call names its region or namespace).
    .EXAMPLE
    BeforeAll { Import-Module SaePowerShell, SaeEmulator; $emulator = Use-SaeEmulator }
    AfterAll { Use-SaeEmulator -Stop }

    In a Pester file: the whole file runs against the emulator, and the session is put back afterwards.
    .EXAMPLE
    Use-SaeEmulator { Get-SaeApplication -RegionId cn-hangzhou | Start-SaeApplication -Wait }

    Runs a pipeline against the emulator and puts everything back; the change orders are the output.
    .EXAMPLE
    $emulator = Use-SaeEmulator -SeedPath ./my-world.json
    ./Restart-Everything.ps1
    Get-SaeEmulatorRequest $emulator -Api BatchRestartApplications
    Use-SaeEmulator -Stop

    Tests a script of your own against your own seed, then looks at what it sent.
    #>
    [CmdletBinding(DefaultParameterSetName = 'Start')]
    param(
        # Runs this with the emulator as its argument, then undoes everything.
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'ScriptBlock')] [scriptblock] $ScriptBlock,
        # Undoes what the last Use-SaeEmulator did.
        [Parameter(Mandatory, ParameterSetName = 'Stop')] [switch] $Stop,
        # A seed file (JSON) for the emulator's world.
        [Parameter(ParameterSetName = 'Start')] [Parameter(ParameterSetName = 'ScriptBlock')] [string] $SeedPath,
        # A snapshot file for the emulator's world.
        [Parameter(ParameterSetName = 'Start')] [Parameter(ParameterSetName = 'ScriptBlock')] [string] $Snapshot,
        # More accounts, each with its own key and world (Start-SaeEmulator -Account).
        [Parameter(ParameterSetName = 'Start')] [Parameter(ParameterSetName = 'ScriptBlock')] [hashtable[]] $Account,
        # Scripts (or folders of them) that seed the new world (Start-SaeEmulator -InitScript).
        [Parameter(ParameterSetName = 'Start')] [Parameter(ParameterSetName = 'ScriptBlock')] [string[]] $InitScript,
        # How long change orders stay executing, in milliseconds (0: at once).
        [Parameter(ParameterSetName = 'Start')] [Parameter(ParameterSetName = 'ScriptBlock')] [int] $ChangeOrderDelayMs = 0,
        # Milliseconds added to every SAE answer.
        [Parameter(ParameterSetName = 'Start')] [Parameter(ParameterSetName = 'ScriptBlock')] [int] $LatencyMs = -1,
        # Batch change orders belong to the namespace only.
        [Parameter(ParameterSetName = 'Start')] [Parameter(ParameterSetName = 'ScriptBlock')] [switch] $BatchOrdersPerNamespace,
        # The session's default region.
        [Parameter(ParameterSetName = 'Start')] [Parameter(ParameterSetName = 'ScriptBlock')] [string] $RegionId
    )

    if ($PSCmdlet.ParameterSetName -eq 'Stop') {
        Exit-SaeEmulatorSession
        return
    }
    if ($script:Session) { Exit-SaeEmulatorSession }

    if (-not ('SaePowerShell.SaeEnvironmentVariables' -as [type])) {
        # The cmdlets must be the session's, not only this module's: -Global.
        Import-Module SaePowerShell -Global -ErrorAction Stop
    }

    $start = @{ ChangeOrderDelayMs = $ChangeOrderDelayMs; LatencyMs = $LatencyMs; BatchOrdersPerNamespace = $BatchOrdersPerNamespace }
    if ($SeedPath) { $start.SeedPath = $SeedPath }
    if ($Snapshot) { $start.SnapshotPath = $Snapshot }
    if ($Account) { $start.Account = $Account }
    if ($InitScript) { $start.InitScript = $InitScript }
    $emulator = Start-SaeEmulator @start

    # Every name saved before anything changes, so that whatever fails below, -Stop puts back exactly this.
    $names = @([SaePowerShell.SaeEnvironmentVariables]::All | ForEach-Object Name) + 'HOME', 'USERPROFILE' | Select-Object -Unique
    $saved = @{}
    foreach ($name in $names) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
    $tempHome = Join-Path ([IO.Path]::GetTempPath()) ('sae-emulator-home-' + [guid]::NewGuid().ToString('N'))
    $script:Session = [pscustomobject]@{ Emulator = $emulator; Saved = $saved; Home = $tempHome }

    try {
        foreach ($name in $names) { Set-EnvironmentValue $name $null }
        New-Item -ItemType Directory -Path $tempHome | Out-Null
        $env:HOME = $tempHome
        $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
        $env:ALIBABA_CLOUD_SAE_ENDPOINT = $emulator.Endpoint.AbsoluteUri.TrimEnd('/')
        $connect = @{ Endpoint = $emulator.Endpoint; Credential = $emulator.Credential }
        if ($RegionId) { $connect.RegionId = $RegionId }
        Connect-SaeAccount @connect -ErrorAction Stop | Out-Null
    } catch {
        Exit-SaeEmulatorSession
        throw
    }

    if ($PSCmdlet.ParameterSetName -eq 'Start') { return $emulator }
    try {
        & $ScriptBlock $emulator
    } finally {
        Exit-SaeEmulatorSession
    }
}

# Not exported: undoes Use-SaeEmulator. Every step runs even if one before it fails.
function Exit-SaeEmulatorSession {
    $session = $script:Session
    if (-not $session) { return }
    $script:Session = $null
    try { Disconnect-SaeAccount -ErrorAction SilentlyContinue | Out-Null } catch { Write-Verbose "Disconnect-SaeAccount: $_" }
    foreach ($name in $session.Saved.Keys) { Set-EnvironmentValue $name $session.Saved[$name] }
    try { Stop-SaeEmulator $session.Emulator } catch { Write-Verbose "Stop-SaeEmulator: $_" }
    Remove-Item -Recurse -Force $session.Home -ErrorAction SilentlyContinue
}

# Not exported: sets a variable of this process, or removes it for $null. ([Environment]::SetEnvironmentVariable with
# $null from PowerShell passes an empty string, which leaves the variable set, and empty, on Linux and macOS.)
function Set-EnvironmentValue([string] $Name, $Value) {
    if ($null -eq $Value) { Remove-Item "Env:$Name" -ErrorAction SilentlyContinue } else { Set-Item "Env:$Name" -Value $Value }
}
