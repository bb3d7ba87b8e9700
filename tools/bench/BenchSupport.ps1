# Helpers for tools/Bench.ps1 and the measurements under tools/bench/: the applications measured, medians, number
# formats (invariant culture) and table rows. Dot-source it after tools/common.ps1.

$invariant = [Globalization.CultureInfo]::InvariantCulture

# The applications used everywhere: GUID-shaped ids, spread round-robin over the namespaces as a mixed pipeline brings them.
function New-BenchApplication([int] $Count, [int] $NamespaceCount) {
    $list = [Collections.Generic.List[SaePowerShell.SaeApplication]]::new($Count)
    for ($i = 0; $i -lt $Count; $i++) {
        $ns = $i % $NamespaceCount
        $region = if ($ns % 2 -eq 0) { 'cn-hangzhou' } else { 'cn-shanghai' }
        $app = [SaePowerShell.SaeApplication]::new()
        $app.AppId = '{0:x8}-0000-4000-8000-{1:x12}' -f $ns, $i
        $app.AppName = "bench-app-$i"
        $app.NamespaceId = '{0}:bench{1:00}' -f $region, $ns
        $app.RegionId = $region
        $list.Add($app)
    }
    , $list   # one List, not its items
}

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    $middle = [int][Math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

function Format-Number([double] $Value, [string] $Format = 'N0') { $Value.ToString($Format, $invariant) }

function Format-Bytes([double] $Bytes) {
    if ($Bytes -ge 1MB) { '{0} MB' -f (Format-Number ($Bytes / 1MB) 'N0') }
    elseif ($Bytes -ge 1KB) { '{0} KB' -f (Format-Number ($Bytes / 1KB) 'N1') }
    else { '{0} B' -f (Format-Number $Bytes 'N0') }
}

function Format-Duration([double] $Nanoseconds) {
    if ($Nanoseconds -ge 1e6) { '{0} ms' -f (Format-Number ($Nanoseconds / 1e6) 'N2') }
    elseif ($Nanoseconds -ge 1e3) { '{0} µs' -f (Format-Number ($Nanoseconds / 1e3) 'N2') }
    else { '{0} ns' -f (Format-Number $Nanoseconds 'N0') }
}

# One row of the table: what every measurement script returns.
function New-BenchRow([string] $Part, [string] $Measurement, [string] $Figure, [string] $Target = '', [string] $Verdict = '') {
    [pscustomobject]@{ PSTypeName = 'SaeBench.Row'; Part = $Part; Measurement = $Measurement; Figure = $Figure; Target = $Target; Verdict = $Verdict }
}

function Get-Verdict([bool] $Met) { if ($Met) { 'met' } else { 'MISSED' } }

function Write-Step([string] $Text) { Write-Status "--- $Text" DarkCyan }
