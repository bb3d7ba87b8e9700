# Helpers shared by psake.ps1, the scripts under tools/ and the Pester set-up. Dot-source it:
#   . (Join-Path $PSScriptRoot 'tools/common.ps1')
# It defines functions and $RepoRoot, and changes nothing else.

# The repository root: the folder above tools/.
$RepoRoot = Split-Path $PSScriptRoot -Parent

#region Colour
# Plain output: NO_COLOR is set (https://no-color.org: any non-empty value), or this process's output is not a
# terminal (redirected to a file or a pipe, as in CI), where colour codes are only noise.
function Test-PlainOutput {
    [bool]$env:NO_COLOR -or [Console]::IsOutputRedirected
}

# Turns PowerShell's own colour off (errors, table headers, file names) when the output is plain. Every script that
# runs as a child pwsh calls it first, since the child decides for itself.
function Initialize-OutputColour {
    if ((Test-PlainOutput) -and (Get-Variable PSStyle -Scope Global -ErrorAction SilentlyContinue)) {
        $PSStyle.OutputRendering = 'PlainText'
    }
}

# Write-Host with a colour only when the output is not plain.
function Write-Status([string] $Text, [ConsoleColor] $Colour = [ConsoleColor]::Gray) {
    if (Test-PlainOutput) { Write-Host $Text } else { Write-Host $Text -ForegroundColor $Colour }
}
#endregion

