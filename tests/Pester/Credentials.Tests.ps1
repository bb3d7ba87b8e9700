BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 100
    $script:Key = $Emulator.Credential.GetNetworkCredential()
    $script:RealHome = $env:HOME
    $script:Variables = 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN', 'ALIBABA_CLOUD_REGION_ID',
        'ALIBABA_CLOUD_SAE_ENDPOINT', 'ALIBABA_CLOUD_PROFILE', 'ALIBABA_CLOUD_CREDENTIALS_FILE', 'ALIBABA_CLOUD_CLI_PROFILE_DISABLED', 'USERPROFILE',
        'ALIBABA_CLOUD_STS_ENDPOINT', 'ALIBABA_CLOUD_ROLE_ARN', 'ALIBABA_CLOUD_OIDC_PROVIDER_ARN', 'ALIBABA_CLOUD_OIDC_TOKEN_FILE', 'ALIBABA_CLOUD_ECS_METADATA',
        'SAE_POWERSHELL_METADATA_ENDPOINT', 'ALIBABA_CLOUD_IMDSV1_DISABLED', 'ALIBABA_CLOUD_CREDENTIALS_URI'
    $script:RoleArn = 'acs:ram::123456789012:role/sae-operator'

    function New-TestHome([string] $CliConfig, [string] $Ini) {
        $folder = Join-Path ([IO.Path]::GetTempPath()) ('sae-home-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $folder | Out-Null
        if ($CliConfig) { New-Item -ItemType Directory -Path (Join-Path $folder '.aliyun') | Out-Null; Set-Content (Join-Path $folder '.aliyun/config.json') $CliConfig }
        if ($Ini) { New-Item -ItemType Directory -Path (Join-Path $folder '.alibabacloud') | Out-Null; Set-Content (Join-Path $folder '.alibabacloud/credentials') $Ini }
        $env:HOME = $folder
        $folder
    }
}

