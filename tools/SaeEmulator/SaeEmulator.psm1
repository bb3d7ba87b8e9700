# Starts the local SAE emulator (SaePowerShell.Emulator.dll beside this file) on a free loopback port and talks to its
# /_emulator admin endpoints. Used by the Demo, the Pester suite, and users' own tests.

$script:DefaultAccessKeyId = 'LTAI5tSaeEmulatorKey'
$script:DefaultAccessKeySecret = 'SaeEmulatorSecretForLocalTestsOnly'

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
    The returned object has Endpoint (pass it to -Endpoint), Credential (pass it to -Credential), AccessKeyId, Process
    and WorkFolder.
    .PARAMETER SeedPath
    A seed file (JSON) to start from instead of the built-in world (the format is in the emulator's README).
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
    #>
    [CmdletBinding()]
    param(
        # A seed file (JSON) to start from instead of the built-in world.
        [string] $SeedPath,
        # How long change orders stay executing, in milliseconds.
        [int] $ChangeOrderDelayMs = -1,
        # Milliseconds added to every SAE answer (--latency-ms), to stand in for the network and SAE's own time; it wins over the seed's latencyMs.
        [int] $LatencyMs = -1,
        # Batch change orders belong to the namespace only (--batch-orders-per-namespace).
        [switch] $BatchOrdersPerNamespace,
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
    if ($ChangeOrderDelayMs -ge 0) { $arguments += @('--change-order-delay-ms', $ChangeOrderDelayMs) }
    if ($LatencyMs -ge 0) { $arguments += @('--latency-ms', $LatencyMs) }
    if ($BatchOrdersPerNamespace) { $arguments += '--batch-orders-per-namespace' }

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
    [pscustomobject]@{
        PSTypeName  = 'SaeEmulator'
        Endpoint    = [uri](Get-Content $readyFile -Raw).Trim()
        AccessKeyId = $script:DefaultAccessKeyId
        Credential  = [pscredential]::new($script:DefaultAccessKeyId, $secret)
        Process     = $process
        WorkFolder  = $work
    }
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

# Not exported: one unsigned call to the emulator's /_emulator admin endpoints. X-Sae-Emulator on every call, because
# the emulator refuses a state-changing admin request without it (or a JSON body): that is what a browser cannot send
# cross-site without a CORS preflight.
function Invoke-EmulatorAdmin([Parameter(Mandatory)] $Emulator, [string] $Method, [string] $Path, $Body) {
    $uri = [uri]::new($Emulator.Endpoint, "/_emulator/$Path")
    $parameters = @{ Uri = $uri; Method = $Method; Headers = @{ 'X-Sae-Emulator' = '1' } }
    if ($null -ne $Body) { $parameters.Body = $Body; $parameters.ContentType = 'application/json' }
    Invoke-RestMethod @parameters
}

function Get-SaeEmulatorRequest {
    <#
    .SYNOPSIS
    The SAE requests the emulator received, in order (Api, Method, Status, Code, NamespaceId, AppIds, Query).
    .DESCRIPTION
    Reads GET /_emulator/requests: every SAE request (and credential stand-in request), rejected ones included, with
    sequence, api, method, path, query, status (0 when no answer was sent), code, namespaceId, appIds,
    signatureScheme, accessKeyId, fault (the fired fault rule) and nonce (the signature nonce as received).
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .PARAMETER Api
    Only the requests to this API (e.g. BatchStartApplications).
    .EXAMPLE
    Get-SaeEmulatorRequest $emulator -Api BatchStartApplications | Select-Object status, code, fault, nonce
    #>
    [CmdletBinding()]
    param(
        # What Start-SaeEmulator returned.
        [Parameter(Mandatory, Position = 0)] $Emulator,
        # Only the requests to this API.
        [string] $Api)
    $requests = Invoke-EmulatorAdmin $Emulator GET requests
    if ($Api) { $requests = $requests | Where-Object api -EQ $Api }
    $requests
}

function Clear-SaeEmulatorRequest {
    <#
    .SYNOPSIS
    Forgets the requests received so far.
    .DESCRIPTION
    DELETE /_emulator/requests: empties the request log; sequence numbers start at 1 again.
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .EXAMPLE
    Clear-SaeEmulatorRequest $emulator
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator)
    Invoke-EmulatorAdmin $Emulator DELETE requests | Out-Null
}

function Get-SaeEmulatorState {
    <#
    .SYNOPSIS
    The emulator's applications (with the change orders that started each) and change orders.
    .DESCRIPTION
    GET /_emulator/state: changeOrderDelayMs, latencyMs, batchOrdersPerNamespace, namespaces, applications (status,
    instances, startedBy, stoppedBy, restartedBy, changeOrderFault) and changeOrders (with their batches).
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .EXAMPLE
    (Get-SaeEmulatorState $emulator).applications | Where-Object appName -EQ 'order-api'
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator)
    Invoke-EmulatorAdmin $Emulator GET state
}

