# Start-SaeEmulator and Stop-SaeEmulator: the emulator process. Dot-sourced by SaeEmulator.psm1.

function Start-SaeEmulator {
    <#
    .SYNOPSIS
    Starts the local SAE emulator on a free 127.0.0.1 port and returns how to reach it.
    .DESCRIPTION
    The emulator process exits by itself when this PowerShell process exits (--parent-pid), so a crashed test run leaves
    nothing behind: it then also removes its work folder (a sae-emulator-* folder in the temp folder, which holds the
    ready file and its stdout and stderr logs). It ignores Ctrl+C (--ignore-interrupt): it runs in the terminal's
    foreground process group, and a Ctrl+C that stops one PowerShell command must not kill the emulator under the whole
    session. Stop it with Stop-SaeEmulator.
    The returned object has Endpoint (pass it to -Endpoint), Credential (pass it to -Credential), AccessKeyId,
    ConnectCommand, Process and WorkFolder. It prints (Write-Host) ConnectCommand: the line to paste into another
    PowerShell session to point it at this emulator (Import-Module, then Connect-SaeAccount with its endpoint and key).
    .PARAMETER SeedPath
    A seed file (JSON) to start from instead of the built-in world (the format is in the emulator's README).
    .PARAMETER SnapshotPath
    A snapshot (Save-SaeEmulatorSnapshot -Path) to start from instead of a seed (--snapshot); Reset-SaeEmulator returns to it. Not with -SeedPath.
    .PARAMETER StatePath
    A file that keeps the world across runs (--state-file): when it exists the emulator starts from it, and it is
    rewritten atomically after every change, so the world outlives Stop-SaeEmulator. A damaged file, or one of a
    newer emulator, makes the start fail with its path and the problem.
    .PARAMETER Account
    More accounts, each a hashtable: AccountId (digits, as a role ARN names an account), AccessKeyId, AccessKeySecret
    and, optionally, SeedPath (its own world; by default a copy of the emulator's seed world). Each key sees only its
    own account's world; the emulator's own key (AccessKeyId, Credential) is the default account's. The returned
    object's Accounts lists them with a Credential each.
    .PARAMETER InitScript
    PowerShell files (or folders: their *.ps1 files in name order) run in order once the emulator listens, when its
    world is new (not when -StatePath names a file that exists, nor with -SnapshotPath), in a runspace of their own
    with the SaePowerShell module imported and connected to the emulator with the default account's key
    (Connect-SaeAccount), so a script seeds the world with the cmdlets a team uses: New-SaeNamespace,
    New-SaeApplication, New-SaeConfigMap... $SaeEmulator holds the emulator (other accounts' credentials included).
    An error in a script stops the emulator and fails the start, naming the script. Reset-SaeEmulator goes back to
    the seed, without the scripts' changes (save a snapshot after them to come back to it).
    .PARAMETER ChangeOrderDelayMs
    How long change orders stay executing, in milliseconds (--change-order-delay-ms); by default the seed's, else 1500.
    .PARAMETER LatencyMs
    Milliseconds added to every SAE answer (--latency-ms), to stand in for the network and SAE's own time; it wins over the seed's latencyMs.
    .PARAMETER BatchOrdersPerNamespace
    Batch start, stop and restart change orders belong to the namespace only (--batch-orders-per-namespace): an
    application's DescribeApplicationStatus and ListChangeOrders do not show them; DescribeChangeOrder and
    ListNamespaceChangeOrders do.
    .PARAMETER TimeoutSec
    Seconds to wait for the emulator to listen.
    .PARAMETER EmulatorPath
    The emulator assembly; by default SaePowerShell.Emulator.dll beside this module.
    .EXAMPLE
    $emulator = Start-SaeEmulator
    Get-SaeApplication -RegionId cn-hangzhou -Endpoint $emulator.Endpoint -Credential $emulator.Credential
    Stop-SaeEmulator $emulator
    .EXAMPLE
    $emulator = Start-SaeEmulator -SeedPath ./my-seed.json -ChangeOrderDelayMs 0 -BatchOrdersPerNamespace
    Starts from a seed of your own, with change orders that finish at once and belong to their namespace.
    .EXAMPLE
    $emulator = Start-SaeEmulator -Account @{ AccountId = '222222222222'; AccessKeyId = 'LTAI5tTeamB'; AccessKeySecret = 'team-b-secret'; SeedPath = './team-b.json' }
    Get-SaeApplication -RegionId cn-hangzhou -Endpoint $emulator.Endpoint -Credential $emulator.Accounts[0].Credential
    Two accounts side by side: the default one (the built-in world) and team B's, each key seeing only its own.
    .EXAMPLE
    $emulator = Start-SaeEmulator -StatePath ./world.json -InitScript ./init
    Seeds a new world with the scripts in ./init (New-SaeNamespace, New-SaeApplication...); the next start finds
    ./world.json and leaves the world as it was.
    #>
    [CmdletBinding()]
    param(
        # A seed file (JSON) to start from instead of the built-in world.
        [string] $SeedPath,
        # A snapshot to start from instead of a seed (--snapshot).
        [string] $SnapshotPath,
        # A file that keeps the world across runs (--state-file).
        [string] $StatePath,
        # How long change orders stay executing, in milliseconds.
        [int] $ChangeOrderDelayMs = -1,
        # Milliseconds added to every SAE answer (--latency-ms), to stand in for the network and SAE's own time; it wins over the seed's latencyMs.
        [int] $LatencyMs = -1,
        # Batch change orders belong to the namespace only (--batch-orders-per-namespace).
        [switch] $BatchOrdersPerNamespace,
        # More accounts: @{ AccountId; AccessKeyId; AccessKeySecret; SeedPath }, each with its own world (--accounts).
        [hashtable[]] $Account,
        # Scripts (or folders of them) that seed a new world with the SaePowerShell cmdlets, run in order.
        [string[]] $InitScript,
        # Seconds to wait for the emulator to listen.
        [int] $TimeoutSec = 60,
        # The emulator assembly; by default the one beside this module.
        [string] $EmulatorPath = (Join-Path $PSScriptRoot 'SaePowerShell.Emulator.dll')
    )

    if (-not (Test-Path $EmulatorPath)) { throw "The emulator was not found at '$EmulatorPath'. Build it first: dotnet pwsh ./psake.ps1 Build" }
    $dotnet = (Get-Command dotnet -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1).Source
    if (-not $dotnet) { $dotnet = [Diagnostics.Process]::GetCurrentProcess().MainModule.FileName }

    $work = Join-Path ([IO.Path]::GetTempPath()) ('sae-emulator-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $work | Out-Null
    $readyFile = Join-Path $work 'ready'
    # --ignore-interrupt: the terminal's Ctrl+C reaches the whole foreground process group, this emulator included;
    # it is meant for PowerShell, and the emulator ends with this process anyway (--parent-pid).
    $arguments = @("`"$EmulatorPath`"", '--urls', 'http://127.0.0.1:0', '--ready-file', "`"$readyFile`"", '--parent-pid', $PID, '--ignore-interrupt')
    if ($SeedPath) { $arguments += @('--seed', "`"$((Resolve-Path $SeedPath).Path)`"") }
    if ($SnapshotPath) { $arguments += @('--snapshot', "`"$((Resolve-Path $SnapshotPath).Path)`"") }
    if ($StatePath) { $arguments += @('--state-file', "`"$($PSCmdlet.GetUnresolvedProviderPathFromPSPath($StatePath))`"") }
    if ($ChangeOrderDelayMs -ge 0) { $arguments += @('--change-order-delay-ms', $ChangeOrderDelayMs) }
    if ($LatencyMs -ge 0) { $arguments += @('--latency-ms', $LatencyMs) }
    if ($BatchOrdersPerNamespace) { $arguments += '--batch-orders-per-namespace' }
    $accounts = @(ConvertTo-SaeEmulatorAccount $Account)
    if ($accounts.Count -gt 0) {
        $accountsFile = Join-Path $work 'accounts.json'
        [IO.File]::WriteAllText($accountsFile, (ConvertTo-Json -InputObject @($accounts | ForEach-Object Entry) -Depth 5))
        $arguments += @('--accounts', "`"$accountsFile`"")
    }
    # Resolved before the start, so a missing script fails at once; and decided before, since the emulator writes the state file at start.
    $scripts = @(Resolve-SaeEmulatorInitScript $InitScript)
    $worldIsNew = -not $SnapshotPath -and -not ($StatePath -and (Test-Path -LiteralPath $PSCmdlet.GetUnresolvedProviderPathFromPSPath($StatePath)))

    $stdout = Join-Path $work 'stdout.log'
    $stderr = Join-Path $work 'stderr.log'
    $process = Start-Process -FilePath $dotnet -ArgumentList $arguments -RedirectStandardOutput $stdout -RedirectStandardError $stderr -PassThru -NoNewWindow

    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)
    while (-not (Test-Path $readyFile)) {
        if ($process.HasExited) {
            $log = (Get-Content $stdout, $stderr -Raw -ErrorAction SilentlyContinue) -join "`n"
            throw "The SAE emulator exited with code $($process.ExitCode) before it listened.`n$log"
        }
        if ([DateTime]::UtcNow -gt $deadline) {
            $process.Kill()
            throw "The SAE emulator did not listen within $TimeoutSec s; see $stdout"
        }
        Start-Sleep -Milliseconds 50
    }

    $secret = ConvertTo-SecureString $script:DefaultAccessKeySecret -AsPlainText -Force
    $endpoint = [uri](Get-Content $readyFile -Raw).Trim()
    $connect = Get-SaeEmulatorConnectLine $endpoint
    # For using it by hand: the one line that points another PowerShell session at this emulator.
    Write-Host "SAE emulator listening on $($endpoint.GetLeftPart('Authority')). To use it from another PowerShell session, paste:"
    Write-Host "    $connect"
    $emulator = [pscustomobject]@{
        PSTypeName     = 'SaeEmulator'
        Endpoint       = $endpoint
        AccessKeyId    = $script:DefaultAccessKeyId
        Credential     = [pscredential]::new($script:DefaultAccessKeyId, $secret)
        Accounts       = @($accounts | ForEach-Object Account)
        ConnectCommand = $connect
        Process        = $process
        WorkFolder     = $work
    }
    if ($worldIsNew -and $scripts.Count -gt 0) {
        try { Invoke-SaeEmulatorInitScript -Emulator $emulator -Path $scripts }
        catch { Stop-SaeEmulator $emulator; throw }
    }
    $emulator
}

# Not exported: -Account's hashtables checked, as the --accounts file's entries and as the returned object's Accounts.
function ConvertTo-SaeEmulatorAccount([hashtable[]] $Account) {
    foreach ($entry in $Account) {
        foreach ($name in 'AccountId', 'AccessKeyId', 'AccessKeySecret') {
            if (-not $entry[$name]) { throw "-Account: each account needs $name (AccountId, AccessKeyId, AccessKeySecret, and optionally SeedPath)." }
        }
        $unknown = @($entry.Keys | Where-Object { $_ -notin 'AccountId', 'AccessKeyId', 'AccessKeySecret', 'SeedPath' })
        if ($unknown) { throw "-Account: unknown key '$($unknown[0])'; an account has AccountId, AccessKeyId, AccessKeySecret and SeedPath." }
        $file = [ordered]@{
            accountId  = [string] $entry.AccountId
            accessKeys = @([ordered]@{ accessKeyId = [string] $entry.AccessKeyId; accessKeySecret = [string] $entry.AccessKeySecret })
        }
        if ($entry.SeedPath) { $file.seedFile = (Resolve-Path -LiteralPath $entry.SeedPath -ErrorAction Stop).Path }
        [pscustomobject]@{
            Entry   = $file
            Account = [pscustomobject]@{
                AccountId   = [string] $entry.AccountId
                AccessKeyId = [string] $entry.AccessKeyId
                Credential  = [pscredential]::new([string] $entry.AccessKeyId, (ConvertTo-SecureString ([string] $entry.AccessKeySecret) -AsPlainText -Force))
            }
        }
    }
}

# Not exported: the SaePowerShell module this session uses, else the one built beside this module, else the installed one's name.
function Get-SaePowerShellModulePath {
    $loaded = Get-Module SaePowerShell | Select-Object -First 1
    $beside = Join-Path $PSScriptRoot '../SaePowerShell/SaePowerShell.psd1'
    if ($loaded) { Join-Path $loaded.ModuleBase 'SaePowerShell.psd1' } elseif (Test-Path $beside) { (Resolve-Path $beside).Path } else { 'SaePowerShell' }
}

# Not exported: the line that points a session at the emulator, with the module this session uses (else the one built
# beside this module, else the installed one). The key is the emulator's, which is public and good for nothing else.
function Get-SaeEmulatorConnectLine([uri] $Endpoint) {
    $module = Get-SaePowerShellModulePath
    "Import-Module '$module'; Connect-SaeAccount -Endpoint $($Endpoint.GetLeftPart('Authority')) -RegionId cn-hangzhou -AccessKeyId $script:DefaultAccessKeyId -AccessKeySecret (ConvertTo-SecureString '$script:DefaultAccessKeySecret' -AsPlainText -Force)"
}

function Stop-SaeEmulator {
    <#
    .SYNOPSIS
    Stops an emulator that Start-SaeEmulator started and removes its work folder.
    .DESCRIPTION
    Kills the emulator process, waits (up to 10 s) for it to exit so its log files are closed, then removes its
    sae-emulator-* work folder (ready file, stdout.log, stderr.log). Stopping an emulator that has exited already
    only removes the folder.
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .EXAMPLE
    Stop-SaeEmulator $emulator
    .EXAMPLE
    $emulators | Stop-SaeEmulator
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0, ValueFromPipeline)] $Emulator)
    process {
        if (-not $Emulator.Process.HasExited) {
            $Emulator.Process.Kill()
            $Emulator.Process.WaitForExit(10000) | Out-Null
        }
        # Only a folder Start-SaeEmulator made: a hand-built object with another WorkFolder must not cost the user a directory.
        if ($Emulator.WorkFolder -and (Split-Path -Leaf $Emulator.WorkFolder) -like 'sae-emulator-*') {
            Remove-Item -Recurse -Force $Emulator.WorkFolder -ErrorAction SilentlyContinue
        }
    }
}
