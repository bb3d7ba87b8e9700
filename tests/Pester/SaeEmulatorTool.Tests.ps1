# The emulator as a .NET tool, the README's way: the package the Package task makes (dotnet pack of the emulator),
# dotnet tool install into a tool path, one command to start it, and a signed call from the module.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Work = Join-Path ([IO.Path]::GetTempPath()) ('sae-tool-pester-' + [guid]::NewGuid().ToString('N'))
    $packages = Join-Path $Work 'packages'
    $script:ToolPath = Join-Path $Work 'tools'
    $script:Package = New-SaeEmulatorToolPackage -OutputFolder $packages
    # A packages folder of its own, so the install takes this package and not one of the same version cached earlier.
    $savedPackages = $env:NUGET_PACKAGES
    $env:NUGET_PACKAGES = Join-Path $Work 'nuget'
    try {
        $script:InstallOutput = & dotnet tool install --tool-path $ToolPath --add-source $packages --ignore-failed-sources SaePowerShell.Emulator --version (Get-SaeModuleVersion) 2>&1
        $script:InstallExit = $LASTEXITCODE
    }
    finally { $env:NUGET_PACKAGES = $savedPackages }
}

AfterAll {
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}

Describe 'The emulator as a .NET tool' {
    It 'installs with dotnet tool install, starts with one command on a free loopback port, and answers a signed call' {
        $InstallExit | Should -Be 0 -Because ($InstallOutput -join "`n")
        $command = Get-ChildItem -LiteralPath $ToolPath -File | Where-Object { $_.BaseName -eq 'sae-emulator' } | Select-Object -First 1
        $command | Should -Not -BeNullOrEmpty

        $ready = Join-Path $Work 'ready'
        $process = Start-Process -FilePath $command.FullName -ArgumentList '--urls', 'http://127.0.0.1:0', '--ready-file', "`"$ready`"", '--parent-pid', $PID `
            -RedirectStandardOutput (Join-Path $Work 'stdout.log') -RedirectStandardError (Join-Path $Work 'stderr.log') -PassThru -NoNewWindow
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (-not (Test-Path $ready) -and -not $process.HasExited -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            Test-Path $ready | Should -BeTrue -Because (Get-Content (Join-Path $Work 'stdout.log'), (Join-Path $Work 'stderr.log') -Raw -ErrorAction SilentlyContinue)
            $endpoint = [uri](Get-Content $ready -Raw).Trim()
            $endpoint.Host | Should -Be '127.0.0.1'

            $key = [pscredential]::new('LTAI5tSaeEmulatorKey', (ConvertTo-SecureString 'SaeEmulatorSecretForLocalTestsOnly' -AsPlainText -Force))
            $apps = @(Get-SaeApplication -RegionId cn-hangzhou -Endpoint $endpoint -Credential $key -RetryIntervalSec 0)

            $apps.Count | Should -BeGreaterThan 0
            $apps.AppName | Should -Contain 'web-frontend'
        }
        finally {
            if (-not $process.HasExited) { Stop-Process -Id $process.Id -Force }
        }
    }
}