AfterAll {
    $env:HOME = $script:RealHome
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'Credentials the way Alibaba Cloud users already have them' {
    BeforeEach {
        foreach ($name in $Variables) { Remove-Item "env:$name" -ErrorAction SilentlyContinue }
        Disconnect-SaeAccount
    }

    AfterEach {
        Disconnect-SaeAccount
        if ($env:HOME -ne $RealHome) { Remove-Item -Recurse -Force $env:HOME -ErrorAction SilentlyContinue }
        $env:HOME = $RealHome
    }

    It 'uses the aliyun CLI profile, with its region, and -Verbose names the profile' {
        $config = @{ current = 'emulator'; profiles = @(@{ name = 'emulator'; mode = 'AK'; access_key_id = $Key.UserName; access_key_secret = $Key.Password; region_id = 'cn-shanghai' }) } | ConvertTo-Json -Depth 5
        New-TestHome -CliConfig $config | Out-Null

        $verbose = Get-SaeApplication -Endpoint $Emulator.Endpoint -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $apps = Get-SaeApplication -Endpoint $Emulator.Endpoint

        ($apps.NamespaceId | Sort-Object -Unique) | Should -Be @('cn-shanghai:prod', 'cn-shanghai:upgrading')
        ($verbose.Message -join "`n") | Should -Match "aliyun CLI profile 'emulator'"
        (Get-SaeContext).RegionSource | Should -Be "the profile's region_id"
    }

    It 'takes -ProfileName from the SDKs'' credentials file, and ALIBABA_CLOUD_PROFILE too' {
        New-TestHome -Ini "[default]`naccess_key_id = LTAInothing`naccess_key_secret = x`n[emulator]`ntype = access_key`naccess_key_id = $($Key.UserName)`naccess_key_secret = $($Key.Password)`n" | Out-Null

        (Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint -ProfileName emulator) | Should -HaveCount 3
        $env:ALIBABA_CLOUD_PROFILE = 'emulator'
        (Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint) | Should -HaveCount 3
    }

    It 'takes -AccessKeyId with a SecureString -AccessKeySecret' {
        $secret = ConvertTo-SecureString $Key.Password -AsPlainText -Force
        (Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint -AccessKeyId $Key.UserName -AccessKeySecret $secret) | Should -HaveCount 3
        { Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint -AccessKeyId $Key.UserName } | Should -Throw -ErrorId 'IncompleteCredentials,*'
        { Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint -AccessKeyId $Key.UserName -AccessKeySecret $secret -Credential $Emulator.Credential } | Should -Throw -ErrorId 'AmbiguousCredentials,*'
    }

    It 'Connect-SaeAccount sets the session default, Get-SaeContext shows it, Disconnect-SaeAccount clears it' {
        New-TestHome | Out-Null
        $context = Connect-SaeAccount -Credential $Emulator.Credential -RegionId cn-shanghai -Endpoint $Emulator.Endpoint

        $context | Should -BeOfType SaePowerShell.SaeContext
        $context.RegionId | Should -Be 'cn-shanghai'
        (Get-SaeApplication).NamespaceId | Sort-Object -Unique | Should -Be @('cn-shanghai:prod', 'cn-shanghai:upgrading')
        $now = Get-SaeContext
        $now.IsSessionDefault | Should -BeTrue
        $now.CredentialSource | Should -Be '-Credential'
        $now.RegionSource | Should -Be 'Connect-SaeAccount'
        $now.EndpointSource | Should -Be 'Connect-SaeAccount'
        $now.AccessKeyId | Should -Not -Be $Key.UserName
        $now.AccessKeyId | Should -Match '^LTAI\*+rKey$'

        Disconnect-SaeAccount
        { Get-SaeApplication -RegionId cn-shanghai -Endpoint $Emulator.Endpoint } | Should -Throw -ErrorId 'NoCredentials,*'
    }

    It 'keeps the session default in this runspace only' {
        Connect-SaeAccount -Credential $Emulator.Credential -Endpoint $Emulator.Endpoint | Out-Null
        $other = [powershell]::Create()
        try {
            $seen = $other.AddScript("Import-Module '$($env:SAE_TEST_MODULE_PATH ?? (Get-Module SaePowerShell).Path)'; Get-SaeContext").Invoke()
            $seen[0].CredentialType | Should -Be 'None'
            $seen[0].CredentialSource | Should -BeLike 'No Alibaba Cloud credentials were found*'
        } finally {
            $other.Dispose()
        }
    }

    It 'carries a login into Start-ThreadJob with -Context, and says so when it is missing' {
        $context = Connect-SaeAccount -Credential $Emulator.Credential -Endpoint $Emulator.Endpoint -RegionId cn-hangzhou
        $module = (Get-Module SaePowerShell).Path

        $without = Start-ThreadJob { Import-Module $using:module; Get-SaeApplication -RegionId cn-hangzhou } | Wait-Job | Receive-Job -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'NoCredentials,*'
        $failed[0].Exception.Message | Should -BeLike '*-Context*Get-SaeContext*'

        $apps = Start-ThreadJob { Import-Module $using:module; Get-SaeApplication -Context $using:context } | Wait-Job | Receive-Job
        @($apps).Count | Should -BeGreaterThan 0
        $apps[0] | Should -BeOfType SaePowerShell.SaeApplication

        $fromGet = Get-SaeContext
        $appId = $Ids.DemoWeb
        $started = Start-ThreadJob { Import-Module $using:module; Start-SaeApplication -AppId $using:appId -NamespaceId cn-hangzhou:demo -Context $using:fromGet } | Wait-Job | Receive-Job
        $started.ChangeOrderId | Should -Not -BeNullOrEmpty
    }

    It 'refuses a -Context that carries no credential (one made by hand, or rebuilt from a serialized copy), naming why' {
        Connect-SaeAccount -Credential $Emulator.Credential -Endpoint $Emulator.Endpoint | Out-Null
        { Get-SaeApplication -RegionId cn-hangzhou -Context ([SaePowerShell.SaeContext] @{ AccessKeyId = 'x' }) -ErrorAction Stop } | Should -Throw -ErrorId 'ContextNotUsable,*'
    }

    It 'shows the region and endpoint already set when no credential is, with the credential marked missing' {
        $context = Get-SaeContext -RegionId cn-shanghai -Endpoint $Emulator.Endpoint
        $context.CredentialType | Should -Be 'None'
        $context.AccessKeyId | Should -Be '(none)'
        $context.RegionId | Should -Be 'cn-shanghai'
        $context.Endpoint | Should -Be $Emulator.Endpoint
    }

    It 'reports <Case> as <ErrorId>, naming it' -ForEach @(
        @{ Case = 'a malformed config.json'; Config = '{ not json'; Profile = $null; ErrorId = 'ProfileFileMalformed'; Named = 'config.json' }
        @{ Case = 'a profile that does not exist'; Config = '{"current":"a","profiles":[{"name":"a","mode":"AK","access_key_id":"x","access_key_secret":"y"}]}'; Profile = 'nobody'; ErrorId = 'ProfileNotFound'; Named = "'nobody'" }
        @{ Case = 'an unknown mode'; Config = '{"current":"a","profiles":[{"name":"a","mode":"Magic"}]}'; Profile = $null; ErrorId = 'UnknownProfileMode'; Named = "'Magic'" }
        @{ Case = 'a missing field'; Config = '{"current":"a","profiles":[{"name":"a","mode":"StsToken","access_key_id":"x","access_key_secret":"y"}]}'; Profile = $null; ErrorId = 'ProfileIncomplete'; Named = "'sts_token'" }
    ) {
        New-TestHome -CliConfig $Config | Out-Null
        $parameters = @{ Endpoint = $Emulator.Endpoint; NamespaceId = 'cn-hangzhou:demo' }
        if ($Profile) { $parameters.ProfileName = $Profile }
        $caught = $null
        try { Get-SaeApplication @parameters } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $caught.Exception.Message | Should -BeLike "*$Named*"
        $caught.ScriptStackTrace | Should -Not -Match 'SaePowerShell\.Core'
    }

    It 'never writes the secret or the token to any stream or transcript, whatever the cmdlet' {
        New-TestHome | Out-Null
        $env:ALIBABA_CLOUD_ACCESS_KEY_ID = $Key.UserName
        $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = $Key.Password
        $env:ALIBABA_CLOUD_SECURITY_TOKEN = 'TOKEN-MARKER-7f3a'
        $env:ALIBABA_CLOUD_SAE_ENDPOINT = $Emulator.Endpoint.ToString()
        $wrong = [pscredential]::new($Key.UserName, (ConvertTo-SecureString 'SECRET-MARKER-9c1d' -AsPlainText -Force))
        $transcript = Join-Path ([IO.Path]::GetTempPath()) ('sae-transcript-' + [guid]::NewGuid().ToString('N') + '.txt')
        $encodedMarker = 'CAIS+TOKEN/MARKER=4e2b'
        $once = [uri]::EscapeDataString($encodedMarker)
        $forms = @($encodedMarker, $once, [uri]::EscapeDataString($once), $once.ToLowerInvariant(), [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($encodedMarker)))
        # 24 characters each, so their base64 has no '=' and ROA takes them (and can echo them).
        $secretValue = 'SECRETVALUE-MARKER-5a8c9'
        $secretValue2 = 'SECRETVALUE-MARKER-2-7b3'
        $registryLogin = [pscredential]::new('deployer', (ConvertTo-SecureString 'REGISTRY-PW-MARKER-e61b0' -AsPlainText -Force))
        $secretForms = foreach ($value in $secretValue, $secretValue2, 'REGISTRY-PW-MARKER-e61b0') {
            $base64 = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($value))
            $value; $base64; [uri]::EscapeDataString($base64); [uri]::EscapeDataString([uri]::EscapeDataString($base64))
        }
        $secretForms += [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('deployer:REGISTRY-PW-MARKER-e61b0'))
        Clear-SaeEmulatorRequest $Emulator
        # -Debug makes warnings ask before going on (PowerShell's own rule); a test has nobody to answer.
        $common = @{ Verbose = $true; Debug = $true; ErrorAction = 'Continue'; WarningAction = 'Continue' }

        Start-Transcript -Path $transcript | Out-Null
        try {
            $everything = & {
                $ErrorActionPreference = 'Continue'
                $DebugPreference = 'Continue'
                Get-SaeContext @common | Format-List | Out-String
                Get-SaeNamespace -RegionId cn-hangzhou @common
                $apps = Get-SaeApplication cn-hangzhou:demo @common
                $apps | Get-SaeApplicationStatus @common
                $order = $apps | Start-SaeApplication -Wait @common
                $order | Get-SaeChangeOrder @common
                $order | Wait-SaeChangeOrder -PollIntervalSec 0.2 @common
                $apps | Stop-SaeApplication @common
                $apps | Restart-SaeApplication -WhatIf @common
                # The operator's day, every cmdlet of it.
                $web = $apps | Where-Object AppName -EQ web-frontend
                $web | Start-SaeApplication -Wait @common
                $release = $web | Deploy-SaeApplication -ImageUrl registry.example.com/web:2.0 -BatchCount 2 -ReleaseType Manual -Wait @common
                $release | Resume-SaeChangeOrder -Wait @common
                $web | Resize-SaeApplication -Replicas 3 -Wait @common
                $versions = $web | Get-SaeApplicationVersion @common
                $versions | Select-Object -Last 1 | Restore-SaeApplication -WhatIf @common
                $web | Get-SaeApplicationConfig @common | Format-List | Out-String
                $instances = $web | Get-SaeApplicationInstance @common
                $instances | Select-Object -First 1 | Restart-SaeApplicationInstance -Wait @common
                $instances | Select-Object -First 1 | Remove-SaeApplicationInstance -WhatIf @common
                $instances | Select-Object -First 1 | Get-SaeInstanceLog @common
                $web | Get-SaeApplicationEvent @common
                ($web | Deploy-SaeApplication -ImageUrl registry.example.com/web:3.0 -BatchCount 2 -ReleaseType Manual -Wait @common) | Stop-SaeChangeOrder -Rollback -Confirm:$false @common
                # The secret cmdlets: every value, plain or base64, stays out of every stream, error and log.
                $made = New-SaeSecret -NamespaceId cn-hangzhou:demo -Name leak-check -Data @{ DB_URL = (ConvertTo-SecureString $secretValue -AsPlainText -Force) } @common
                $made | Format-List * | Out-String
                New-SaeSecret -NamespaceId cn-hangzhou:demo -Name leak-registry -Registry registry.cn-hangzhou.aliyuncs.com -RegistryCredential $registryLogin @common | Format-List * | Out-String
                Get-SaeSecret -NamespaceId cn-hangzhou:demo @common | Format-List * | Out-String
                $made | Set-SaeSecret -Data @{ DB_URL = (ConvertTo-SecureString $secretValue2 -AsPlainText -Force) } @common | Format-List * | Out-String
                Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateSecret'; count = 1; fault = 'closeAfterEffect' })
                $made | Set-SaeSecret -Data @{ DB_URL = (ConvertTo-SecureString $secretValue -AsPlainText -Force) } @common | Format-List * | Out-String
                Set-SaeEmulatorFault $Emulator @(@{ api = 'UpdateSecret'; count = 1; fault = 'resetBeforeEffect' })
                $made | Set-SaeSecret -Data @{ DB_URL = (ConvertTo-SecureString $secretValue2 -AsPlainText -Force) } @common
                # SAE echoes its string to sign, and with ROA that is the query, SecretData and all.
                New-SaeSecret -NamespaceId cn-hangzhou:demo -Name leak-wrong -Data @{ DB_URL = (ConvertTo-SecureString $secretValue -AsPlainText -Force) } -Credential $wrong -SignatureMethod RoaHmacSha1 -MaximumRetryCount 0 @common
                Invoke-SaeApi CreateSecret @{ NamespaceId = 'cn-hangzhou:demo'; SecretName = 'leak-invoke'; SecretType = 'Opaque'; SecretData = @{ DB_URL = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($secretValue2)) } } -Credential $wrong -SignatureMethod RoaHmacSha1 -MaximumRetryCount 0 -Confirm:$false @common
                New-SaeSecret -NamespaceId cn-hangzhou:demo -Name leak-plain -Data @{ DB_URL = $secretValue } @common
                Get-SaeSecret -NamespaceId cn-hangzhou:demo -Name 'leak-*' @common | Remove-SaeSecret -Force @common
                Get-SaeEmulatorRequest $Emulator | ConvertTo-Json -Depth 6
                Get-SaeRegion @common
                Get-SaeApplication -RegionId cn-hangzou @common
                Get-SaeApplication cn-hangzhou:demo -Credential $wrong -SignatureMethod RoaHmacSha1 -MaximumRetryCount 0 @common
                Get-SaeApplication cn-hangzhou:demo -Credential $wrong -MaximumRetryCount 0 @common
                Connect-SaeAccount -Credential $wrong -SecurityToken (ConvertTo-SecureString 'TOKEN-MARKER-7f3a' -AsPlainText -Force) @common | Format-List | Out-String
                Get-SaeContext @common | Format-List | Out-String
                Get-SaeApplication cn-hangzhou:demo -SignatureMethod RoaHmacSha1 -MaximumRetryCount 0 @common
                Disconnect-SaeAccount @common
                # STS echoes its RPC string to sign, where the caller's token stands percent-encoded twice.
                $env:ALIBABA_CLOUD_STS_ENDPOINT = $Emulator.Endpoint.ToString()
                try {
                    Connect-SaeAccount -Credential $wrong -SecurityToken (ConvertTo-SecureString $encodedMarker -AsPlainText -Force) -RoleArn $RoleArn @common
                } catch {
                    $_ | Out-String
                    $_.Exception.ToString()
                }
                Remove-Item env:ALIBABA_CLOUD_STS_ENDPOINT
            } *>&1 | Out-String -Width 500
        } finally {
            Stop-Transcript | Out-Null
        }
        $written = $everything + (Get-Content $transcript -Raw)
        Remove-Item $transcript

        $written | Should -Match 'SignatureDoesNotMatch'
        $written | Should -Match 'Using AccessKey'
        $written | Should -Not -Match 'SECRET-MARKER-9c1d'
        $written | Should -Not -Match 'TOKEN-MARKER-7f3a'
        $written | Should -Match 'AssumeRole'
        foreach ($form in $forms) { $written.Contains($form, [StringComparison]::OrdinalIgnoreCase) | Should -BeFalse -Because "the token must not appear as $form" }
        $written | Should -Not -Match ([regex]::Escape($Key.Password))
        $written | Should -Match 'leak-check'
        $written | Should -Match 'not a SecureString'
        $written | Should -Match 'SecretData=\*\*\*'
        $written | Should -Match 'The outcome of UpdateSecret'
        foreach ($form in $secretForms) { $written.Contains($form, [StringComparison]::OrdinalIgnoreCase) | Should -BeFalse -Because "a secret's value must not appear as $form" }
    }

    Context 'temporary credentials over real HTTP (STS, instance metadata, a credentials URI)' {
        BeforeEach {
            $env:ALIBABA_CLOUD_STS_ENDPOINT = $Emulator.Endpoint.ToString()
        }

        It 'assumes the role of a RamRoleArn profile once, and shares it across commands' {
            $config = @{ current = 'role'; profiles = @(@{ name = 'role'; mode = 'RamRoleArn'; access_key_id = $Key.UserName; access_key_secret = $Key.Password
                        ram_role_arn = $RoleArn; ram_session_name = 'pester-ram-role'; region_id = 'cn-hangzhou' }) } | ConvertTo-Json -Depth 5
            New-TestHome -CliConfig $config | Out-Null
            Clear-SaeEmulatorRequest $Emulator

            Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint | Should -HaveCount 3
            Get-SaeApplication cn-hangzhou:staging -Endpoint $Emulator.Endpoint | Should -HaveCount 2
            $context = Get-SaeContext -Endpoint $Emulator.Endpoint

            $context.CredentialType | Should -Be 'StsToken'
            $context.CredentialSource | Should -BeLike "*role $RoleArn*"
            $context.Expiration | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
            $context.AccessKeyId | Should -Match '^STS\.'
            @(Get-SaeEmulatorRequest $Emulator -Api AssumeRole) | Should -HaveCount 1
        }

        It 'chains roles through source_profile' {
            $config = @{ current = 'chained'; profiles = @(
                    @{ name = 'base'; mode = 'AK'; access_key_id = $Key.UserName; access_key_secret = $Key.Password; region_id = 'cn-hangzhou' }
                    @{ name = 'middle'; mode = 'ChainableRamRoleArn'; source_profile = 'base'; ram_role_arn = 'acs:ram::123456789012:role/middle'; ram_session_name = 'pester-middle' }
                    @{ name = 'chained'; mode = 'ChainableRamRoleArn'; source_profile = 'middle'; ram_role_arn = $RoleArn; ram_session_name = 'pester-chained' }) } | ConvertTo-Json -Depth 5
            New-TestHome -CliConfig $config | Out-Null
            Clear-SaeEmulatorRequest $Emulator

            Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint | Should -HaveCount 3
            @(Get-SaeEmulatorRequest $Emulator -Api AssumeRole) | Should -HaveCount 2
        }

        It 'assumes a role with an OIDC token file' {
            New-TestHome | Out-Null
            $tokenFile = Join-Path $env:HOME 'oidc-token'
            Set-Content $tokenFile 'emulator-oidc-token'
            $env:ALIBABA_CLOUD_ROLE_ARN = $RoleArn
            $env:ALIBABA_CLOUD_OIDC_PROVIDER_ARN = 'acs:ram::123456789012:oidc-provider/pester'
            $env:ALIBABA_CLOUD_OIDC_TOKEN_FILE = $tokenFile

            Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint | Should -HaveCount 3
            (Get-SaeContext -Endpoint $Emulator.Endpoint).CredentialSource | Should -BeLike "*OIDC token in $tokenFile*"
        }

        It 'says which OIDC token file is missing' {
            New-TestHome | Out-Null
            $env:ALIBABA_CLOUD_ROLE_ARN = 'acs:ram::123456789012:role/no-token'
            $env:ALIBABA_CLOUD_OIDC_PROVIDER_ARN = 'acs:ram::123456789012:oidc-provider/pester'
            $env:ALIBABA_CLOUD_OIDC_TOKEN_FILE = Join-Path $env:HOME 'no-such-token'
            { Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint } | Should -Throw -ErrorId 'OidcTokenFileUnreadable,*' -ExpectedMessage "*no-such-token*"
        }

        It 'uses the ECS instance role from the metadata service, with an IMDSv2 token' {
            New-TestHome | Out-Null
            $env:ALIBABA_CLOUD_ECS_METADATA = 'SaeEmulatorEcsRole'
            $env:SAE_POWERSHELL_METADATA_ENDPOINT = [uri]::new($Emulator.Endpoint, '/_emulator/metadata/').ToString()
            $env:ALIBABA_CLOUD_IMDSV1_DISABLED = 'true'
            Clear-SaeEmulatorRequest $Emulator

            Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint | Should -HaveCount 3
            (Get-SaeContext -Endpoint $Emulator.Endpoint).CredentialType | Should -Be 'StsToken'
            (Get-SaeEmulatorRequest $Emulator -Api Metadata).path | Should -Contain '/_emulator/metadata/latest/api/token'
        }

        It 'says when the metadata service cannot be reached, before any SAE call' {
            New-TestHome | Out-Null
            $env:ALIBABA_CLOUD_ECS_METADATA = 'pester-unreachable'
            $env:SAE_POWERSHELL_METADATA_ENDPOINT = 'http://127.0.0.1:9/'
            Clear-SaeEmulatorRequest $Emulator
            { Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint } | Should -Throw -ErrorId 'MetadataUnreachable,*'
            Get-SaeEmulatorRequest $Emulator -Api ListApplications | Should -BeNullOrEmpty
        }

        It 'takes credentials from ALIBABA_CLOUD_CREDENTIALS_URI' {
            New-TestHome | Out-Null
            $env:ALIBABA_CLOUD_CREDENTIALS_URI = [uri]::new($Emulator.Endpoint, '/_emulator/credentials-uri').ToString()
            Get-SaeApplication cn-hangzhou:demo -Endpoint $Emulator.Endpoint | Should -HaveCount 3
        }

        It 'Connect-SaeAccount -RoleArn assumes a role for the session' {
            New-TestHome | Out-Null
            $context = Connect-SaeAccount -Credential $Emulator.Credential -RoleArn $RoleArn -RoleSessionName pester-connect -Endpoint $Emulator.Endpoint -RegionId cn-hangzhou
            $context.CredentialType | Should -Be 'StsToken'
            Get-SaeApplication cn-hangzhou:demo | Should -HaveCount 3
        }

        It 'reports a role that cannot be assumed as a clear error, before any SAE call' {
            New-TestHome | Out-Null
            Clear-SaeEmulatorRequest $Emulator
            { Connect-SaeAccount -Credential $Emulator.Credential -RoleArn 'not-an-arn' -Endpoint $Emulator.Endpoint } | Should -Throw -ErrorId 'InvalidParameter.RoleArn,*'
            @(Get-SaeEmulatorRequest $Emulator | Where-Object api -NotIn 'AssumeRole') | Should -HaveCount 0
        }
    }
}
