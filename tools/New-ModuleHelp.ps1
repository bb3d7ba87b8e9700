# Writes the module's MAML help (en-US/SaePowerShell.dll-Help.xml) from two sources that live with the code: the
# cmdlets' metadata as PowerShell sees it (parameters, sets, pipeline input, output types) and the XML documentation
# comments (<para type="synopsis">, <para type="description">, <example>). platyPS is not available here, and help
# written by hand drifts from the code; this cannot. Each parameter's "Default value" is read from a new instance of
# the cmdlet class (what the property holds before binding). With -OnlineBaseUri, each cmdlet's first related link is
# "Online Version:" <OnlineBaseUri>/<Cmdlet>.md, which Get-Help -Online opens (and each cmdlet declares the same page as its HelpUri).
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $XmlDocPath,
    [Parameter(Mandatory)] [string] $OutputPath,
    [string] $OnlineBaseUri
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
. (Join-Path $PSScriptRoot 'common.ps1')
Initialize-OutputColour
$module = Import-Module $ModulePath -PassThru
$docs = [xml](Get-Content $XmlDocPath -Raw)
$members = @{}
foreach ($member in $docs.doc.members.member) { $members[$member.name] = $member }

$commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
$sharedParameterText = @{
    WhatIf  = 'Shows what would happen if the cmdlet runs. The cmdlet is not run, and no call that changes anything is made.'
    Confirm = 'Prompts you for confirmation before acting on each application.'
    # PowerShell's paging parameters, which a listing that pages takes (the cmdlet table's paging column).
    First = 'Writes only the first N items. Once they are written, no more pages are read: every call saved counts under SAE''s quota of about 60 calls a minute.'
    Skip = 'Leaves out the first N items.'
    IncludeTotalCount = 'Also writes how many items there are, after them. Every page is read then, even with -First.'
}

function Get-Paragraphs($node, [string] $type) {
    if ($null -eq $node) { return @() }
    @($node.SelectNodes("para[@type='$type']") | ForEach-Object { Format-Text $_.InnerText })
}

function Format-Text([string] $text) {
    # Doc comments wrap lines with /// indentation; help text reads better as one line per paragraph.
    (($text -split "`r?`n") | ForEach-Object { $_.Trim() }) -join ' ' -replace '\s{2,}', ' '
}

function Get-MemberDoc([string] $kind, [Type] $type, [string] $name) {
    for ($t = $type; $null -ne $t; $t = $t.BaseType) {
        $key = if ($name) { "${kind}:$($t.FullName).$name" } else { "${kind}:$($t.FullName)" }
        if ($members.ContainsKey($key)) { return $members[$key] }
        if (-not $name) { break }
    }
    $null
}

function Add-Para([Xml.XmlWriter] $writer, [string[]] $paragraphs) {
    $writer.WriteStartElement('maml', 'description', $maml)
    foreach ($paragraph in $paragraphs) { $writer.WriteElementString('maml', 'para', $maml, $paragraph) }
    $writer.WriteEndElement()
}

function Get-PipelineText($parameter) {
    $kinds = foreach ($attribute in $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }) {
        if ($attribute.ValueFromPipeline) { 'ByValue' }
        if ($attribute.ValueFromPipelineByPropertyName) { 'ByPropertyName' }
    }
    $kinds = @($kinds | Sort-Object -Unique)
    if ($kinds.Count -eq 0) { 'False' } else { "True ($($kinds -join ', '))" }
}

