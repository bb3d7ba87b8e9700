# Every view of SaePowerShell.Generated.Format.ps1xml (written from the table's views), rendered at 80 and 120 columns against the emulator's seed world, keeps
# what a person needs to decide whole: an event's reason, object and message, an image's repository/name:tag, full
# status names, whole namespace and change order ids, the change order's time (local), the version's image or package.
BeforeDiscovery {
    $script:Widths = @(@{ Width = 80 }, @{ Width = 120 })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 100
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0 }
    $script:ShopImage = 'registry.cn-hangzhou.aliyuncs.com/sae-demo/shop/web:2.0'
    $script:Package = 'https://edas-hz.oss-cn-hangzhou.aliyuncs.com/apps/K8s_APP_ID/1d0e7884-60f0-41d2-89dd-ec1f3c69aaaa/order-api-2.1.jar'

    # The day so far: web-frontend (demo) runs the shop image after an automatic release and waits in the middle of a
    # manual one; order-api (demo) was deployed from a package; staging's web-frontend runs too.
    $web = Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common
    $web | Start-SaeApplication -Wait @Common | Out-Null
    $web | Deploy-SaeApplication -ImageUrl $ShopImage -Wait @Common | Out-Null
    $script:Waiting = $web | Deploy-SaeApplication -ImageUrl 'registry.cn-hangzhou.aliyuncs.com/sae-demo/shop/web:2.1' -BatchCount 2 -ReleaseType Manual -Wait @Common 3>$null
    Get-SaeApplication cn-hangzhou:demo -Name order-api @Common | Deploy-SaeApplication -PackageUrl $Package -PackageVersion 2.1 -Wait @Common | Out-Null
    Get-SaeApplication cn-hangzhou:staging -Name web-frontend @Common | Start-SaeApplication -Wait @Common | Out-Null
    $script:Web = Get-SaeApplication cn-hangzhou:demo -Name web-frontend @Common

    # What each cmdlet writes, read once: the views only read it.
    $script:Outputs = @{
        'SaePowerShell.SaeApplication'        = @(Get-SaeApplication -RegionId cn-hangzhou @Common)
        'SaePowerShell.SaeChangeOrder'        = @(Get-SaeChangeOrder -AppId $Web.AppId -NamespaceId cn-hangzhou:demo @Common)
        'SaePowerShell.SaeChangeOrderBatch'   = @((Get-SaeChangeOrder $Waiting.ChangeOrderId -NamespaceId cn-hangzhou:demo @Common).Batches)
        'SaePowerShell.SaeNamespace'          = @(Get-SaeNamespace -RegionId cn-hangzhou @Common)
        'SaePowerShell.SaeApplicationStatus'  = @(Get-SaeApplication -RegionId cn-hangzhou @Common | Get-SaeApplicationStatus @Common)
        'SaePowerShell.SaeContext'            = @(Get-SaeContext @Common)
        'SaePowerShell.SaeApplicationVersion' = @(Get-SaeApplication cn-hangzhou:demo @Common | Where-Object AppName -In 'web-frontend', 'order-api' | Get-SaeApplicationVersion @Common)
        'SaePowerShell.SaeApplicationInstance' = @($Web | Get-SaeApplicationInstance @Common)
        'SaePowerShell.SaeApplicationConfig'  = @(Get-SaeApplication cn-hangzhou:demo @Common | Get-SaeApplicationConfig @Common)
        'SaePowerShell.SaeRegion'             = @(Get-SaeRegion @Common)
        'SaePowerShell.SaeApplicationEvent'   = @($Web | Get-SaeApplicationEvent @Common)
    }

    # The text of a view at a width, and its lines.
    function Show($Objects, [int] $Width, [string] $View) {
        $text = if ($View -eq 'Wide') { $Objects | Format-List -View Wide | Out-String -Width $Width }
                elseif ($View) { $Objects | Format-Table -View $View | Out-String -Width $Width }
                else { $Objects | Out-String -Width $Width }
        $text
    }
    function Lines([string] $Text) { @($Text -split "`r?`n") }

    # The cells of one column of a table, a wrapped cell joined again: a row begins where the first column has text.
    function Get-Cells([string] $Text, [string] $Label) {
        $lines = Lines $Text
        $cells = [Collections.Generic.List[string]]::new()
        $start = -1; $end = -1
        for ($i = 0; $i -lt $lines.Count; $i++) {
            $line = $lines[$i]
            if ($i + 1 -lt $lines.Count -and $lines[$i + 1] -match '^-+( +-+)*\s*$' -and $line -match "(^| )$([regex]::Escape($Label))( |$)") {
                $start = $line.IndexOf($Label)
                $next = [regex]::Match($line.Substring($start + $Label.Length), '\S')
                $end = if ($next.Success) { $start + $Label.Length + $next.Index } else { -1 }
                $i++
                continue
            }
            if ($start -lt 0 -or -not $line.Trim() -or $line -match '^\s+\w+: ') { continue }
            $cell = if ($line.Length -le $start) { '' } elseif ($end -lt 0 -or $line.Length -le $end) { $line.Substring($start) } else { $line.Substring($start, $end - $start) }
            if ($line[0] -ne ' ' -or $cells.Count -eq 0) { $cells.Add($cell.Trim()) } else { $cells[$cells.Count - 1] = ($cells[$cells.Count - 1] + ' ' + $cell.Trim()).Trim() }
        }
        $cells.ToArray()
    }
    function Squeeze([string] $Value) { $Value -replace '\s+', '' }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'The views' {
    It 'are each rendered here: every view of the format file has a test below' {
        $file = Join-Path (Get-Module SaePowerShell).ModuleBase 'SaePowerShell.Generated.Format.ps1xml'
        # The table's views section; the generated cmdlets' column lists are their families' tests to show (ConfigMap.Tests, Tag.Tests, Secret.Tests, ScalingRule.Tests, DesiredState.Tests, LoadBalancer.Tests, Ingress.Tests, Job.Tests).
        $views = ([xml](Get-Content -Raw $file)).Configuration.ViewDefinitions.View | Where-Object { $_.ViewSelectedBy.TypeName -notin 'SaePowerShell.SaeConfigMap', 'SaePowerShell.SaeResourceTag', 'SaePowerShell.SaeSecret', 'SaePowerShell.SaeScalingRule', 'SaePowerShell.SaeApplicationSpec', 'SaePowerShell.SaeApplicationDifference', 'SaePowerShell.SaeApplicationLoadBalancer', 'SaePowerShell.SaeIngress', 'SaePowerShell.SaeJob', 'SaePowerShell.SaeJobRun' } | ForEach-Object { '{0}/{1}' -f $_.ViewSelectedBy.TypeName, $(if ($_.ListControl) { 'Wide' } else { 'Table' }) }
        $tested = @($Outputs.Keys | ForEach-Object { "$_/Table" }) + @('SaePowerShell.SaeChangeOrder', 'SaePowerShell.SaeApplicationStatus', 'SaePowerShell.SaeApplicationVersion',
            'SaePowerShell.SaeApplicationInstance', 'SaePowerShell.SaeApplicationConfig', 'SaePowerShell.SaeApplicationEvent' | ForEach-Object { "$_/Wide" })
        ($views | Sort-Object) | Should -Be ($tested | Sort-Object)
        foreach ($type in $Outputs.Keys) { $Outputs[$type].Count | Should -BeGreaterThan 0 -Because "the seed world has $type objects to show" }
    }

    Context 'at <Width> columns' -ForEach $Widths {
        It 'writes no line wider than the width, and breaks no header, in any view of <_>' -ForEach @(
            'SaePowerShell.SaeApplication', 'SaePowerShell.SaeChangeOrder', 'SaePowerShell.SaeChangeOrderBatch', 'SaePowerShell.SaeNamespace',
            'SaePowerShell.SaeApplicationStatus', 'SaePowerShell.SaeContext', 'SaePowerShell.SaeApplicationVersion', 'SaePowerShell.SaeApplicationInstance',
            'SaePowerShell.SaeApplicationConfig', 'SaePowerShell.SaeRegion', 'SaePowerShell.SaeApplicationEvent'
        ) {
            $type = $_
            $objects = $Outputs[$type]
            $objects[0].GetType().FullName | Should -Be $type
            foreach ($view in @('') + @(if ((Get-FormatData $type).FormatViewDefinition.Name -contains 'Wide') { 'Wide' })) {
                $text = Show $objects $Width $view
                (Lines $text) | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual $Width -Because "$type $view at $Width`: '$_'" }
                if (-not $view) {
                    $headers = @(Lines $text | Where-Object { $_ -match '^-+( +-+)*\s*$' })
                    $headers.Count | Should -BeGreaterThan 0
                    $text | Should -Not -Match '…\s*$' -Because 'no cell is cut at its end'
                }
            }
        }

        It "shows each event's reason and message whole, and its object by the end of its name" {
            $events = $Outputs['SaePowerShell.SaeApplicationEvent']
            $text = Show $events $Width
            $reasons = @(Get-Cells $text 'Reason')
            $objects = @(Get-Cells $text 'Object')
            $messages = @(Get-Cells $text 'Message')
            $reasons | Should -HaveCount $events.Count
            $reasons | Should -Contain 'ScalingReplicaSet'
            for ($i = 0; $i -lt $events.Count; $i++) {
                Squeeze $reasons[$i] | Should -Be (Squeeze $events[$i].Reason)
                Squeeze $messages[$i] | Should -Be (Squeeze $events[$i].Message) -Because 'a message wraps; it is never cut'
                $shown = (Squeeze $objects[$i]).TrimStart('…')
                $events[$i].ObjectName | Should -BeLike "*$shown" -Because "'$($objects[$i])' is the end of the object's name"
                if ($events[$i].ObjectKind -eq 'Pod') {
                    $shown | Should -Match '^[0-9a-f]{8}-[0-9a-f]{5}$' -Because 'an instance is told from its siblings by its two hashes'
                    $Outputs['SaePowerShell.SaeApplicationInstance'].InstanceId + @($events.ObjectName) | Where-Object { $_ -like "*$shown" } | Should -Not -BeNullOrEmpty
                }
            }
        }

        It 'shows the image a configuration runs without its registry host, tag whole, and a package by its file name' {
            $text = Show $Outputs['SaePowerShell.SaeApplicationConfig'] $Width
            $runs = @(Get-Cells $text 'Runs')
            $runs | Should -Contain '…/shop/web:2.0'
            $runs | Should -Contain '…/order-api-2.1.jar (2.1)'
            $text | Should -Not -Match 'registry\.cn-hangzhou'
            (Show $Outputs['SaePowerShell.SaeApplicationConfig'] $Width 'Wide') | Should -Match ([regex]::Escape($ShopImage))
        }

        It 'shows what each version ran: its image or its package, so a rollback target can be picked' {
            $versions = $Outputs['SaePowerShell.SaeApplicationVersion']
            $text = Show $versions $Width
            $runs = @(Get-Cells $text 'Runs')
            $runs | Should -HaveCount $versions.Count
            $runs | Should -Contain '…/shop/web:2.0'
            $runs | Should -Contain '…/shop/web:2.1'
            $runs | Should -Contain '…/order-api-2.1.jar'
            $runs | Should -Not -Contain ''
            foreach ($version in $versions) { $text | Should -Match $version.VersionId }
            $image = $versions | Where-Object ImageUrl -EQ $ShopImage
            $image | Should -HaveCount 1
            $image.Type | Should -Be 'image'
            ($versions | Where-Object PackageUrl -EQ $Package).Type | Should -Be 'url'
            (Show $versions $Width 'Wide') | Should -Match ([regex]::Escape($ShopImage))
        }

        It 'groups a region-wide status by namespace, so two web-frontend rows say where they are, with full status names' {
            $text = Show $Outputs['SaePowerShell.SaeApplicationStatus'] $Width
            $sections = $text -split '(?m)^\s+NamespaceId: ' | Select-Object -Skip 1
            $demo = $sections | Where-Object { $_ -like 'cn-hangzhou:demo*' }
            $staging = $sections | Where-Object { $_ -like 'cn-hangzhou:staging*' }
            $demo | Should -Match '(?m)^web-frontend\s+RUNNING\s+2\s+WAIT_BATCH_CONFIRM\s*$'
            $staging | Should -Match '(?m)^web-frontend\s+RUNNING\s+1\s+SUCCESS\s*$'
            ($Outputs['SaePowerShell.SaeApplicationStatus'].NamespaceId | Sort-Object -Unique) | ForEach-Object { $text | Should -Match "(?m)NamespaceId: $([regex]::Escape($_))\s*$" -Because 'each namespace id is whole in its header' }
            (Show $Outputs['SaePowerShell.SaeApplicationStatus'] $Width 'Wide') | Should -Match $Web.AppId
        }

        It 'lists change orders with their time (local), full status names and whole ids, grouped by namespace' {
            $orders = $Outputs['SaePowerShell.SaeChangeOrder']
            $text = Show $orders $Width
            $text | Should -Match '(?m)^\s+NamespaceId: cn-hangzhou:demo\s*$'
            $created = @(Get-Cells $text 'Created')
            $status = @(Get-Cells $text 'Status')
            $ids = @(Get-Cells $text 'ChangeOrderId')
            $ids | Should -Be $orders.ChangeOrderId
            for ($i = 0; $i -lt $orders.Count; $i++) {
                $created[$i] | Should -Be $orders[$i].CreateTime.LocalDateTime.ToString('MM-dd HH:mm')
                $status[$i] | Should -BeLike "$($orders[$i].Status)*"
            }
            $status | Should -Contain 'WaitingBatchConfirm'
            # A described change order knows its batches: their progress wraps under the full status name at 80 columns.
            $described = Get-SaeChangeOrder $Waiting.ChangeOrderId -NamespaceId cn-hangzhou:demo @Common
            @(Get-Cells (Show $described $Width) 'Status') | Should -Be 'WaitingBatchConfirm 1/2'
            $wide = Show $orders $Width 'Wide'
            $wide | Should -Match ([regex]::Escape($orders[0].CreateTime.LocalDateTime.ToString('yyyy-MM-dd HH:mm:ss')))
            (Show $described $Width 'Wide') | Should -Match '(?m)^Batches\s+: Batch 1: Succeeded\s*\n\s+Batch 2: WaitingBatchConfirm'
        }

        It 'keeps the namespace ids, change order batches, instances and regions whole' {
            $namespaces = @(Get-Cells (Show $Outputs['SaePowerShell.SaeNamespace'] $Width) 'NamespaceId')
            $namespaces | Should -Be $Outputs['SaePowerShell.SaeNamespace'].NamespaceId
            Get-Cells (Show $Outputs['SaePowerShell.SaeNamespace'] $Width) 'NamespaceName' | Should -Be $Outputs['SaePowerShell.SaeNamespace'].NamespaceName
            Get-Cells (Show $Outputs['SaePowerShell.SaeChangeOrderBatch'] $Width) 'Status' | Should -Be @('Succeeded', 'WaitingBatchConfirm')
            $instances = $Outputs['SaePowerShell.SaeApplicationInstance']
            $text = Show $instances $Width
            Get-Cells $text 'InstanceId' | Should -Be $instances.InstanceId
            Get-Cells $text 'Health' | Should -Be $instances.HealthStatus
            (Get-Cells $text 'Version' | Sort-Object -Unique) | Should -Be @('2.0', '2.1')
            Get-Cells (Show $Outputs['SaePowerShell.SaeRegion'] $Width) 'RegionEndpoint' | Should -Be $Outputs['SaePowerShell.SaeRegion'].RegionEndpoint
            Get-Cells (Show $Outputs['SaePowerShell.SaeContext'] $Width) 'Endpoint' | Should -Be ([string]$Outputs['SaePowerShell.SaeContext'][0].Endpoint)
        }

        It 'shows every field of an event in the Wide list view' {
            $event = $Outputs['SaePowerShell.SaeApplicationEvent'] | Where-Object ObjectKind -EQ 'Pod' | Select-Object -First 1
            $wide = Show $event $Width 'Wide'
            $wide | Should -Match ([regex]::Escape($event.ObjectName))
            $wide | Should -Match ([regex]::Escape($event.Message))
            $wide | Should -Match ([regex]::Escape($event.LastTimestamp.LocalDateTime.ToString('yyyy-MM-dd HH:mm:ss')))
        }
    }
}
