# Installing the way users do: both PowerShell Gallery packages (as Publish-PSResource makes them) go to a temporary
# local PSResourceGet repository, and a fresh pwsh with an empty module path and a temporary HOME installs them by
# name, imports them by name and runs the pipeline against the installed emulator. Loopback and local files only.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Work = Join-Path ([IO.Path]::GetTempPath()) ('sae-install-test-' + [guid]::NewGuid().ToString('N'))
    $repository = Join-Path $Work 'repository'
    $modules = Join-Path $Work 'modules'
    $childHome = Join-Path $Work 'home'
    New-Item -ItemType Directory -Path $repository, $modules, $childHome | Out-Null

    $script:Packages = @(
        New-SaeModulePackage -ModuleFolder (Get-Module SaePowerShell).ModuleBase -OutputFolder $repository
        New-SaeModulePackage -ModuleFolder (Get-Module SaeEmulator).ModuleBase -OutputFolder $repository
    )

    # What the fresh pwsh runs. It writes what it saw to result.json; its output goes to files, read on failure.
    $script:ResultPath = Join-Path $Work 'result.json'
    $script:StdoutPath = Join-Path $Work 'stdout.log'
    $script:StderrPath = Join-Path $Work 'stderr.log'
    $childScript = Join-Path $Work 'install.ps1'
    Set-Content -Path $childScript -Value @'
param([string] $Repository, [string] $ResultPath)
$ErrorActionPreference = 'Stop'
$result = [ordered]@{ ModulePath = $env:PSModulePath; Home = $env:HOME }
$result.FoundBefore = @(Get-Module -ListAvailable SaePowerShell, SaeEmulator).Count
Register-PSResourceRepository -Name SaeLocalTest -Uri $Repository -Trusted
Install-PSResource -Name SaePowerShell, SaeEmulator -Repository SaeLocalTest -Scope CurrentUser -TrustRepository
Import-Module SaePowerShell, SaeEmulator
$result.ModuleBase = (Get-Module SaePowerShell).ModuleBase
$result.EmulatorBase = (Get-Module SaeEmulator).ModuleBase
$result.Versions = @(Get-Module SaePowerShell, SaeEmulator | ForEach-Object { [string]$_.Version })
$result.Orders = @(Use-SaeEmulator {
    param($emulator)
    # The seed's cn-hangzhou:billing is in debt: its applications come back as errors, one each, the rest as change orders.
    Get-SaeApplication -RegionId cn-hangzhou | Start-SaeApplication -ErrorAction SilentlyContinue -ErrorVariable failures | ForEach-Object {
        [ordered]@{ ChangeOrderId = $_.ChangeOrderId; NamespaceId = $_.NamespaceId; Apps = $_.AppIds.Count }
    }
    $script:Errors = @($failures | ForEach-Object { $_.FullyQualifiedErrorId })
    $script:Sent = @(Get-SaeEmulatorRequest $emulator -Api BatchStartApplications).Count
})
$result.BatchStartCalls = $script:Sent
$result.Errors = $script:Errors
$result | ConvertTo-Json -Depth 5 | Set-Content -Path $ResultPath
'@

    # A fresh pwsh, started as every child of the build is (tools/common.ps1), with only a temporary folder as its
    # module path and a temporary HOME (where -Scope CurrentUser installs, and PSResourceGet keeps its repositories).
    $names = 'PSModulePath', 'HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME'
    $saved = @{}
    foreach ($name in $names) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
    try {
        foreach ($name in $names) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue }
        $env:PSModulePath = $modules
        $env:HOME = $childHome
        # In the work folder: NuGet (under PSResourceGet) may write a NuGet/NuGet.Config relative to where it runs.
        Push-Location $Work
        Invoke-ChildPwsh @('-File', $childScript, '-Repository', $repository, '-ResultPath', $ResultPath) -StandardOutputPath $StdoutPath -StandardErrorPath $StderrPath
        $script:ExitCode = $LASTEXITCODE
    } finally {
        Pop-Location
        foreach ($name in $names) {
            if ($null -eq $saved[$name]) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue } else { Set-Item "Env:$name" $saved[$name] }
        }
    }
    $script:Log = (Get-Content $StdoutPath, $StderrPath -Raw -ErrorAction SilentlyContinue) -join "`n"
    $script:Result = if (Test-Path $ResultPath) { Get-Content $ResultPath -Raw | ConvertFrom-Json } else { $null }
    $script:ChildHome = $childHome
}

AfterAll {
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}

Describe 'Installing SaePowerShell and SaeEmulator from a PSResourceGet repository' {
    It 'makes one package of each, of the version in Directory.Build.props' {
        $version = Get-SaeModuleVersion
        $Packages.Name | Sort-Object | Should -Be @("SaeEmulator.$version.nupkg", "SaePowerShell.$version.nupkg")
    }

    It 'installs both by name into an empty module path, and the fresh pwsh ends well' {
        $ExitCode | Should -Be 0 -Because $Log
        $Result | Should -Not -BeNullOrEmpty -Because $Log
        $Result.FoundBefore | Should -Be 0 -Because 'the fresh pwsh must not see the built module, only the installed one'
        $Result.Home | Should -Be $ChildHome
        $Result.ModuleBase | Should -BeLike "$ChildHome*"
        $Result.EmulatorBase | Should -BeLike "$ChildHome*"
        $Result.Versions | Should -Be @((Get-SaeModuleVersion), (Get-SaeModuleVersion))
    }

    It 'runs Get-SaeApplication | Start-SaeApplication against the installed emulator, one call per namespace' {
        $orders = @($Result.Orders)
        $orders.Count | Should -BeGreaterThan 0 -Because $Log
        $orders | ForEach-Object { $_.ChangeOrderId | Should -Not -BeNullOrEmpty }
        @($orders.NamespaceId | Sort-Object -Unique).Count | Should -Be $orders.Count
        $orders.NamespaceId | Should -Not -Contain 'cn-hangzhou:billing'
        # Billing's two applications, one error each, from the one call for billing.
        @($Result.Errors) | Should -Be (@('user.indebt,SaePowerShell.Commands.StartSaeApplicationCommand') * 2)
        $Result.BatchStartCalls | Should -Be ($orders.Count + 1)
    }
}
