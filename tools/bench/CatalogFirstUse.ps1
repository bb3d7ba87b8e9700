<#
.SYNOPSIS
Part e of tools/Bench.ps1: what the first use of the API catalog costs, apart from the import. Returns table rows.
.DESCRIPTION
In -Runs fresh child pwsh processes (after one untimed one): Import-Module, then Invoke-SaeApi NoSuchAction twice,
each timed in the child. The first loads the catalog of SAE's APIs (and runs the cmdlet for the first time), the second
finds it loaded; neither makes a call (an unknown action is refused before any). Medians. docs/benchmarks-method.md says why.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Runs = 7,
    # The target: the first use adds at most this much to the second.
    [double] $MaxAddedMs = 100
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')
$ModulePath = (Resolve-Path $ModulePath).Path

Write-Step "e. The API catalog's first use: $Runs fresh processes"
# The child prints "first;second;error id" (milliseconds, invariant). No credentials are needed: nothing is called.
$child = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$($ModulePath.Replace("'", "''"))'
`$times = foreach (`$i in 1, 2) {
    `$watch = [Diagnostics.Stopwatch]::StartNew()
    Invoke-SaeApi NoSuchAction -ErrorAction SilentlyContinue -ErrorVariable refused
    `$watch.Elapsed.TotalMilliseconds.ToString('R', [cultureinfo]::InvariantCulture)
}
`$times[0] + ';' + `$times[1] + ';' + `$refused[0].FullyQualifiedErrorId
"@
$first = [Collections.Generic.List[double]]::new()
$second = [Collections.Generic.List[double]]::new()
for ($run = -1; $run -lt $Runs; $run++) {
    $line = @(Invoke-ChildPwsh @('-Command', $child)) -join "`n"
    if ($LASTEXITCODE -ne 0) { throw "The child pwsh failed with exit code $LASTEXITCODE`: $line" }
    $fields = $line.Trim() -split ';'
    if ($fields.Count -ne 3 -or $fields[2] -notlike 'UnknownAction*') { throw "Invoke-SaeApi NoSuchAction did not answer UnknownAction: $line" }
    if ($run -ge 0) {
        $first.Add([double]::Parse($fields[0], $invariant))
        $second.Add([double]::Parse($fields[1], $invariant))
    }
}
$firstMs = Get-Median $first
$secondMs = Get-Median $second
$added = $firstMs - $secondMs
Write-Host ("first Invoke-SaeApi NoSuchAction: {0:N1} ms, second: {1:N1} ms (medians of {2})" -f $firstMs, $secondMs, $Runs)

$part = 'e. catalog'
$ms = { param($value) '{0} ms' -f (Format-Number $value 'N1') }
New-BenchRow $part "First Invoke-SaeApi NoSuchAction after Import-Module, fresh process (loads the catalog; median of $Runs)" (& $ms $firstMs)
New-BenchRow $part 'Second Invoke-SaeApi NoSuchAction (catalog loaded)' (& $ms $secondMs)
New-BenchRow $part "Added by the catalog's first use (first minus second)" ('{0} ({1}× the second)' -f (& $ms $added), (Format-Number ($firstMs / [Math]::Max($secondMs, 0.001)) 'N0')) "< $MaxAddedMs ms" (Get-Verdict ($added -lt $MaxAddedMs))
