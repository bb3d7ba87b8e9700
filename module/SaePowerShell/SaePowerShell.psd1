@{
    RootModule           = 'SaePowerShell.dll'
    ModuleVersion        = '0.2.0'
    GUID                 = '5b0f7f52-8a43-4f0e-9d5c-2c1f0e3a6b71'
    Author               = 'SaePowerShell contributors'
    CompanyName          = 'SaePowerShell'
    Copyright            = '(c) SaePowerShell contributors. MIT License.'
    Description          = 'Drive Alibaba Cloud Serverless App Engine (SAE) from PowerShell: Get-SaeApplication | Start-SaeApplication, one signed call per namespace, per-application errors.'
    # Where Update-Help looks for updatable help (a placeholder project URL: nothing is published there yet).
    HelpInfoUri          = 'https://github.com/saepowershell/SaePowerShell/tree/main/docs/cmdlets'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('SaePowerShell.Generated.Format.ps1xml')
    CmdletsToExport      = @(
        'Add-SaeApplicationLoadBalancer'
        'Add-SaeResourceTag'
        'Compare-SaeApplication'
        'Connect-SaeAccount'
        'Deploy-SaeApplication'
        'Disable-SaeScalingRule'
        'Disconnect-SaeAccount'
        'Enable-SaeScalingRule'
        'Export-SaeApplication'
        'Get-SaeApplication'
        'Get-SaeApplicationConfig'
        'Get-SaeApplicationEvent'
        'Get-SaeApplicationInstance'
        'Get-SaeApplicationLoadBalancer'
        'Get-SaeApplicationStatus'
        'Get-SaeApplicationVersion'
        'Get-SaeChangeOrder'
        'Get-SaeConfigMap'
        'Get-SaeContext'
        'Get-SaeIngress'
        'Get-SaeInstanceLog'
        'Get-SaeNamespace'
        'Get-SaeRegion'
        'Get-SaeResourceTag'
        'Get-SaeScalingRule'
        'Get-SaeSecret'
        'Invoke-SaeApi'
        'New-SaeApplication'
        'New-SaeConfigMap'
        'New-SaeNamespace'
        'New-SaeScalingRule'
        'New-SaeSecret'
        'Remove-SaeApplication'
        'Remove-SaeApplicationInstance'
        'Remove-SaeApplicationLoadBalancer'
        'Remove-SaeConfigMap'
        'Remove-SaeIngress'
        'Remove-SaeNamespace'
        'Remove-SaeResourceTag'
        'Remove-SaeScalingRule'
        'Remove-SaeSecret'
        'Resize-SaeApplication'
        'Restart-SaeApplication'
        'Restart-SaeApplicationInstance'
        'Restore-SaeApplication'
        'Resume-SaeChangeOrder'
        'Set-SaeApplication'
        'Set-SaeConfigMap'
        'Set-SaeNamespace'
        'Set-SaeScalingRule'
        'Set-SaeSecret'
        'Start-SaeApplication'
        'Stop-SaeApplication'
        'Stop-SaeChangeOrder'
        'Wait-SaeChangeOrder'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AlibabaCloud', 'Aliyun', 'SAE', 'Serverless', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # Placeholder project URLs (the repository is not published yet); no test fetches them.
            ProjectUri   = 'https://github.com/saepowershell/SaePowerShell'
            LicenseUri   = 'https://github.com/saepowershell/SaePowerShell/blob/main/LICENSE'
            # The build replaces this with the CHANGELOG.md section of ModuleVersion (Directory.Build.props).
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
