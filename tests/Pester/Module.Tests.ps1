BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Module = Get-Module SaePowerShell
    # The module's own files and nothing else: what the Build task copies and the package carries.
    $script:ModuleFiles = @('SaePowerShell.dll', 'Newtonsoft.Json.dll', 'SaePowerShell.psd1', 'SaePowerShell.Generated.Format.ps1xml',
        'en-US/SaePowerShell.dll-Help.xml', 'en-US/about_SaePowerShell.help.txt', 'LICENSE', 'CHANGELOG.md')
    # The package, as the Package task makes it (Publish-PSResource to a temporary local repository), and its nuspec.
    $script:PackageFolder = Join-Path ([IO.Path]::GetTempPath()) ('sae-package-test-' + [guid]::NewGuid().ToString('N'))
    $script:Package = New-SaeModulePackage -ModuleFolder $Module.ModuleBase -OutputFolder $PackageFolder
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    [IO.Compression.ZipFile]::ExtractToDirectory($Package.FullName, (Join-Path $PackageFolder 'extracted'))
    $script:PackageFolder = Join-Path $PackageFolder 'extracted'
}

AfterAll {
    Remove-Item -Recurse -Force (Split-Path $PackageFolder) -ErrorAction SilentlyContinue
}

Describe 'The SaePowerShell module' {
    It 'exports exactly the cmdlets its manifest lists' {
        $manifest = Import-PowerShellDataFile (Join-Path $Module.ModuleBase 'SaePowerShell.psd1')
        ($Module.ExportedCmdlets.Keys | Sort-Object) | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.PowerShellVersion | Should -Be '5.1'
    }

    It 'ships only its own assembly and Newtonsoft.Json' {
        (Get-ChildItem $Module.ModuleBase -Recurse -Filter *.dll).Name | Sort-Object | Should -Be @('Newtonsoft.Json.dll', 'SaePowerShell.dll')
    }

    It 'ships only its own files: the allow-list, in the folder and in the package' {
        $folder = Get-ChildItem $Module.ModuleBase -Recurse -File | ForEach-Object { [IO.Path]::GetRelativePath($Module.ModuleBase, $_.FullName) -replace '\\', '/' }
        ($folder | Sort-Object) | Should -Be ($ModuleFiles | Sort-Object)

        # What Publish-PSResource adds: the nuspec and the package metadata files of the .nupkg format.
        $entries = @(Get-SaePackageEntry $Package.FullName | ForEach-Object { [uri]::UnescapeDataString($_) })
        $metadata = @($entries | Where-Object { $_ -in 'SaePowerShell.nuspec', '[Content_Types].xml', '_rels/.rels' -or $_ -like 'package/services/metadata/core-properties/*.psmdcp' })
        $metadata.Count | Should -Be 4
        ($entries | Where-Object { $_ -notin $metadata } | Sort-Object) | Should -Be ($ModuleFiles | Sort-Object)
    }

    It 'carries one version, its release notes, its licence and its project links' {
        $version = Get-SaeModuleVersion
        $Module.Version | Should -Be $version
        (Import-PowerShellDataFile $env:SAE_TEST_EMULATOR_MODULE_PATH).ModuleVersion | Should -Be $version
        $Module.ReleaseNotes | Should -Be (Get-SaeReleaseNotes $version)
        $Module.ProjectUri | Should -Be 'https://github.com/saepowershell/SaePowerShell'
        $Module.LicenseUri | Should -Be 'https://github.com/saepowershell/SaePowerShell/blob/main/LICENSE'
        $Module.HelpInfoUri | Should -Not -BeNullOrEmpty
        Get-Content (Join-Path $Module.ModuleBase 'LICENSE') -Raw | Should -Match 'MIT License[\s\S]*SaePowerShell contributors'
        Get-Content (Join-Path $Module.ModuleBase 'CHANGELOG.md') -Raw | Should -Match "## $([regex]::Escape($version))"

        $nuspec = [xml]((Get-Content (Join-Path $PackageFolder 'SaePowerShell.nuspec') -Raw))
        $nuspec.package.metadata.version | Should -Be $version
        $nuspec.package.metadata.projectUrl | Should -Be $Module.ProjectUri
        $nuspec.package.metadata.releaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'targets netstandard2.0, so Windows PowerShell 5.1 can load it too' {
        $assembly = [Reflection.Assembly]::LoadFile((Join-Path $Module.ModuleBase 'SaePowerShell.dll'))
        $framework = $assembly.GetCustomAttributes([Runtime.Versioning.TargetFrameworkAttribute], $false).FrameworkName
        $framework | Should -Be '.NETStandard,Version=v2.0'
        $assembly.GetReferencedAssemblies().Name | Should -Not -Contain 'System.Runtime'
    }

    It 'loads its format views cleanly, with a table view for every output type' {
        { Update-FormatData -PrependPath (Join-Path $Module.ModuleBase 'SaePowerShell.Generated.Format.ps1xml') } | Should -Not -Throw
        # Invoke-SaeApi writes SAE's own answers, whatever their shape, as PSCustomObjects: they have no view of ours.
        # Get-SaeInstanceLog writes lines of text, as Get-Content does.
        $outputTypes = Get-Command -Module SaePowerShell | Where-Object Name -NotIn 'Invoke-SaeApi', 'Get-SaeInstanceLog' | ForEach-Object { $_.OutputType.Name } | Sort-Object -Unique
        $outputTypes += 'SaePowerShell.SaeChangeOrderBatch'
        foreach ($type in $outputTypes) {
            # The first view is the default: a table. A type may have a list view named Wide as well (Format-List -View Wide).
            $views = @((Get-FormatData -TypeName $type).FormatViewDefinition)
            $views[0].Control | Should -BeOfType System.Management.Automation.TableControl -Because "$type needs a table view"
            $views | Select-Object -Skip 1 | ForEach-Object { $_.Control | Should -BeOfType System.Management.Automation.ListControl; $_.Name | Should -Be 'Wide' }
        }
    }

    It 'formats <Type> objects without errors' -ForEach @(
        @{ Type = 'SaePowerShell.SaeApplication' }, @{ Type = 'SaePowerShell.SaeChangeOrder' }, @{ Type = 'SaePowerShell.SaeNamespace' },
        @{ Type = 'SaePowerShell.SaeApplicationStatus' }, @{ Type = 'SaePowerShell.SaeChangeOrderBatch' },
        @{ Type = 'SaePowerShell.SaeApplicationVersion' }, @{ Type = 'SaePowerShell.SaeApplicationInstance' }, @{ Type = 'SaePowerShell.SaeApplicationConfig' },
        @{ Type = 'SaePowerShell.SaeApplicationEvent' }, @{ Type = 'SaePowerShell.SaeRegion' }
    ) {
        $object = New-Object $Type
        { $object | Format-Table | Out-String } | Should -Not -Throw
        ($object | Format-Table | Out-String) | Should -Not -BeNullOrEmpty
    }

    It 'keeps the ids of <Type> whole at 80 columns, with no line wider' -ForEach @(
        @{ Type = 'SaePowerShell.SaeApplication'; Properties = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000502'; AppName = 'report-generator'; NamespaceId = 'cn-hangzhou:staging' } }
        @{ Type = 'SaePowerShell.SaeChangeOrder'; Properties = @{ ChangeOrderId = '08c28464-02e7-4909-8739-6b42c734e618'; NamespaceId = 'cn-hangzhou:staging' } }
        @{ Type = 'SaePowerShell.SaeApplicationStatus'; Properties = @{ AppId = '0d1e2f3a-0000-4000-8000-000000000502'; CurrentStatus = 'RUNNING'; LastChangeOrderStatus = 'SUCCESS' } }
        @{ Type = 'SaePowerShell.SaeChangeOrderBatch'; Properties = @{ Name = 'Batch 1'; PipelineId = '9d83b7e7-f6dc-4275-88aa-b8a43bef5145' } }
        @{ Type = 'SaePowerShell.SaeNamespace'; Properties = @{ NamespaceId = 'cn-hangzhou:staging'; VpcId = 'vpc-bp1234567890abcdefghij'; NamespaceName = 'Staging' } }
        @{ Type = 'SaePowerShell.SaeChangeOrder'; Properties = @{ ChangeOrderId = '08c28464-02e7-4909-8739-6b42c734e618'; NamespaceId = 'cn-hangzhou:staging'; Action = 'Rollback'; Status = 'WaitingBatchConfirm' } }
        @{ Type = 'SaePowerShell.SaeApplicationVersion'; Properties = @{ VersionId = '08c28464-02e7-4909-8739-6b42c734e618'; AppId = '0d1e2f3a-0000-4000-8000-000000000502'; AppName = 'report-generator'; Type = 'image'; CreateTime = [DateTimeOffset]::Now } }
        @{ Type = 'SaePowerShell.SaeApplicationInstance'; Properties = @{ InstanceId = 'report-generator-1a2b3c4d-5e6f7'; AppId = '0d1e2f3a-0000-4000-8000-000000000502'; Status = 'CrashLoopBackOff'; Restarts = 12; PackageVersion = '1.0.12' } }
        @{ Type = 'SaePowerShell.SaeApplicationConfig'; Properties = @{ AppName = 'report-generator'; Replicas = 2; Cpu = 1000; Memory = 2048; PackageType = 'Image' } }
        @{ Type = 'SaePowerShell.SaeApplicationEvent'; Properties = @{ EventType = 'Warning'; ObjectKind = 'Pod'; ObjectName = 'report-generator-1a2b'; Reason = 'BackOff'; Message = 'Back-off restarting failed container'; LastTimestamp = [DateTimeOffset]::Now } }
        @{ Type = 'SaePowerShell.SaeRegion'; Properties = @{ RegionId = 'cn-hangzhou'; LocalName = 'East China 1 (Hangzhou)'; RegionEndpoint = 'sae.cn-hangzhou.aliyuncs.com' } }
    ) {
        # Records take their values when made: PowerShell sets init-only properties as it sets any other.
        $object = New-Object $Type
        foreach ($name in $Properties.Keys) { $object.GetType().GetProperty($name).SetValue($object, ($Properties[$name] -as $object.GetType().GetProperty($name).PropertyType)) }
        $lines = ($object | Format-Table | Out-String -Width 80) -split "`r?`n"
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        foreach ($value in $Properties.Values | Where-Object { $_ -is [string] -and $_ -match '^[0-9a-f-]{36}$|:|^vpc-' }) {
            ($lines -join "`n") | Should -Match ([regex]::Escape($value))
        }
        # No header is broken over two lines: the second line is the dashes under the first.
        $table = @($lines | Where-Object { $_.Trim() -and $_ -notmatch '^\s+(NamespaceId|Application):' })
        $table[1] | Should -Match '^[- ]+$'
    }

    It 'declares the output type of <Name>' -ForEach @(
        @{ Name = 'Get-SaeApplication'; Type = 'SaePowerShell.SaeApplication' }
        @{ Name = 'Start-SaeApplication'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Stop-SaeApplication'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Restart-SaeApplication'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Get-SaeChangeOrder'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Wait-SaeChangeOrder'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Get-SaeNamespace'; Type = 'SaePowerShell.SaeNamespace' }
        @{ Name = 'Get-SaeApplicationStatus'; Type = 'SaePowerShell.SaeApplicationStatus' }
        @{ Name = 'Deploy-SaeApplication'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Resize-SaeApplication'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Restore-SaeApplication'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Restart-SaeApplicationInstance'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Remove-SaeApplicationInstance'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Resume-SaeChangeOrder'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Stop-SaeChangeOrder'; Type = 'SaePowerShell.SaeChangeOrder' }
        @{ Name = 'Get-SaeApplicationVersion'; Type = 'SaePowerShell.SaeApplicationVersion' }
        @{ Name = 'Get-SaeApplicationConfig'; Type = 'SaePowerShell.SaeApplicationConfig' }
        @{ Name = 'Get-SaeApplicationInstance'; Type = 'SaePowerShell.SaeApplicationInstance' }
        @{ Name = 'Get-SaeApplicationEvent'; Type = 'SaePowerShell.SaeApplicationEvent' }
        @{ Name = 'Get-SaeRegion'; Type = 'SaePowerShell.SaeRegion' }
        @{ Name = 'Get-SaeInstanceLog'; Type = 'System.String' }
    ) {
        (Get-Command $Name).OutputType.Name | Should -Be $Type
    }

    It 'supports -WhatIf and -Confirm on <Name>, which changes something' -ForEach @(
        'Start-SaeApplication', 'Stop-SaeApplication', 'Restart-SaeApplication', 'Deploy-SaeApplication', 'Resize-SaeApplication', 'Restore-SaeApplication',
        'Restart-SaeApplicationInstance', 'Remove-SaeApplicationInstance', 'Resume-SaeChangeOrder', 'Stop-SaeChangeOrder' | ForEach-Object { @{ Name = $_ } }
    ) {
        (Get-Command $Name).Parameters.Keys | Should -Contain 'WhatIf'
        (Get-Command $Name).Parameters.Keys | Should -Contain 'Confirm'
    }

    It 'takes <Name> from the pipeline by value and by property name' -ForEach @(
        @{ Name = 'Deploy-SaeApplication'; ByValue = 'InputObject'; ByName = @() }
        @{ Name = 'Restore-SaeApplication'; ByValue = 'InputObject'; ByName = @('VersionId') }
        @{ Name = 'Get-SaeApplicationVersion'; ByValue = 'AppId'; ByName = @('AppId', 'NamespaceId', 'AppName') }
        @{ Name = 'Get-SaeApplicationInstance'; ByValue = 'AppId'; ByName = @('AppId', 'NamespaceId', 'AppName') }
        @{ Name = 'Get-SaeInstanceLog'; ByValue = 'InputObject'; ByName = @('NamespaceId', 'AppId') }
        @{ Name = 'Resume-SaeChangeOrder'; ByValue = 'InputObject'; ByName = @('ChangeOrderId', 'NamespaceId') }
        @{ Name = 'Stop-SaeChangeOrder'; ByValue = 'InputObject'; ByName = @('ChangeOrderId', 'NamespaceId') }
        @{ Name = 'Get-SaeApplicationEvent'; ByValue = 'AppId'; ByName = @('AppId', 'NamespaceId') }
    ) {
        $parameters = (Get-Command $Name).Parameters.Values
        $attributes = { param($p) $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] } }
        @($parameters | Where-Object { (& $attributes $_).ValueFromPipeline -contains $true }).Name | Should -Be $ByValue
        foreach ($property in $ByName) {
            (& $attributes ($parameters | Where-Object Name -EQ $property)).ValueFromPipelineByPropertyName | Should -Contain $true -Because "-$property binds by property name"
        }
    }

    It 'asks before it deletes instances or aborts a change order (ConfirmImpact High)' {
        foreach ($name in 'Remove-SaeApplicationInstance', 'Stop-SaeChangeOrder') {
            (Get-Command $name).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0].ConfirmImpact | Should -Be 'High'
        }
    }

    It 'completes Deploy-SaeApplication -PackageType with the types DeployApplication documents' {
        $line = 'Deploy-SaeApplication -PackageType Fa'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('FatJar')
    }

    It 'completes -RegionId with SAE regions' {
        $completions = TabExpansion2 -inputScript 'Get-SaeApplication -RegionId cn-sh' -cursorColumn 'Get-SaeApplication -RegionId cn-sh'.Length
        $completions.CompletionMatches.CompletionText | Should -Be @('cn-shanghai', 'cn-shenzhen')
    }
}
