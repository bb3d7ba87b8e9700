# Save-SaeEmulatorSnapshot and Restore-SaeEmulatorSnapshot: the emulator's whole world as a file, and back. Dot-sourced
# by SaeEmulator.psm1.

function Save-SaeEmulatorSnapshot {
    <#
    .SYNOPSIS
    Takes the emulator's whole world as a snapshot: as JSON text, or written to a file.
    .DESCRIPTION
    Without -Path, GET /_emulator/snapshot: returns the snapshot as JSON text. With -Path, POST
    /_emulator/snapshot/save: the emulator writes it there atomically (a temporary file in the same folder, then
    renamed) and this returns the file. A snapshot holds everything the world has come to (applications with their
    versions, instances, tags and ledgers; change orders in flight with their batches; config maps; events; the id
    counters), so Restore-SaeEmulatorSnapshot, or Start-SaeEmulator -SnapshotPath, or Use-SaeEmulator -Snapshot,
    brings back the same world, its clock standing where it stood. The fault plan, latency, request log and issued
    credentials are not in it.
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .PARAMETER Path
    Where to write the snapshot: a .json file in a folder that exists. The emulator overwrites a file there only when
    it is one of its snapshots.
    .EXAMPLE
    Save-SaeEmulatorSnapshot $emulator -Path ./after-deploy.json
    .EXAMPLE
    $world = Save-SaeEmulatorSnapshot $emulator | ConvertFrom-Json
    $world.changeOrders | Where-Object status -EQ 8
    #>
    [CmdletBinding()]
    [OutputType([string], [IO.FileInfo])]
    param(
        # What Start-SaeEmulator returned.
        [Parameter(Mandatory, Position = 0)] $Emulator,
        # Where to write the snapshot (a .json file).
        [Parameter(Position = 1)] [string] $Path)
    if (-not $Path) {
        # The text itself, not an object: through ConvertFrom-Json and back the times would become DateTimes of this
        # machine's zone, and a snapshot should come back exactly as it was taken.
        $uri = [uri]::new($Emulator.Endpoint, '/_emulator/snapshot')
        return (Invoke-WebRequest -Uri $uri -UseBasicParsing).Content
    }
    $full = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($Path)
    Invoke-EmulatorSnapshotCall $Emulator POST snapshot/save (ConvertTo-Json -InputObject @{ path = $full } -Compress)
    Get-Item -LiteralPath $full
}

function Restore-SaeEmulatorSnapshot {
    <#
    .SYNOPSIS
    Replaces the emulator's world with a snapshot that Save-SaeEmulatorSnapshot took.
    .DESCRIPTION
    PUT /_emulator/snapshot: the world, its change orders included, becomes the snapshot's, with every time moved by
    how long ago it was taken (a change order that had 400 ms to go still has them). The fault plan, latency, used
    nonces and request log are kept. A snapshot the emulator cannot trust (damaged, of a newer format, or describing an
    impossible world) is an error carrying its message, and the world stays as it was.
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .PARAMETER Path
    A snapshot file.
    .PARAMETER Json
    A snapshot as JSON text (what Save-SaeEmulatorSnapshot returns without -Path).
    .EXAMPLE
    Restore-SaeEmulatorSnapshot $emulator -Path ./after-deploy.json
    .EXAMPLE
    $before = Save-SaeEmulatorSnapshot $emulator
    ./Risky-Script.ps1
    Restore-SaeEmulatorSnapshot $emulator -Json $before
    #>
    [CmdletBinding(DefaultParameterSetName = 'Path')]
    param(
        # What Start-SaeEmulator returned.
        [Parameter(Mandatory, Position = 0)] $Emulator,
        # A snapshot file.
        [Parameter(Mandatory, Position = 1, ParameterSetName = 'Path')] [string] $Path,
        # A snapshot as JSON text.
        [Parameter(Mandatory, ParameterSetName = 'Json')] [string] $Json)
    if ($PSCmdlet.ParameterSetName -eq 'Path') {
        $Json = [IO.File]::ReadAllText($PSCmdlet.GetUnresolvedProviderPathFromPSPath($Path))
    }
    Invoke-EmulatorSnapshotCall $Emulator PUT snapshot $Json
}

# Not exported: an admin call whose refusal is an error carrying the emulator's own message (which file, what is wrong
# with it), not only "400 (Bad Request)".
function Invoke-EmulatorSnapshotCall($Emulator, [string] $Method, [string] $Path, [string] $Body) {
    try {
        Invoke-EmulatorAdmin $Emulator $Method $Path $Body | Out-Null
    } catch {
        $message = $_.ErrorDetails.Message
        try { $message = ($message | ConvertFrom-Json).message } catch { Write-Verbose "The emulator's answer is not JSON: $message" }
        if (-not $message) { throw }
        throw "The SAE emulator refused ${Method} /_emulator/${Path}: $message"
    }
}
