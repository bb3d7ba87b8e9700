<#
.SYNOPSIS
The child process of part f (tools/bench/PipelineOverhead.ps1): times -Count objects through one pipeline, writes JSON.
.DESCRIPTION
WhatIf: Start-SaeApplication -WhatIf. Confirmed: Start-SaeApplication with ShouldProcess answering yes and no
credentials, so it stops with NoCredentials after planning. Reference: a compiled cmdlet that only calls ShouldProcess,
-WhatIf and yes. Each makes -Passes passes over the same objects (the first in a fresh process) and writes the seconds
of each, the outcomes and the working set to -ResultPath. Not for direct use.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [ValidateSet('WhatIf', 'Confirmed', 'Reference')] [string] $Worker,
    [Parameter(Mandatory)] [int] $Count,
    [Parameter(Mandatory)] [string] $ResultPath,
    # Passes over the same objects: the first one in a fresh process, then the steady ones.
    [int] $Passes = 4
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot '../common.ps1')
. (Join-Path $PSScriptRoot 'BenchSupport.ps1')
# No Initialize-OutputColour: this child's output goes to a file nobody reads, and the figures stay comparable with earlier runs.

Import-Module $ModulePath
# No credentials: a run whose ShouldProcess answers yes binds, reads, confirms and plans every object, then stops
# with NoCredentials before its first call. So that none can be found, this process has no Alibaba Cloud variables
# and a HOME with no aliyun CLI or SDK files in it; and should one be found all the same, -Endpoint sends the calls
# to a closed port on this machine, and the run is reported as a failure.
$null = Clear-SaeEnvironment   # every variable the module reads, as its own list has them
$emptyHome = Join-Path ([IO.Path]::GetTempPath()) ('sae-bench-home-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $emptyHome | Out-Null
$env:HOME = $emptyHome
$env:USERPROFILE = $emptyHome
$nowhere = @{ Endpoint = 'http://127.0.0.1:9'; MaximumRetryCount = 0 }
$applications = New-BenchApplication -Count $Count -NamespaceCount 40
if ($Worker -eq 'Reference') {
    # PowerShell's own floor: a compiled cmdlet that binds each object and asks ShouldProcess with the same target
    # text as Start-SaeApplication, and does nothing else.
    $source = @'
using System.Management.Automation;
namespace SaeBench
{
    [Cmdlet("Test", "SaeShouldProcess", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public sealed class TestSaeShouldProcessCommand : PSCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public PSObject InputObject { get; set; }

        protected override void ProcessRecord()
        {
            var app = (SaePowerShell.SaeApplication)InputObject.BaseObject;
            ShouldProcess(app.AppName + " (" + app.AppId + ") in namespace " + app.NamespaceId, "Start");
        }
    }
}
'@
    $type = Add-Type -TypeDefinition $source -ReferencedAssemblies ([SaePowerShell.SaeApplication].Assembly.Location), ([PSObject].Assembly.Location) -PassThru | Select-Object -First 1
    Import-Module -Assembly $type.Assembly
    $result = [ordered]@{ Mode = $Worker; Count = $Count }
    foreach ($case in 'WhatIf', 'Yes') {
        $whatIf = $case -eq 'WhatIf'
        $result["${case}Seconds"] = @(for ($pass = 0; $pass -lt $Passes; $pass++) {
                [GC]::Collect()
                $watch = [Diagnostics.Stopwatch]::StartNew()
                $applications | Test-SaeShouldProcess -WhatIf:$whatIf
                $watch.Elapsed.TotalSeconds
            })
    }
    [pscustomobject]$result | ConvertTo-Json | Set-Content -Path $ResultPath -Encoding utf8
    Remove-Item -Recurse -Force $emptyHome -ErrorAction SilentlyContinue
    exit 0
}

$self = [Diagnostics.Process]::GetCurrentProcess()
$self.Refresh()
$before = $self.WorkingSet64
$outcomes = [Collections.Generic.List[string]]::new()
$seconds = @(for ($pass = 0; $pass -lt $Passes; $pass++) {
        [GC]::Collect()
        $watch = [Diagnostics.Stopwatch]::StartNew()
        if ($Worker -eq 'WhatIf') {
            # What if: lines go to the host (this process's stdout, which the parent sends to a file).
            $applications | Start-SaeApplication -WhatIf
            $outcomes.Add('completed')
        } else {
            try {
                $applications | Start-SaeApplication -Confirm:$false -ErrorAction Stop @nowhere
                $outcomes.Add('unexpected: no error')
            } catch {
                $outcomes.Add($_.FullyQualifiedErrorId)
            }
        }
        $watch.Elapsed.TotalSeconds
    })
$self.Refresh()
[pscustomobject][ordered]@{
    Mode = $Worker; Count = $Count; Seconds = $seconds; Outcomes = @($outcomes | Sort-Object -Unique)
    WorkingSetBeforeBytes = $before; PeakWorkingSetBytes = $self.PeakWorkingSet64
} | ConvertTo-Json | Set-Content -Path $ResultPath -Encoding utf8
Remove-Item -Recurse -Force $emptyHome -ErrorAction SilentlyContinue
exit 0
