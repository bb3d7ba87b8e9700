<#
.SYNOPSIS
Part f of tools/Bench.ps1: -Count objects through Start-SaeApplication, beside PowerShell's own floor. Returns table rows.
.DESCRIPTION
Three children (tools/bench/PipelineWorker.ps1, each a fresh pwsh started by Invoke-ChildPwsh with its output sent to
files): Start-SaeApplication -WhatIf, Start-SaeApplication with ShouldProcess answering yes (no credentials: it stops
after planning), and a reference cmdlet that only calls ShouldProcess; then Planner.ByNamespace alone, in the benchmark
assembly's own process (--plan-throughput). docs/benchmarks-method.md says why.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    # The built bench/SaePowerShell.Benchmarks assembly.
    [Parameter(Mandatory)] [string] $BenchmarkAssembly,
    [int] $PipelineObjects = 100000,
    [int] $Passes = 4
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')
$ModulePath = (Resolve-Path $ModulePath).Path
$BenchmarkAssembly = (Resolve-Path $BenchmarkAssembly).Path

Write-Step "f. Pipeline overhead: $(Format-Number $PipelineObjects) objects, $Passes passes each in a fresh child pwsh"
$work = Join-Path ([IO.Path]::GetTempPath()) ('sae-bench-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $work | Out-Null
$pipeline = @{}
try {
    foreach ($mode in 'WhatIf', 'Confirmed', 'Reference') {
        $result = Join-Path $work "$mode.json"
        $arguments = @('-File', (Join-Path $PSScriptRoot 'PipelineWorker.ps1'), '-ModulePath', $ModulePath, '-Worker', $mode,
            '-Count', $PipelineObjects, '-Passes', $Passes, '-ResultPath', $result)
        # The What if: text goes to a file, so that the host's console output does not slow the child down.
        Invoke-ChildPwsh $arguments -StandardOutputPath (Join-Path $work "$mode.out") -StandardErrorPath (Join-Path $work "$mode.err")
        if ($LASTEXITCODE -ne 0 -or -not (Test-Path $result)) {
            throw "The $mode pipeline child failed (exit code $LASTEXITCODE): $(Get-Content (Join-Path $work "$mode.err") -Raw)"
        }
        $pipeline[$mode] = Get-Content $result -Raw | ConvertFrom-Json
    }
    if (@($pipeline.Confirmed.Outcomes).Count -ne 1 -or $pipeline.Confirmed.Outcomes[0] -notlike 'NoCredentials*') {
        throw "The confirmed pipeline child should have stopped with NoCredentials after planning every time; it ended with '$($pipeline.Confirmed.Outcomes -join "', '")'."
    }
    $planOutput = & dotnet $BenchmarkAssembly --plan-throughput $PipelineObjects
    if ($LASTEXITCODE -ne 0) { throw "dotnet $BenchmarkAssembly --plan-throughput failed with exit code $LASTEXITCODE." }
    $plan = $planOutput | Select-Object -Last 1 | ConvertFrom-Json
} finally {
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}

# The first pass runs in a fresh process (JIT, tier-0 code); the steady figure is the median of the others.
function Get-PassFigures([double[]] $Seconds) {
    $first = $Seconds[0]
    $steady = Get-Median ($Seconds | Select-Object -Skip 1)
    [pscustomobject]@{ First = $first; Steady = $steady; FirstRate = $PipelineObjects / $first; SteadyRate = $PipelineObjects / $steady }
}
$whatIf = Get-PassFigures $pipeline.WhatIf.Seconds
$confirmed = Get-PassFigures $pipeline.Confirmed.Seconds
$referenceWhatIf = Get-PassFigures $pipeline.Reference.WhatIfSeconds
$referenceYes = Get-PassFigures $pipeline.Reference.YesSeconds
foreach ($entry in @(@('-WhatIf', $whatIf), @('ShouldProcess yes', $confirmed), @('reference -WhatIf', $referenceWhatIf), @('reference yes', $referenceYes))) {
    Write-Host ("{0}: first pass {1:N0} objects/s, steady {2:N0} objects/s" -f $entry[0], $entry[1].FirstRate, $entry[1].SteadyRate)
}
Write-Host ("Planner.ByNamespace: {0:N0} objects/s, peak working set {1}" -f $plan.objectsPerSecond, (Format-Bytes $plan.peakWorkingSetBytes))

$part = 'f. pipeline'
$n = Format-Number $PipelineObjects
function Format-Rate($Figures) {
    '{0}/s first pass ({1} s), {2}/s steady ({3} s)' -f (Format-Number $Figures.FirstRate), (Format-Number $Figures.First 'N2'), (Format-Number $Figures.SteadyRate), (Format-Number $Figures.Steady 'N2')
}
function Get-RateVerdict($Figures) {
    if ($Figures.FirstRate -ge 50000) { 'met' } elseif ($Figures.SteadyRate -ge 50000) { 'met when warm' } else { 'MISSED' }
}
New-BenchRow $part "$n SaeApplication objects | Start-SaeApplication -WhatIf" ((Format-Rate $whatIf) + '; peak working set ' + (Format-Bytes $pipeline.WhatIf.PeakWorkingSetBytes) + ' (' + (Format-Bytes $pipeline.WhatIf.WorkingSetBeforeBytes) + ' before the first pass)') '≥ 50,000/s' (Get-RateVerdict $whatIf)
New-BenchRow $part "Reference: $n objects | a compiled cmdlet that only calls ShouldProcess, -WhatIf (PowerShell's own floor)" (Format-Rate $referenceWhatIf)
New-BenchRow $part '-WhatIf: Start-SaeApplication time / reference time (steady)' (Format-Number ($whatIf.Steady / $referenceWhatIf.Steady) 'N2')
New-BenchRow $part "$n objects | Start-SaeApplication, ShouldProcess yes: read, confirmed, planned, then NoCredentials before any call" ((Format-Rate $confirmed) + '; peak working set ' + (Format-Bytes $pipeline.Confirmed.PeakWorkingSetBytes) + ' (' + (Format-Bytes $pipeline.Confirmed.WorkingSetBeforeBytes) + ' before the first pass)') '≥ 50,000/s' (Get-RateVerdict $confirmed)
New-BenchRow $part "Reference: $n objects | the same compiled cmdlet, ShouldProcess yes" (Format-Rate $referenceYes)
New-BenchRow $part "Planner.ByNamespace alone, $n targets over 40 namespaces ($($plan.groups) groups)" ('{0}/s ({1} ms, median of 5); peak working set {2}' -f (Format-Number $plan.objectsPerSecond), (Format-Number ($plan.medianSeconds * 1000) 'N0'), (Format-Bytes $plan.peakWorkingSetBytes))
