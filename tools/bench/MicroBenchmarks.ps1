<#
.SYNOPSIS
Part g of tools/Bench.ps1: the BenchmarkDotNet micro-benchmarks (bench/SaePowerShell.Benchmarks). Returns table rows.
.DESCRIPTION
Runs the built benchmark assembly (a short in-process job), its console output to <ArtifactsPath>/bench-console.log,
and reads BenchmarkDotNet's *-report-brief.json: one row per benchmark with its mean and allocations.
docs/benchmarks-method.md says what each benchmark measures.
#>
param(
    # The built bench/SaePowerShell.Benchmarks assembly.
    [Parameter(Mandatory)] [string] $BenchmarkAssembly,
    [string] $ArtifactsPath = (Join-Path (Split-Path (Split-Path $PSScriptRoot)) 'BenchmarkDotNet.Artifacts')
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')
$BenchmarkAssembly = (Resolve-Path $BenchmarkAssembly).Path
$ArtifactsPath = [IO.Path]::GetFullPath($ArtifactsPath)

Write-Step 'g. BenchmarkDotNet micro-benchmarks (short in-process job)'
Remove-Item -Recurse -Force (Join-Path $ArtifactsPath 'results') -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force -Path $ArtifactsPath | Out-Null
$log = Join-Path $ArtifactsPath 'bench-console.log'
& dotnet $BenchmarkAssembly --artifacts $ArtifactsPath *> $log
if ($LASTEXITCODE -ne 0) { throw "The micro-benchmarks failed (exit code $LASTEXITCODE); see $log" }
foreach ($file in Get-ChildItem (Join-Path $ArtifactsPath 'results') -Filter '*-report-brief.json' | Sort-Object Name) {
    foreach ($benchmark in (Get-Content $file.FullName -Raw | ConvertFrom-Json).Benchmarks) {
        $name = $benchmark.MethodTitle.Trim("'")
        if ($benchmark.Parameters) { $name += " ($($benchmark.Parameters -replace '=', ' = '))" }
        $allocated = if ($benchmark.Memory) { Format-Bytes $benchmark.Memory.BytesAllocatedPerOperation } else { 'n/a' }
        $targetText = ''
        $verdict = ''
        if ($benchmark.Method -in 'Acs3HmacSha256', 'RoaHmacSha1') {
            # "A few microseconds per signature": up to 10 µs.
            $targetText = 'a few µs (≤ 10)'
            $verdict = Get-Verdict ($benchmark.Statistics.Mean -le 10000)
        }
        New-BenchRow 'g. micro' $name ('{0} mean, {1} allocated' -f (Format-Duration $benchmark.Statistics.Mean), $allocated) $targetText $verdict
    }
}
