BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    # -Wait with a first look after 0.2 s: the emulator's change orders end in well under a second.
    $script:Wait = @{ Wait = $true; PollIntervalSec = 0.2 }
    $script:Image = 'registry.cn-hangzhou.aliyuncs.com/demo/web:1.0'

    # Two configurations are the same when every field reads the same, in SAE's JSON, except those named.
    function Get-ConfigDifference($Source, $Copy, [string[]] $Except) {
        $names = @($Source.Fields.Keys) + @($Copy.Fields.Keys) | Select-Object -Unique | Where-Object { $_ -notin $Except }
        foreach ($name in $names) {
            $a = ConvertTo-Json $Source.Fields[$name] -Depth 10 -Compress
            $b = ConvertTo-Json $Copy.Fields[$name] -Depth 10 -Compress
            if ($a -ne $b) { "${name}: $a -> $b" }
        }
    }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'New-SaeApplication' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'creates an application from an image and parameters, one CreateApplication in SAE''s shapes; -Wait ends with it running its replicas' {
        Clear-SaeEmulatorRequest $Emulator
        $order = New-SaeApplication -NamespaceId cn-hangzhou:demo -AppName web -ImageUrl $Image -Replicas 2 -Cpu 1000 -Memory 2048 `
            -Environment @{ LOG_LEVEL = 'info'; A = '1' } -Command /bin/web -CommandArgs '--port', '8080' `
            -Liveness @{ httpGet = @{ path = '/healthz'; port = 8080 }; initialDelaySeconds = 10 } -Description 'the web tier' @Wait @Common
        $order | Should -BeOfType SaePowerShell.SaeChangeOrder
        $order.Status | Should -Be 'Succeeded'
        $order.Action | Should -Be 'Create'
        $order.AppId | Should -Not -BeNullOrEmpty
        $sent = @(Get-SaeEmulatorRequest $Emulator -Api CreateApplication)
        $sent | Should -HaveCount 1
        $sent[0].query.PackageType | Should -Be 'Image'
        $sent[0].query.Envs | Should -Be '[{"name":"A","value":"1"},{"name":"LOG_LEVEL","value":"info"}]'
        $sent[0].query.CommandArgs | Should -Be '["--port","8080"]'
        (ConvertFrom-Json $sent[0].query.Liveness).httpGet.path | Should -Be '/healthz'
        $app = Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web @Common
        $app.AppId | Should -Be $order.AppId
        $app.RunningInstances | Should -Be 2
        $config = Get-SaeApplicationConfig -AppId $order.AppId -NamespaceId cn-hangzhou:demo @Common
        $config.Environment.LOG_LEVEL | Should -Be 'info'
        $config.Cpu | Should -Be 1000
        $config.AppDescription | Should -Be 'the web tier'
    }

    It 'clones a configuration into another namespace: it reads back equal except its id, its namespace and the name SAE derives from the id' {
        $source = Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web-frontend @Common | Get-SaeApplicationConfig @Common
        $order = $source | New-SaeApplication -NamespaceId cn-hangzhou:empty -AppName web-frontend @Wait @Common
        $order.Status | Should -Be 'Succeeded'
        $copy = Get-SaeApplicationConfig -AppId $order.AppId -NamespaceId cn-hangzhou:empty @Common
        $copy.NamespaceId | Should -Be 'cn-hangzhou:empty'
        $copy.AppId | Should -Not -Be $source.AppId
        @(Get-ConfigDifference $source $copy -Except AppId, NamespaceId, DeploymentName) | Should -BeNullOrEmpty
        $source.Fields.Count | Should -BeGreaterThan 90 -Because 'DescribeApplicationConfig answers every field of the surface'
    }

    It 'a clone into another region leaves the network behind, and the parameters given win over the piped ones' {
        Clear-SaeEmulatorRequest $Emulator
        $source = Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web-frontend @Common | Get-SaeApplicationConfig @Common
        $source | New-SaeApplication -NamespaceId cn-shanghai:upgrading -AppName web-frontend -Replicas 1 @Common | Out-Null
        $sent = (Get-SaeEmulatorRequest $Emulator -Api CreateApplication)[0]
        $sent.query.Replicas | Should -Be '1'
        $sent.query.ImageUrl | Should -Be $source.ImageUrl
        $sent.query.PSObject.Properties.Name | Should -Not -Contain 'VpcId'
        $sent.query.PSObject.Properties.Name | Should -Not -Contain 'VSwitchId'
        $sent.query.PSObject.Properties.Name | Should -Not -Contain 'SecurityGroupId'
    }

    It 'a name already taken is SAE''s refusal for that input alone, and the next input goes on' {
        $configs = Get-SaeApplication -NamespaceId cn-hangzhou:demo @Common | Where-Object AppName -In 'web-frontend', 'payment-worker' | Get-SaeApplicationConfig @Common
        $result = Invoke-Collecting { $configs | ForEach-Object { $_ | New-SaeApplication -NamespaceId cn-hangzhou:staging -AppName $_.AppName @Common } }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].Exception.Message | Should -BeLike '*web-frontend*'
        $result.Output | Should -HaveCount 1
        @(Get-SaeApplication -NamespaceId cn-hangzhou:staging @Common).AppName | Should -Contain 'payment-worker'
    }

    It 'bad input is an error naming the value, with nothing sent: <Case>' -TestCases @(
        @{ Case = 'an unknown -Parameter'; Extra = @{ Parameter = @{ Timezon = 'Asia/Shanghai' } }; Named = 'Timezon' }
        @{ Case = 'a -Parameter of the wrong type'; Extra = @{ Parameter = @{ DiskSize = 'big' } }; Named = 'big' }
        @{ Case = 'a variable without a name'; Extra = @{ Environment = @{ '' = 'x' } }; Named = 'empty name' }
        @{ Case = 'a variable without a value'; Extra = @{ Environment = @{ LOG_LEVEL = $null } }; Named = 'LOG_LEVEL' }
        @{ Case = 'a -Parameter the cmdlet sets'; Extra = @{ Parameter = @{ Cpu = 1000 }; Cpu = 2000 }; Named = 'Cpu' }
    ) {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { New-SaeApplication -NamespaceId cn-hangzhou:demo -AppName web -ImageUrl $Image @Extra @Common; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].Exception.Message | Should -BeLike "*$Named*"
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
    }

    It 'a CPU outside SAE''s documented values is refused by PowerShell before any call' {
        { New-SaeApplication -NamespaceId cn-hangzhou:demo -AppName web -ImageUrl $Image -Cpu 300 @Common } | Should -Throw -ExpectedMessage '*Cpu*'
    }

    It '-WhatIf names the call and sends nothing' {
        Clear-SaeEmulatorRequest $Emulator
        # -WhatIf speaks to the host, which only a transcript records.
        $transcript = Join-Path $TestDrive 'whatif.txt'
        Start-Transcript -Path $transcript | Out-Null
        try { New-SaeApplication -NamespaceId cn-hangzhou:demo -AppName web -ImageUrl $Image -WhatIf @Common } finally { Stop-Transcript | Out-Null }
        Get-Content $transcript -Raw | Should -BeLike "*What if*application 'web' in cn-hangzhou:demo*CreateApplication*"
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 0
    }

    It 'a create whose answer is lost after it took effect is looked up by name: one CreateApplication, no error, the new AppId written' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateApplication'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { New-SaeApplication -NamespaceId cn-hangzhou:demo -AppName web -ImageUrl $Image @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api CreateApplication) | Should -HaveCount 1
        $result.Output[0].AppId | Should -Be (Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web @Common).AppId
        $result.Output[0].ChangeOrderId | Should -Not -BeNullOrEmpty
    }

    It 'a create lost before it arrived is sent once more, after the look-up finds no application of its name' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateApplication'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { New-SaeApplication -NamespaceId cn-hangzhou:demo -AppName web -ImageUrl $Image @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api CreateApplication) | Should -HaveCount 2
        @(Get-SaeApplication -NamespaceId cn-hangzhou:demo -Name web @Common) | Should -HaveCount 1
    }
}
