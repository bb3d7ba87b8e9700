# Starts the local SAE emulator (SaePowerShell.Emulator.dll beside this file) on a free loopback port and talks to its
# /_emulator admin endpoints. Used by the Demo, the Pester suite, and users' own tests.

$script:DefaultAccessKeyId = 'LTAI5tSaeEmulatorKey'
$script:DefaultAccessKeySecret = 'SaeEmulatorSecretForLocalTestsOnly'

function Start-SaeEmulator {
    <#
    .SYNOPSIS
    Starts the local SAE emulator on a free 127.0.0.1 port and returns how to reach it.
    .DESCRIPTION
    The emulator process exits by itself when this PowerShell process exits, so a crashed test run leaves nothing behind.
    The returned object has Endpoint (pass it to -Endpoint), Credential (pass it to -Credential), AccessKeyId and Process.
    .EXAMPLE
    $emulator = Start-SaeEmulator
    Get-SaeApplication -RegionId cn-hangzhou -Endpoint $emulator.Endpoint -Credential $emulator.Credential
    Stop-SaeEmulator $emulator
    #>
    [CmdletBinding()]
    param(
        # A seed file (JSON) to start from instead of the built-in world.
        [string] $SeedPath,
        # How long change orders stay executing, in milliseconds.
        [int] $ChangeOrderDelayMs = -1,
        # Milliseconds added to every SAE answer (--latency-ms), to stand in for the network and SAE's own time; it wins over the seed's latencyMs.
        [int] $LatencyMs = -1,
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
    $arguments = @("`"$EmulatorPath`"", '--urls', 'http://127.0.0.1:0', '--ready-file', "`"$readyFile`"", '--parent-pid', $PID)
    if ($SeedPath) { $arguments += @('--seed', "`"$((Resolve-Path $SeedPath).Path)`"") }
    if ($ChangeOrderDelayMs -ge 0) { $arguments += @('--change-order-delay-ms', $ChangeOrderDelayMs) }
    if ($LatencyMs -ge 0) { $arguments += @('--latency-ms', $LatencyMs) }

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
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0, ValueFromPipeline)] $Emulator)
    process {
        if (-not $Emulator.Process.HasExited) {
            $Emulator.Process.Kill()
            $Emulator.Process.WaitForExit(10000) | Out-Null
        }
        Remove-Item -Recurse -Force $Emulator.WorkFolder -ErrorAction SilentlyContinue
    }
}

function Invoke-EmulatorAdmin([Parameter(Mandatory)] $Emulator, [string] $Method, [string] $Path, $Body) {
    $uri = [uri]::new($Emulator.Endpoint, "/_emulator/$Path")
    $parameters = @{ Uri = $uri; Method = $Method }
    if ($null -ne $Body) { $parameters.Body = $Body; $parameters.ContentType = 'application/json' }
    Invoke-RestMethod @parameters
}

function Get-SaeEmulatorRequest {
    <#
    .SYNOPSIS
    The SAE requests the emulator received, in order (Api, Method, Status, Code, NamespaceId, AppIds, Query).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator, [string] $Api)
    $requests = Invoke-EmulatorAdmin $Emulator GET requests
    if ($Api) { $requests = $requests | Where-Object api -EQ $Api }
    $requests
}

function Clear-SaeEmulatorRequest {
    <# .SYNOPSIS Forgets the requests received so far. #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator)
    Invoke-EmulatorAdmin $Emulator DELETE requests | Out-Null
}

function Get-SaeEmulatorState {
    <# .SYNOPSIS The emulator's applications (with the change orders that started each) and change orders. #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator)
    Invoke-EmulatorAdmin $Emulator GET state
}

function Reset-SaeEmulator {
    <# .SYNOPSIS Puts the emulator back to the seed it started with. #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator)
    Invoke-EmulatorAdmin $Emulator POST reset | Out-Null
}

function Set-SaeEmulatorSeed {
    <# .SYNOPSIS Replaces the emulator's world with a seed (a hashtable or object in the seed file's shape). #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator, [Parameter(Mandatory, Position = 1)] $Seed)
    Invoke-EmulatorAdmin $Emulator PUT seed ($Seed | ConvertTo-Json -Depth 10) | Out-Null
}

function Set-SaeEmulatorFault {
    <#
    .SYNOPSIS
    Replaces the emulator's fault plan: rules that make SAE calls fail, slow down or drop the connection.
    .EXAMPLE
    Set-SaeEmulatorFault $emulator @{ randomSeed = 7; faults = @(@{ api = 'BatchStartApplications'; rate = 0.3; fault = 'error:Throttling.User' }) }
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator, [Parameter(Mandatory, Position = 1)] $Plan)
    Invoke-EmulatorAdmin $Emulator PUT faults ($Plan | ConvertTo-Json -Depth 10) | Out-Null
}

function Clear-SaeEmulatorFault {
    <# .SYNOPSIS Removes every fault rule. #>
    [CmdletBinding()]
    param([Parameter(Mandatory, Position = 0)] $Emulator)
    Invoke-EmulatorAdmin $Emulator DELETE faults | Out-Null
}
