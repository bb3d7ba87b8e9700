# What the two demos share (dot-sourced by tools/Demo.ps1 and tools/Demo-Day.ps1): the command shown as typed, and a
# session pointed at the emulator the way a runbook would point it at SAE.

function Show([string] $Command) {
    Write-Host ''
    Write-Status "PS> $Command" Yellow
}

# The SDKs' environment variables, pointed at the emulator; the emulator has no quota (against SAE the module keeps
# to 55 calls a minute).
function Use-DemoEmulator($Emulator) {
    $env:ALIBABA_CLOUD_ACCESS_KEY_ID = $Emulator.AccessKeyId
    $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = $Emulator.Credential.GetNetworkCredential().Password
    $env:ALIBABA_CLOUD_SAE_ENDPOINT = $Emulator.Endpoint.ToString()
    $env:SAE_POWERSHELL_RATE_LIMIT = 'off'
    Write-Host "SAE emulator listening on $($Emulator.Endpoint) (ALIBABA_CLOUD_SAE_ENDPOINT points the module at it)."
}
