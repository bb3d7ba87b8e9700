BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'The config-map cmdlets' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'New- creates from a hashtable, Get- reads it back with typed data, in one call each' {
        Clear-SaeEmulatorRequest $Emulator
        $created = New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web-config -Data @{ LOG_LEVEL = 'info'; WORKERS = 4 } -Description 'the web tier' -Confirm:$false @Common
        $created | Should -BeOfType SaePowerShell.SaeConfigMap
        $created.ConfigMapId | Should -BeGreaterThan 0
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 1

        $read = Get-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web-config @Common
        $read.ConfigMapId | Should -Be $created.ConfigMapId
        $read.Data['LOG_LEVEL'] | Should -Be 'info'
        $read.Data['WORKERS'] | Should -Be '4'
        $read.Description | Should -Be 'the web tier'
        $read.Keys | Should -Be @('LOG_LEVEL', 'WORKERS')
        (Get-SaeConfigMap -ConfigMapId $created.ConfigMapId -RegionId cn-hangzhou @Common).Name | Should -Be 'web-config'
    }

    It 'takes namespaces from Get-SaeNamespace, and passes config maps on to Set- and Remove-' {
        Get-SaeNamespace cn-hangzhou:demo @Common | New-SaeConfigMap -Name a -Data @{ k = '1' } -Confirm:$false @Common | Out-Null
        Get-SaeNamespace cn-hangzhou:demo @Common | New-SaeConfigMap -Name b -Data @{ k = '1' } -Confirm:$false @Common | Out-Null

        $changed = Get-SaeNamespace cn-hangzhou:demo @Common | Get-SaeConfigMap @Common | Set-SaeConfigMap -Data @{ k = '2'; extra = 'x' } -Merge -Confirm:$false @Common
        $changed.Name | Should -Be @('a', 'b')
        (Get-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name a @Common).Data['k'] | Should -Be '2'

        Get-SaeConfigMap -NamespaceId cn-hangzhou:demo @Common | Remove-SaeConfigMap -Force @Common
        @(Get-SaeConfigMap -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 0
    }

    It 'Set- without -Merge replaces the data, and sends nothing when nothing changes' {
        New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = '1'; b = '2' } -Confirm:$false @Common | Out-Null
        Set-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = '1' } -Confirm:$false @Common | Out-Null
        (Get-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web @Common).Keys | Should -Be @('a')

        Clear-SaeEmulatorRequest $Emulator
        Set-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = '1' } -Confirm:$false @Common | Out-Null
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateConfigMap) | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 1
    }

    It '-WhatIf sends nothing that changes anything, for each verb' {
        New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = '1' } -Confirm:$false @Common | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name other -Data @{ a = '1' } -WhatIf @Common
        Set-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = '2' } -WhatIf @Common
        Remove-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web -Force -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator | Where-Object { $_.api -in 'CreateConfigMap', 'UpdateConfigMap', 'DeleteConfigMap' }) | Should -HaveCount 0
        @(Get-SaeConfigMap -NamespaceId cn-hangzhou:demo @Common).Name | Should -Be @('web')
    }

    It 'bad input is an error naming the value, and sends nothing: <Case>' -ForEach @(
        @{ Case = 'a nested value'; Run = { New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name x -Data @{ list = @(1, 2) } -Confirm:$false @Common }; Id = 'InvalidConfigMapData'; Named = "*'list'*" }
        @{ Case = 'a null value'; Run = { New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name x -Data @{ k = $null } -Confirm:$false @Common }; Id = 'InvalidConfigMapData'; Named = "*'k'*" }
        @{ Case = 'a malformed namespace'; Run = { New-SaeConfigMap -NamespaceId 'de mo' -Name x -Data @{ k = '1' } -Confirm:$false @Common }; Id = 'InvalidNamespaceId'; Named = "*de mo*" }
        @{ Case = 'a name that is not there'; Run = { Get-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name nope @Common }; Id = 'InvalidConfigMapName.NotFound'; Named = "*'nope'*" }
    ) {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { & $Run; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $result.Errors[0].Exception.Message | Should -BeLike $Named
        @(Get-SaeEmulatorRequest $Emulator | Where-Object { $_.api -like '*ConfigMap' -and $_.api -notlike 'List*' }) | Should -HaveCount 0
    }

    It 'a config-map id out of range is refused by the generated validation' {
        { Get-SaeConfigMap -ConfigMapId 0 -RegionId cn-hangzhou @Common } | Should -Throw -ErrorId 'ParameterArgumentValidationError,SaePowerShell.Commands.GetSaeConfigMapCommand'
    }

    It 'a create whose answer is lost after it took effect is looked up by name: one create, the config map written' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateConfigMap'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = '1' } -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output.Name | Should -Be 'web'
        @(Get-SaeEmulatorRequest $Emulator -Api CreateConfigMap) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api ListNamespacedConfigMaps) | Should -HaveCount 1
        @(Get-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web @Common) | Should -HaveCount 1
        $result.Output.ConfigMapId | Should -Be (Get-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web @Common).ConfigMapId
    }

    It 'a create lost before it arrived is sent once more, after the look-up finds nothing' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateConfigMap'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = '1' } -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api CreateConfigMap) | Should -HaveCount 2
        @(Get-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web @Common) | Should -HaveCount 1
    }

    It 'a delete whose answer is lost after it took effect is looked up: gone means done, one delete' {
        $map = New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = '1' } -Confirm:$false @Common
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeleteConfigMap'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { $map | Remove-SaeConfigMap -Force @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteConfigMap) | Should -HaveCount 1
        @(Get-SaeConfigMap -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 0
    }

    It 'is generated from the table: the help has its examples, and the view shows name, id, namespace and keys at 80 columns' {
        (Get-Help Get-SaeConfigMap -Full).examples.example.Count | Should -BeGreaterOrEqual 2
        (Get-Command New-SaeConfigMap).Parameters['NamespaceId'].Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] }).ValueFromPipelineByPropertyName | Should -Contain $true
        New-SaeConfigMap -NamespaceId cn-hangzhou:demo -Name web-config -Data @{ LOG_LEVEL = 'info' } -Confirm:$false @Common | Out-Null
        $text = Get-SaeConfigMap -NamespaceId cn-hangzhou:demo @Common | Out-String -Width 80
        $text | Should -BeLike '*web-config*'
        $text | Should -BeLike '*cn-hangzhou:demo*'
        $text | Should -BeLike '*LOG_LEVEL*'
    }
}