#region Child PowerShell
# How to start a PowerShell like this one: 'dotnet pwsh' runs pwsh.dll under the dotnet host, so the child is
# 'dotnet <PSHOME>/pwsh.dll'; a pwsh started on its own starts itself. FilePath and Prefix (the first arguments).
function Get-ChildPwshCommand {
    $hostPath = [Environment]::ProcessPath
    if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') {
        @{ FilePath = $hostPath; Prefix = @((Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive') }
    } else {
        @{ FilePath = $hostPath; Prefix = @('-NoProfile', '-NonInteractive') }
    }
}

# Runs a child PowerShell (-NoProfile -NonInteractive) with these arguments, and sets $LASTEXITCODE to its exit code.
# Its output is this process's (capture it as any native command's), unless -StandardOutputPath is given: then its
# stdout and stderr go to those files, which keeps a chatty child from slowing down on this process's console.
function Invoke-ChildPwsh {
    param(
        [Parameter(Mandatory, Position = 0)] [string[]] $Arguments,
        [string] $StandardOutputPath,
        [string] $StandardErrorPath
    )
    $command = Get-ChildPwshCommand
    if (-not $StandardOutputPath) {
        & $command.FilePath @($command.Prefix) @Arguments
        return
    }
    $quoted = @($command.Prefix) + $Arguments | ForEach-Object { if ($_ -match '\s') { "`"$_`"" } else { $_ } }
    $redirect = @{ RedirectStandardOutput = $StandardOutputPath }
    if ($StandardErrorPath) { $redirect.RedirectStandardError = $StandardErrorPath }
    $process = Start-Process -FilePath $command.FilePath -ArgumentList $quoted @redirect -NoNewWindow -PassThru -Wait
    $global:LASTEXITCODE = $process.ExitCode
}
#endregion

#region Packages and environment
# Pester as the test project restored it (a PackageDownload of tests/SaePowerShell.Tests): the Compile task restores it.
function Get-PesterModulePath([string] $Version = '5.7.1') {
    $packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $path = Join-Path $packages.Trim() "pester/$Version/tools/Pester.psd1"
    if (-not (Test-Path $path)) { throw "Pester $Version was not restored to $path; the Compile task restores it with the test project." }
    $path
}

# Removes every environment variable the module reads ([SaePowerShell.SaeEnvironmentVariables]::All: import the
# module first), so that a run does not pick up the machine's own Alibaba Cloud settings. Returns what was set, for
# Restore-SaeEnvironment.
function Clear-SaeEnvironment {
    $saved = @{}
    foreach ($variable in [SaePowerShell.SaeEnvironmentVariables]::All) {
        $value = [Environment]::GetEnvironmentVariable($variable.Name)
        if ($null -ne $value) { $saved[$variable.Name] = $value }
        Remove-Item "Env:$($variable.Name)" -ErrorAction SilentlyContinue
    }
    $saved
}

# Puts back what Clear-SaeEnvironment removed, and removes what was set since.
function Restore-SaeEnvironment([hashtable] $Saved) {
    foreach ($variable in [SaePowerShell.SaeEnvironmentVariables]::All) {
        # Not [Environment]::SetEnvironmentVariable: PowerShell passes $null to it as '', which leaves the variable set.
        if ($Saved.ContainsKey($variable.Name)) { Set-Item "Env:$($variable.Name)" $Saved[$variable.Name] }
        else { Remove-Item "Env:$($variable.Name)" -ErrorAction SilentlyContinue }
    }
}
#endregion

#region Version and packages
# The one version of both modules: ModuleVersion in Directory.Build.props (the assembly's Version is made from it too).
function Get-SaeModuleVersion {
    $props = [xml](Get-Content (Join-Path $RepoRoot 'Directory.Build.props') -Raw)
    $version = @($props.Project.PropertyGroup | ForEach-Object { $_.SelectSingleNode('ModuleVersion') } | Where-Object { $_ })[0].InnerText
    if ($version -notmatch '^\d+\.\d+\.\d+$') { throw "ModuleVersion in Directory.Build.props is '$version', not a version like 1.2.3." }
    $version
}

# The CHANGELOG.md section of a version: the lines under '## <version>' up to the next '## '.
function Get-SaeReleaseNotes([string] $Version) {
    $lines = Get-Content (Join-Path $RepoRoot 'CHANGELOG.md')
    $start = [array]::FindIndex([string[]]$lines, [Predicate[string]] { param($l) $l -match "^## $([regex]::Escape($Version))(\s|$)" })
    if ($start -lt 0) { throw "CHANGELOG.md has no '## $Version' section: add one for the version in Directory.Build.props." }
    $section = for ($i = $start + 1; $i -lt $lines.Count -and $lines[$i] -notmatch '^## '; $i++) { $lines[$i] }
    (($section -join "`n").Trim())
}

# Stamps a copied manifest with the version and the release notes (its ModuleVersion and PSData ReleaseNotes lines).
function Set-SaeManifestVersion([string] $Path, [string] $Version, [string] $ReleaseNotes) {
    $text = Get-Content $Path -Raw
    $text = [regex]::Replace($text, "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'", "`${1}'$Version'")
    $notes = $ReleaseNotes -replace "'", "''"
    $text = [regex]::Replace($text, "(?m)^(\s*ReleaseNotes\s*=\s*)'[^']*'", { param($m) "$($m.Groups[1].Value)'$notes'" })
    Set-Content -Path $Path -Value $text -NoNewline -Encoding utf8
    $manifest = Import-PowerShellDataFile $Path
    if ($manifest.ModuleVersion -ne $Version) { throw "Stamping $Path with version $Version failed." }
}

# Makes the emulator's .NET tool package (PackAsTool, command sae-emulator) in OutputFolder from the build the Build
# task made (--no-build), and returns the package file: the Package task's, and the one the tool's Pester test installs.
function New-SaeEmulatorToolPackage([string] $OutputFolder, [string] $Configuration = 'Release') {
    New-Item -ItemType Directory -Path $OutputFolder -Force | Out-Null
    $project = Join-Path $RepoRoot 'src/SaePowerShell.Emulator/SaePowerShell.Emulator.csproj'
    $output = & dotnet pack $project -c $Configuration --no-build -o $OutputFolder -nologo -v quiet 2>&1
    if ($LASTEXITCODE -ne 0) { throw "dotnet pack of the emulator failed:`n$($output -join "`n")" }
    Get-Item -LiteralPath (Join-Path $OutputFolder "SaePowerShell.Emulator.$(Get-SaeModuleVersion).nupkg")
}

# Makes the PowerShell Gallery package (.nupkg) of a module folder as Publish-PSResource makes them: publishes the folder
# to a temporary local file repository and moves the .nupkg it wrote to OutputFolder. Returns the package file. It runs
# in a child pwsh whose HOME is a temporary folder (XDG_* unset), so the repository registration never touches this
# user's PSResourceGet or NuGet settings, whatever this process's environment holds. Nothing leaves this machine.
function New-SaeModulePackage([string] $ModuleFolder, [string] $OutputFolder) {
    $work = Join-Path ([IO.Path]::GetTempPath()) ('sae-psrepo-' + [guid]::NewGuid().ToString('N'))
    $repository = Join-Path $work 'repository'
    $childHome = Join-Path $work 'home'
    New-Item -ItemType Directory -Path $repository, $childHome -Force | Out-Null
    New-Item -ItemType Directory -Path $OutputFolder -Force | Out-Null
    $script = Join-Path $work 'publish.ps1'
    Set-Content -Path $script -Value @'
param([string] $ModuleFolder, [string] $Repository)
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name SaePackage -Uri $Repository -Trusted
Publish-PSResource -Path $ModuleFolder -Repository SaePackage
'@
    $names = 'HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME'
    $saved = @{}
    foreach ($name in $names) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
    try {
        foreach ($name in $names) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue }
        $env:HOME = $childHome
        # In the work folder: NuGet (under PSResourceGet) may write a NuGet/NuGet.Config relative to where it runs.
        Push-Location $work
        $output = Invoke-ChildPwsh @('-File', $script, '-ModuleFolder', (Resolve-Path $ModuleFolder).Path, '-Repository', $repository) 2>&1
        $exitCode = $LASTEXITCODE
    } finally {
        Pop-Location
        foreach ($name in $names) {
            if ($null -eq $saved[$name]) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue } else { Set-Item "Env:$name" $saved[$name] }
        }
    }
    try {
        if ($exitCode -ne 0) { throw "Publish-PSResource of $ModuleFolder failed (exit code $exitCode):`n$($output -join "`n")" }
        $package = @(Get-ChildItem $repository -Filter *.nupkg)
        if ($package.Count -ne 1) { throw "Publish-PSResource wrote $($package.Count) packages for $ModuleFolder." }
        $target = Join-Path $OutputFolder $package[0].Name
        Move-Item $package[0].FullName $target -Force
        Get-Item $target
    } finally {
        Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
    }
}

# The file names in a .nupkg (a zip), with '/' separators.
function Get-SaePackageEntry([string] $Path) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [IO.Compression.ZipFile]::OpenRead($Path)
    try { $zip.Entries | ForEach-Object FullName } finally { $zip.Dispose() }
}
#endregion
