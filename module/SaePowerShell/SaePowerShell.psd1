@{
    RootModule           = 'SaePowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f7f52-8a43-4f0e-9d5c-2c1f0e3a6b71'
    Author               = 'SaePowerShell contributors'
    CompanyName          = 'SaePowerShell'
    Copyright            = '(c) SaePowerShell contributors. MIT License.'
    Description          = 'Drive Alibaba Cloud Serverless App Engine (SAE) from PowerShell: Get-SaeApplication | Start-SaeApplication, one signed call per namespace, per-application errors.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('SaePowerShell.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-SaeAccount'
        'Disconnect-SaeAccount'
        'Get-SaeApplication'
        'Get-SaeApplicationStatus'
        'Invoke-SaeApi'
        'Get-SaeChangeOrder'
        'Get-SaeContext'
        'Get-SaeNamespace'
        'Restart-SaeApplication'
        'Start-SaeApplication'
        'Stop-SaeApplication'
        'Wait-SaeChangeOrder'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('AlibabaCloud', 'Aliyun', 'SAE', 'Serverless', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri = 'https://opensource.org/licenses/MIT'
        }
    }
}