function Get-ParameterDescription([Type] $cmdletType, [string] $name) {
    if ($sharedParameterText.ContainsKey($name)) { return $sharedParameterText[$name] }
    $doc = Get-MemberDoc 'P' $cmdletType $name
    $text = @(Get-Paragraphs $doc.summary 'description')
    if ($text.Count -eq 0) { throw "Parameter -$name of $($cmdletType.Name) has no <para type=`"description`"> in its XML documentation." }
    $text
}

# A parameter's default, as help shows it: what the property of a fresh cmdlet instance holds. None (as platyPS
# writes it) for a null, an empty string or collection, a secret, or a number left at 0 (the cmdlets read 0 as "not
# given"): the description says what applies then. Switches are False.
function Get-DefaultValueText($instance, $parameter) {
    $text = Get-DefaultValue $instance $parameter
    if ($text) { $text } else { 'None' }
}

function Get-DefaultValue($instance, $parameter) {
    if ($parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]) { return 'False' }
    if ($null -eq $instance) { return '' }
    $property = $instance.GetType().GetProperty($parameter.Name)
    if ($null -eq $property -or -not $property.CanRead) { return '' }
    $value = $property.GetValue($instance)
    if ($null -eq $value -or $value -is [Security.SecureString] -or $value -is [pscredential]) { return '' }
    if ($value -is [string]) { return $value }
    if ($value -is [bool]) { return $value.ToString() }
    if ($value -is [Collections.IEnumerable]) { return (@($value) | ForEach-Object { [string]$_ }) -join ', ' }
    if ($value -is [ValueType] -and -not ($value -is [enum]) -and $value -eq [Activator]::CreateInstance($value.GetType())) { return '' }
    [string]$value
}

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

New-Item -ItemType Directory -Force -Path (Split-Path $OutputPath) | Out-Null
$settings = [Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.Encoding = [Text.UTF8Encoding]::new($false)
$writer = [Xml.XmlWriter]::Create($OutputPath, $settings)
$writer.WriteStartDocument()
$writer.WriteStartElement('helpItems', 'http://msh')
$writer.WriteAttributeString('schema', 'maml')

foreach ($cmdlet in Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name) {
    $type = $cmdlet.ImplementingType
    $typeDoc = Get-MemberDoc 'T' $type $null
    if ($null -eq $typeDoc) { throw "$($cmdlet.Name) ($($type.FullName)) has no XML documentation." }
    $synopsis = @(Get-Paragraphs $typeDoc.summary 'synopsis')
    $description = @(Get-Paragraphs $typeDoc.summary 'description')
    if ($synopsis.Count -eq 0 -or $description.Count -eq 0) { throw "$($cmdlet.Name) needs a synopsis and a description." }
    $instance = try { [Activator]::CreateInstance($type) } catch { $null }
    $parameters = @($cmdlet.Parameters.Values | Where-Object { $_.Name -notin $commonParameters -or $sharedParameterText.ContainsKey($_.Name) } | Sort-Object { $_.Name -in 'WhatIf', 'Confirm' }, Name)

    $writer.WriteStartElement('command', 'command', $command)
    $writer.WriteAttributeString('xmlns', 'maml', $null, $maml)
    $writer.WriteAttributeString('xmlns', 'dev', $null, $dev)

    $writer.WriteStartElement('command', 'details', $command)
    $writer.WriteElementString('command', 'name', $command, $cmdlet.Name)
    $writer.WriteElementString('command', 'verb', $command, $cmdlet.Verb)
    $writer.WriteElementString('command', 'noun', $command, $cmdlet.Noun)
    Add-Para $writer $synopsis
    $writer.WriteEndElement()
    Add-Para $writer $description

    $writer.WriteStartElement('command', 'syntax', $command)
    foreach ($set in $cmdlet.ParameterSets) {
        $writer.WriteStartElement('command', 'syntaxItem', $command)
        $writer.WriteElementString('maml', 'name', $maml, $cmdlet.Name)
        foreach ($parameter in $set.Parameters | Where-Object { $_.Name -notin $commonParameters -or $sharedParameterText.ContainsKey($_.Name) }) {
            $writer.WriteStartElement('command', 'parameter', $command)
            $writer.WriteAttributeString('required', $parameter.IsMandatory.ToString().ToLowerInvariant())
            $writer.WriteAttributeString('position', $(if ($parameter.Position -ge 0) { [string]$parameter.Position } else { 'named' }))
            $writer.WriteElementString('maml', 'name', $maml, $parameter.Name)
            if ($parameter.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
                $writer.WriteElementString('command', 'parameterValue', $command, $parameter.ParameterType.Name)
            }
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'parameters', $command)
    foreach ($parameter in $parameters) {
        $inSets = @($parameter.ParameterSets.Values)
        $mandatory = @($inSets | Where-Object IsMandatory).Count -gt 0
        $positions = @($inSets | Where-Object { $_.Position -ge 0 } | ForEach-Object { $_.Position } | Sort-Object -Unique)
        $writer.WriteStartElement('command', 'parameter', $command)
        $writer.WriteAttributeString('required', $mandatory.ToString().ToLowerInvariant())
        $globbing = [bool]($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
        $writer.WriteAttributeString('globbing', $globbing.ToString().ToLowerInvariant())
        $writer.WriteAttributeString('pipelineInput', (Get-PipelineText $parameter))
        $writer.WriteAttributeString('position', $(if ($positions.Count -gt 0) { [string]$positions[0] } else { 'named' }))
        $writer.WriteAttributeString('aliases', $(if ($parameter.Aliases.Count -gt 0) { $parameter.Aliases -join ', ' } else { 'none' }))
        $writer.WriteElementString('maml', 'name', $maml, $parameter.Name)
        Add-Para $writer (Get-ParameterDescription $type $parameter.Name)
        $writer.WriteStartElement('command', 'parameterValue', $command)
        $writer.WriteAttributeString('required', 'true')
        $writer.WriteString($parameter.ParameterType.Name)
        $writer.WriteEndElement()
        $writer.WriteStartElement('dev', 'type', $dev)
        $writer.WriteElementString('maml', 'name', $maml, $parameter.ParameterType.FullName)
        $writer.WriteEndElement()
        $writer.WriteElementString('dev', 'defaultValue', $dev, $(if ($parameter.Name -in 'WhatIf', 'Confirm') { 'False' } else { Get-DefaultValueText $instance $parameter }))
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'inputTypes', $command)
    foreach ($parameter in $parameters | Where-Object { (Get-PipelineText $_) -ne 'False' }) {
        $writer.WriteStartElement('command', 'inputType', $command)
        $writer.WriteStartElement('dev', 'type', $dev)
        $writer.WriteElementString('maml', 'name', $maml, "$($parameter.ParameterType.FullName) (-$($parameter.Name), $(Get-PipelineText $parameter))")
        $writer.WriteEndElement()
        Add-Para $writer (Get-ParameterDescription $type $parameter.Name)
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'returnValues', $command)
    if ($cmdlet.OutputType.Count -eq 0) {
        $writer.WriteStartElement('command', 'returnValue', $command)
        $writer.WriteStartElement('dev', 'type', $dev)
        $writer.WriteElementString('maml', 'name', $maml, 'None')
        $writer.WriteEndElement()
        Add-Para $writer @('This cmdlet writes no output.')
        $writer.WriteEndElement()
    }
    foreach ($output in $cmdlet.OutputType) {
        $writer.WriteStartElement('command', 'returnValue', $command)
        $writer.WriteStartElement('dev', 'type', $dev)
        $writer.WriteElementString('maml', 'name', $maml, $output.Name)
        $writer.WriteEndElement()
        if ($output.Type -eq [psobject]) {
            # Invoke-SaeApi: SAE's own answer, whatever the API, as PowerShell objects; its shape is the API's.
            Add-Para $writer @("The API's answer as PowerShell objects: its Data, or with -Raw the whole body; with -All, each item of each page.")
        } elseif ($output.Type -eq [string]) {
            # Get-SaeInstanceLog: text, as Get-Content writes it.
            Add-Para $writer @('Lines of text, each with the InstanceId and AppId it came from as properties (with -Raw, one string per log).')
        } else {
            $outputDoc = Get-MemberDoc 'T' $output.Type $null
            if ($null -eq $outputDoc) { throw "The output type $($output.Name) of $($cmdlet.Name) has no XML documentation." }
            Add-Para $writer @(Format-Text $outputDoc.SelectSingleNode('summary').InnerText)
        }
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'examples', $command)
    $number = 0
    foreach ($example in @($typeDoc.SelectNodes('example'))) {
        $number++
        $writer.WriteStartElement('command', 'example', $command)
        $writer.WriteElementString('maml', 'title', $maml, "-------------------------- Example $number --------------------------")
        $code = (($example.code -split "`r?`n") | ForEach-Object { $_.Trim() }) -join "`n"
        $writer.WriteElementString('dev', 'code', $dev, $code)
        $writer.WriteStartElement('dev', 'remarks', $dev)
        foreach ($para in $example.SelectNodes('para')) { $writer.WriteElementString('maml', 'para', $maml, (Format-Text $para.InnerText)) }
        $writer.WriteEndElement()
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'relatedLinks', $command)
    if ($OnlineBaseUri) {
        $writer.WriteStartElement('maml', 'navigationLink', $maml)
        $writer.WriteElementString('maml', 'linkText', $maml, 'Online Version:')
        $writer.WriteElementString('maml', 'uri', $maml, "$($OnlineBaseUri.TrimEnd('/'))/$($cmdlet.Name).md")
        $writer.WriteEndElement()
    }
    foreach ($related in Get-Command -Module $module.Name -CommandType Cmdlet | Where-Object Name -NE $cmdlet.Name | Sort-Object Name) {
        $writer.WriteStartElement('maml', 'navigationLink', $maml)
        $writer.WriteElementString('maml', 'linkText', $maml, $related.Name)
        $writer.WriteEndElement()
    }
    $writer.WriteStartElement('maml', 'navigationLink', $maml)
    $writer.WriteElementString('maml', 'linkText', $maml, 'about_SaePowerShell')
    $writer.WriteEndElement()
    $writer.WriteEndElement()

    $writer.WriteEndElement()
}

$writer.WriteEndElement()
$writer.WriteEndDocument()
$writer.Close()
Write-Host "Help: $OutputPath"