function Reset-SaeEmulator {
    <#
    .SYNOPSIS
    Puts the emulator back to the seed it started with.
    .DESCRIPTION
    POST /_emulator/reset: the world, its change orders, the fault plan (unspent), the latency, the used nonces and the
    request log go back to how the process started; issued STS credentials are kept.
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .EXAMPLE
    Reset-SaeEmulator $emulator
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator)
    Invoke-EmulatorAdmin $Emulator POST reset | Out-Null
}

function Set-SaeEmulatorSeed {
    <#
    .SYNOPSIS
    Replaces the emulator's world with a seed (a hashtable or object in the seed file's shape).
    .DESCRIPTION
    PUT /_emulator/seed: the world, its change orders, the fault plan and the latency are replaced; used nonces and the
    request log are kept. A seed the emulator refuses is an error carrying its message.
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .PARAMETER Seed
    The seed, as a hashtable or object converted to JSON (depth 10).
    .EXAMPLE
    Set-SaeEmulatorSeed $emulator @{ batchOrdersPerNamespace = $true; namespaces = @(@{ namespaceId = 'cn-hangzhou:t' }); applications = @(@{ appId = 'a1'; appName = 'web'; namespaceId = 'cn-hangzhou:t'; changeOrderFault = 'Abnormal' }) }
    #>
    [CmdletBinding()]
    param(
        # What Start-SaeEmulator returned.
        [Parameter(Mandatory, Position = 0)] $Emulator,
        # The seed, as a hashtable or object.
        [Parameter(Mandatory, Position = 1)] $Seed)
    Invoke-EmulatorAdmin $Emulator PUT seed ($Seed | ConvertTo-Json -Depth 10) | Out-Null
}

function Set-SaeEmulatorFault {
    <#
    .SYNOPSIS
    Replaces the emulator's fault plan: rules that make SAE calls fail, slow down or drop the connection.
    .DESCRIPTION
    PUT /_emulator/faults. Each rule names an api and/or namespaceId to match, a count or rate, and a fault:
    error:<Code>, http:429|500|503, htmlBody, resetBeforeEffect, resetAfterEffect, closeAfterEffect, truncatedBody,
    wrongClock or latency (see the emulator's README).
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .PARAMETER Plan
    The plan: @{ randomSeed = N; faults = @(rules) }, or an array of rules.
    .EXAMPLE
    Set-SaeEmulatorFault $emulator @{ randomSeed = 7; faults = @(@{ api = 'BatchStartApplications'; rate = 0.3; fault = 'error:Throttling.User' }) }
    .EXAMPLE
    Set-SaeEmulatorFault $emulator @(@{ api = 'BatchStartApplications'; count = 1; fault = 'closeAfterEffect' })
    #>
    [CmdletBinding()]
    param(
        # What Start-SaeEmulator returned.
        [Parameter(Mandatory, Position = 0)] $Emulator,
        # The plan: a hashtable with randomSeed and faults, or an array of rules.
        [Parameter(Mandatory, Position = 1)] $Plan)
    Invoke-EmulatorAdmin $Emulator PUT faults ($Plan | ConvertTo-Json -Depth 10) | Out-Null
}

function Clear-SaeEmulatorFault {
    <#
    .SYNOPSIS
    Removes every fault rule.
    .DESCRIPTION
    DELETE /_emulator/faults: the emulator answers every call normally from now on (Reset-SaeEmulator brings the seed's plan back).
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .EXAMPLE
    Clear-SaeEmulatorFault $emulator
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator)
    Invoke-EmulatorAdmin $Emulator DELETE faults | Out-Null
}
