BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    function script:Secure([string] $Text) { ConvertTo-SecureString $Text -AsPlainText -Force }
    function script:Base64([string] $Text) { [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Text)) }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'The secret cmdlets' {
    BeforeEach { Reset-SaeEmulator $Emulator }

    It 'New- creates from SecureStrings in one call; Get- shows the keys, never the values, unless -AsPlainText' {
        Clear-SaeEmulatorRequest $Emulator
        $created = New-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ DB_URL = (Secure 'mysql://db:3306'); DB_PASSWORD = (Secure 'pw-7d1f') } -Confirm:$false @Common
        $created | Should -BeOfType SaePowerShell.SaeSecret
        $created.SecretId | Should -BeGreaterThan 0
        $created.SecretType | Should -Be 'Opaque'
        $created.Keys | Should -Be @('DB_PASSWORD', 'DB_URL')
        $created.Data | Should -BeNullOrEmpty
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 1

        $read = Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login @Common
        $read.SecretId | Should -Be $created.SecretId
        $read.Keys | Should -Be @('DB_PASSWORD', 'DB_URL')
        $read.Data | Should -BeNullOrEmpty
        ($read | Format-List * | Out-String) | Should -Not -Match 'mysql://db|pw-7d1f'

        $plain = Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -AsPlainText @Common
        $plain.Data['DB_URL'] | Should -Be 'mysql://db:3306'
        $plain.Data['DB_PASSWORD'] | Should -Be 'pw-7d1f'
        (Get-SaeSecret -NamespaceId cn-hangzhou:demo -SecretId $created.SecretId @Common).Name | Should -Be 'db-login'
    }

    It 'sends SAE each value base64-encoded, in SecretData' {
        New-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ DB_URL = (Secure 'mysql://db:3306') } -Confirm:$false @Common | Out-Null
        # The emulator keeps what it was sent and answers it in DescribeSecret, so the module's own decoding proves the encoding.
        $raw = Invoke-SaeApi DescribeSecret @{ NamespaceId = 'cn-hangzhou:demo'; SecretId = (Get-SaeSecret cn-hangzhou:demo -Name db-login @Common).SecretId } @Common
        $raw.SecretData.DB_URL | Should -Be (Base64 'mysql://db:3306')
    }

    It 'makes a registry login from -Registry and -RegistryCredential: SAE''s kubernetes.io/dockerconfigjson' {
        $login = [pscredential]::new('deployer', (Secure 'registry-pw-3b9e'))
        $secret = New-SaeSecret -NamespaceId cn-hangzhou:demo -Name registry-auth -Registry registry.cn-hangzhou.aliyuncs.com -RegistryCredential $login -Confirm:$false @Common
        $secret.SecretType | Should -Be 'kubernetes.io/dockerconfigjson'
        $secret.Keys | Should -Be @('.dockerconfigjson')

        $config = (Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name registry-auth -AsPlainText @Common).Data['.dockerconfigjson'] | ConvertFrom-Json
        $entry = $config.auths.'registry.cn-hangzhou.aliyuncs.com'
        $entry.username | Should -Be 'deployer'
        $entry.password | Should -Be 'registry-pw-3b9e'
        $entry.auth | Should -Be (Base64 'deployer:registry-pw-3b9e')
    }

    It 'lists a namespace with one ListSecrets and one DescribeSecret per secret written, and no more' {
        foreach ($name in 'db-a', 'db-b', 'cache') {
            New-SaeSecret -NamespaceId cn-hangzhou:demo -Name $name -Data @{ K = (Secure 'v') } -Confirm:$false @Common | Out-Null
        }
        Clear-SaeEmulatorRequest $Emulator

        $all = Get-SaeSecret -NamespaceId cn-hangzhou:demo @Common
        $all.Name | Should -Be @('db-a', 'db-b', 'cache')
        @(Get-SaeEmulatorRequest $Emulator -Api ListSecrets) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeSecret) | Should -HaveCount 3

        Clear-SaeEmulatorRequest $Emulator
        (Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name 'db-*' @Common).Name | Should -Be @('db-a', 'db-b')
        @(Get-SaeEmulatorRequest $Emulator -Api ListSecrets) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeSecret) | Should -HaveCount 2
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 3

        Clear-SaeEmulatorRequest $Emulator
        Get-SaeSecret -NamespaceId cn-hangzhou:demo -SecretId $all[0].SecretId @Common | Out-Null
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 1
    }

    It 'takes namespaces from Get-SaeNamespace and ids by value, and passes secrets on to Set- and Remove-' {
        Get-SaeNamespace cn-hangzhou:demo @Common | New-SaeSecret -Name a -Data @{ k = (Secure '1') } -Confirm:$false @Common | Out-Null
        'cn-hangzhou:demo' | Get-SaeSecret @Common | Should -HaveCount 1
        Get-SaeNamespace cn-hangzhou:demo @Common | New-SaeSecret -Name b -Data @{ k = (Secure '1') } -Confirm:$false @Common | Out-Null

        $changed = Get-SaeNamespace cn-hangzhou:demo @Common | Get-SaeSecret @Common | Set-SaeSecret -Data @{ k = (Secure '2'); extra = (Secure 'x') } -Confirm:$false @Common
        $changed.Name | Should -Be @('a', 'b')
        $changed[0].Keys | Should -Be @('extra', 'k')
        (Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name a -AsPlainText @Common).Data['k'] | Should -Be '2'

        Get-SaeSecret -NamespaceId cn-hangzhou:demo @Common | Remove-SaeSecret -Force @Common
        @(Get-SaeSecret -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 0
    }

    It 'Set- reads the secret once and sends nothing when nothing changes' {
        New-SaeSecret -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = (Secure '1') } -Confirm:$false @Common | Out-Null
        $id = (Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name web @Common).SecretId
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeSecret -NamespaceId cn-hangzhou:demo -SecretId $id -Data @{ a = (Secure '1') } -Confirm:$false @Common | Out-Null
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateSecret) | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator) | Should -HaveCount 1

        Clear-SaeEmulatorRequest $Emulator
        Set-SaeSecret -NamespaceId cn-hangzhou:demo -SecretId $id -Data @{ a = (Secure '2') } -Confirm:$false @Common | Out-Null
        (Get-SaeEmulatorRequest $Emulator).api | Should -Be @('DescribeSecret', 'UpdateSecret')
    }

    It '-WhatIf sends nothing that changes anything, for each verb; Remove- asks first (ConfirmImpact High)' {
        New-SaeSecret -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = (Secure '1') } -Confirm:$false @Common | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        New-SaeSecret -NamespaceId cn-hangzhou:demo -Name other -Data @{ a = (Secure '1') } -WhatIf @Common
        Set-SaeSecret -NamespaceId cn-hangzhou:demo -Name web -Data @{ a = (Secure '2') } -WhatIf @Common
        Remove-SaeSecret -NamespaceId cn-hangzhou:demo -Name web -Force -WhatIf @Common
        @(Get-SaeEmulatorRequest $Emulator | Where-Object { $_.api -in 'CreateSecret', 'UpdateSecret', 'DeleteSecret' }) | Should -HaveCount 0
        @(Get-SaeSecret -NamespaceId cn-hangzhou:demo @Common).Name | Should -Be @('web')

        $remove = Get-Command Remove-SaeSecret
        $remove.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        $remove.Parameters.Keys | Should -Contain 'Force'
        (Get-Command Get-SaeSecret).Parameters['NamespaceId'].Attributes.Where({ $_ -is [System.Management.Automation.ArgumentCompleterAttribute] }) | Should -HaveCount 1
    }

    It 'bad input is an error naming it, sends nothing, and the pipeline goes on: <Case>' -ForEach @(
        @{ Case = 'an empty key'; Run = { New-SaeSecret -NamespaceId cn-hangzhou:demo -Name x -Data @{ '' = (Secure '1') } -Confirm:$false @Common }; Id = 'InvalidSecretData'; Named = '*key of -Data is empty*' }
        @{ Case = 'a null value'; Run = { New-SaeSecret -NamespaceId cn-hangzhou:demo -Name x -Data @{ k = $null } -Confirm:$false @Common }; Id = 'InvalidSecretData'; Named = "*'k'*null*" }
        @{ Case = 'a plain-text value'; Run = { New-SaeSecret -NamespaceId cn-hangzhou:demo -Name x -Data @{ k = 'plain-4c2a' } -Confirm:$false @Common }; Id = 'InvalidSecretData'; Named = "*'k'*String, not a SecureString*" }
        @{ Case = 'a name SAE refuses'; Run = { New-SaeSecret -NamespaceId cn-hangzhou:demo -Name '1st secret' -Data @{ k = (Secure '1') } -Confirm:$false @Common }; Id = 'InvalidSecretName'; Named = "*'1st secret'*" }
        @{ Case = 'a registry without its login'; Run = { Set-SaeSecret -NamespaceId cn-hangzhou:demo -SecretId 1 -Registry registry.cn-hangzhou.aliyuncs.com -Confirm:$false @Common }; Id = 'InvalidSecretData'; Named = '*-RegistryCredential*' }
        @{ Case = 'a malformed namespace'; Run = { New-SaeSecret -NamespaceId 'de mo' -Name x -Data @{ k = (Secure '1') } -Confirm:$false @Common }; Id = 'InvalidNamespaceId'; Named = '*de mo*' }
        @{ Case = 'a name that is not there'; Run = { Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name nope @Common }; Id = 'InvalidSecretName.NotFound'; Named = "*'nope'*" }
    ) {
        Clear-SaeEmulatorRequest $Emulator
        $result = Invoke-Collecting { & $Run; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $result.Errors[0].Exception.Message | Should -BeLike $Named
        ($result.Errors[0] | Out-String) + $result.Errors[0].Exception.Message | Should -Not -Match 'plain-4c2a'
        @(Get-SaeEmulatorRequest $Emulator | Where-Object { $_.api -ne 'ListSecrets' }) | Should -HaveCount 0
    }

    It 'one bad input among several: an error for it, the others created' {
        $inputs = @(@{ Name = 'good-1'; V = (Secure 'a') }, @{ Name = '-bad'; V = (Secure 'b') }, @{ Name = 'good-2'; V = (Secure 'c') })
        $result = Invoke-Collecting { $inputs | ForEach-Object { New-SaeSecret -NamespaceId cn-hangzhou:demo -Name $_.Name -Data @{ k = $_.V } -Confirm:$false @Common } }
        $result.Errors | Should -HaveCount 1
        $result.Output.Name | Should -Be @('good-1', 'good-2')
        @(Get-SaeEmulatorRequest $Emulator -Api CreateSecret) | Should -HaveCount 2
    }

    It 'a create whose answer is lost after it took effect is looked up by name: one create, no error' {
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateSecret'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { New-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ a = (Secure '1') } -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output.Name | Should -Be 'db-login'
        @(Get-SaeEmulatorRequest $Emulator -Api CreateSecret) | Should -HaveCount 1
        @(Get-SaeEmulatorRequest $Emulator -Api ListSecrets) | Should -HaveCount 1
        $result.Output.SecretId | Should -Be (Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login @Common).SecretId
    }

    It 'a create lost before it arrived is sent once more, after the look-up finds nothing' {
        Set-SaeEmulatorFault $Emulator @(@{ api = 'CreateSecret'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { New-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ a = (Secure '1') } -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api CreateSecret) | Should -HaveCount 2
        @(Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login @Common) | Should -HaveCount 1
    }

    It 'an update whose answer is lost after it took effect is read back: one update, no error' {
        New-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ a = (Secure '1') } -Confirm:$false @Common | Out-Null
        Clear-SaeEmulatorRequest $Emulator
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateSecret'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { Set-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ a = (Secure '2') } -Confirm:$false @Common }
        $result.Errors | Should -HaveCount 0
        $result.Output.Keys | Should -Be @('a')
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateSecret) | Should -HaveCount 1
        # One read before (the old data), one read back.
        @(Get-SaeEmulatorRequest $Emulator -Api DescribeSecret) | Should -HaveCount 2
        (Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -AsPlainText @Common).Data['a'] | Should -Be '2'
    }

    It 'an update lost before it arrived is outcome unknown, never sent again' {
        New-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ a = (Secure '1') } -Confirm:$false @Common | Out-Null
        Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateSecret'; count = 1; fault = 'resetBeforeEffect' })
        $result = Invoke-Collecting { Set-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ a = (Secure 'lost-8e0c') } -Confirm:$false @Common; 'went on' }
        $result.Output | Should -Be 'went on'
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].Exception | Should -BeOfType SaePowerShell.SaeOutcomeUnknownException
        ($result.Errors[0] | Out-String) | Should -Not -Match 'lost-8e0c'
        @(Get-SaeEmulatorRequest $Emulator -Api UpdateSecret) | Should -HaveCount 1
    }

    It 'a delete whose answer is lost after it took effect is looked up: gone means done, one delete' {
        $secret = New-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ a = (Secure '1') } -Confirm:$false @Common
        Set-SaeEmulatorFault $Emulator @(@{ api = 'DeleteSecret'; count = 1; fault = 'closeAfterEffect' })
        $result = Invoke-Collecting { $secret | Remove-SaeSecret -Force @Common }
        $result.Errors | Should -HaveCount 0
        @(Get-SaeEmulatorRequest $Emulator -Api DeleteSecret) | Should -HaveCount 1
        @(Get-SaeSecret -NamespaceId cn-hangzhou:demo @Common) | Should -HaveCount 0
    }

    It 'is generated from the table: help examples, and a view of name, id, namespace, type and keys at 80 columns' {
        (Get-Help Get-SaeSecret -Full).examples.example.Count | Should -BeGreaterOrEqual 2
        (Get-Command New-SaeSecret).Parameters['NamespaceId'].Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] }).ValueFromPipelineByPropertyName | Should -Contain $true
        New-SaeSecret -NamespaceId cn-hangzhou:demo -Name db-login -Data @{ DB_URL = (Secure 'mysql://db') } -Confirm:$false @Common | Out-Null
        $text = Get-SaeSecret -NamespaceId cn-hangzhou:demo @Common | Out-String -Width 80
        $text | Should -BeLike '*db-login*'
        $text | Should -BeLike '*cn-hangzhou:demo*'
        $text | Should -BeLike '*DB_URL*'
        $text | Should -Not -BeLike '*mysql://db*'
    }
}
