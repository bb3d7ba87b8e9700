# The emulator's /_emulator admin endpoints: its request log, state, seed and fault plan. Dot-sourced by SaeEmulator.psm1.

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
    instances, cpu, mem, groupId, currentVersionId, imageUrl, instanceIds, the change order ledgers startedBy,
    stoppedBy, restartedBy, deployedBy, rolledBackBy, scaledOutBy, scaledInBy, rescaledVerticallyBy,
    instancesRestartedBy and instancesDeletedBy, changeOrderFault) and changeOrders (with their batches).
    .PARAMETER Emulator
    What Start-SaeEmulator returned.
    .PARAMETER AccountId
    Another account's world (Start-SaeEmulator -Account); by default the default account's.
    .EXAMPLE
    (Get-SaeEmulatorState $emulator).applications | Where-Object appName -EQ 'order-api'
    .EXAMPLE
    (Get-SaeEmulatorState $emulator -AccountId 222222222222).namespaces
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)] $Emulator,
        # Another account's world; by default the default account's.
        [string] $AccountId
    )
    Invoke-EmulatorAdmin $Emulator GET $(if ($AccountId) { "state?account=$([uri]::EscapeDataString($AccountId))" } else { 'state' })
}

function Reset-SaeEmulator {
    <#
    .SYNOPSIS
    Puts the emulator back to the seed (or snapshot) it started with.
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
    Invoke-EmulatorAdmin $Emulator PUT seed (ConvertTo-Json -InputObject $Seed -Depth 10) | Out-Null
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
    Invoke-EmulatorAdmin $Emulator PUT faults (ConvertTo-Json -InputObject $Plan -Depth 10) | Out-Null
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
