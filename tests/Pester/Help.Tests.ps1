BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Cmdlets = @(Get-Command -Module SaePowerShell -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
}

Describe 'Help for <Name>' -ForEach $Cmdlets {
    BeforeAll {
        $script:Help = Get-Help $Name -Full
    }

    It 'has a synopsis and a description' {
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -BeLike "*$Name*[[]*"   # not the syntax line PowerShell fills in when help is missing
        ($Help.Description.Text -join ' ').Length | Should -BeGreaterThan 80
    }

    It 'describes every parameter' {
        $parameters = (Get-Command $Name).Parameters.Keys | Where-Object { $_ -notin $Common }
        foreach ($parameter in $parameters) {
            $entry = $Help.Parameters.Parameter | Where-Object Name -EQ $parameter
            $entry | Should -Not -BeNullOrEmpty -Because "-$parameter needs help"
            ($entry.Description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }

    It 'has at least two examples, one of them a pipeline' {
        $examples = @((Get-Help $Name -Examples).Examples.Example)
        $examples.Count | Should -BeGreaterOrEqual 2
        @($examples | Where-Object { $_.Code -match '\|' }).Count | Should -BeGreaterOrEqual 1
        $examples | ForEach-Object { ($_.Remarks.Text -join ' ') | Should -Not -BeNullOrEmpty }
    }

    It 'links to its page in docs/cmdlets (Get-Help -Online), and the page is there' {
        $online = @($Help.relatedLinks.navigationLink | Where-Object linkText -EQ 'Online Version:')
        $online.Count | Should -Be 1
        $online[0].uri | Should -Be "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/$Name.md"
        $page = Join-Path $PSScriptRoot "../../docs/cmdlets/$Name.md"
        Test-Path $page | Should -BeTrue -Because 'dotnet pwsh ./psake.ps1 Docs writes it'
        Get-Content $page -TotalCount 1 | Should -Be "# $Name"
        (Get-Command $Name).HelpUri | Should -Be $online[0].uri
    }

    It 'states a default value for every parameter, as a new instance of the cmdlet holds it' {
        $instance = [Activator]::CreateInstance((Get-Command $Name).ImplementingType)
        foreach ($entry in @($Help.Parameters.Parameter | Where-Object { $_ })) {
            $entry.DefaultValue | Should -Not -BeNullOrEmpty -Because "-$($entry.Name) needs a Default value (None when there is none)"
            $property = $instance.GetType().GetProperty($entry.Name)
            $value = if ($property) { $property.GetValue($instance) }
            if ($value -is [int] -and $value -ne 0) { $entry.DefaultValue | Should -Be ([string]$value) }
        }
    }

    It 'names its outputs, and its inputs if it takes any from the pipeline' {
        $Help.ReturnValues.ReturnValue.Type.Name | Should -Not -BeNullOrEmpty
        $takesInput = (Get-Command $Name).Parameters.Values.Attributes |
            Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and ($_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName) }
        if ($takesInput) { $Help.InputTypes.InputType.Type.Name | Should -Not -BeNullOrEmpty }
    }
}

Describe 'about_SaePowerShell' {
    It 'covers credentials, regions, endpoints, errors and the emulator' {
        $text = Get-Help about_SaePowerShell | Out-String
        foreach ($topic in 'CREDENTIALS', 'REGIONS AND ENDPOINTS', 'ERRORS', 'THE LOCAL SAE EMULATOR') {
            $text | Should -Match $topic
        }
    }
}
