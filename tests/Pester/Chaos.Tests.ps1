BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    # Batch orders belong to the namespace only, as nothing in SAE's API promises more; reused nonces are refused.
    $script:Emulator = Start-SaeEmulator -ChangeOrderDelayMs 200 -BatchOrdersPerNamespace
    $script:Common = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.Credential; RetryIntervalSec = 0.02; MaximumRetryCount = 8 }
}

AfterAll {
    if ($script:Emulator) { Stop-SaeEmulator $script:Emulator }
}

Describe 'A chaos run' {
    It 'accounts for 1,000 applications in 50 namespaces through 30% transient faults and both kinds of cut after effect, and starts none twice' {
        $namespaces = 1..50 | ForEach-Object { @{ namespaceId = ('cn-hangzhou:chaos-{0:d2}' -f $_) } }
        $apps = foreach ($n in 1..50) {
            foreach ($a in 1..20) { @{ appId = ('{0:x4}{1:x4}-3333-4000-8000-000000000000' -f $n, $a); appName = "app-$a"; namespaceId = ('cn-hangzhou:chaos-{0:d2}' -f $n) } }
        }
        Set-SaeEmulatorSeed $Emulator @{ namespaces = $namespaces; applications = $apps }
        # Rules are tried in order; about 31% of start calls meet a transient fault, and about 12% a cut after the change
        # was made: an abort (RST) or a graceful close (FIN, no answer), which .NET would resend behind our back.
        Set-SaeEmulatorFault $Emulator @{ randomSeed = 20261127; faults = @(
                @{ api = 'BatchStartApplications'; rate = 0.06; fault = 'resetAfterEffect' }
                @{ api = 'BatchStartApplications'; rate = 0.07; fault = 'closeAfterEffect' }
                @{ api = 'BatchStartApplications'; rate = 0.15; fault = 'error:Throttling.User' }
                @{ api = 'BatchStartApplications'; rate = 0.10; fault = 'http:503' }
                @{ api = 'BatchStartApplications'; rate = 0.05; fault = 'error:System.Upgrading' }
                @{ api = 'BatchStartApplications'; rate = 0.05; fault = 'resetBeforeEffect' }
                @{ api = 'ListApplications'; rate = 0.30; fault = 'http:500' }
                @{ api = 'ListApplications'; rate = 0.05; fault = 'truncatedBody' }
                @{ api = 'DescribeApplicationStatus'; rate = 0.20; fault = 'http:503' }
                @{ api = 'DescribeChangeOrder'; rate = 0.20; fault = 'error:ServiceUnavailable' }
                @{ api = 'ListNamespaceChangeOrders'; rate = 0.20; fault = 'http:503' }
            ) }

        $listed = Get-SaeApplication -RegionId cn-hangzhou @Common
        $listed | Should -HaveCount 1000
        $result = Invoke-Collecting { $listed | Start-SaeApplication @Common }

        # Every application in exactly one change order or one error.
        $started = @($result.Output | ForEach-Object AppIds)
        $failed = @($result.Errors | ForEach-Object { $_.TargetObject.AppId })
        ($started + $failed) | Group-Object | Where-Object Count -GT 1 | Should -BeNullOrEmpty
        ($started + $failed | Sort-Object) | Should -Be ($listed.AppId | Sort-Object)

        # No application started twice; each started by the change order it was reported in, or else reported as
        # OutcomeUnknown: an application that started is never reported as any other error.
        $state = Get-SaeEmulatorState $Emulator
        $state.batchOrdersPerNamespace | Should -BeTrue
        $startedBy = @{}
        foreach ($app in $state.applications) { $startedBy[$app.appId] = @($app.startedBy) }
        $state.applications | Where-Object { @($_.startedBy).Count -gt 1 } | Should -BeNullOrEmpty
        foreach ($order in $result.Output) {
            foreach ($id in $order.AppIds) { $startedBy[$id] | Should -Be @($order.ChangeOrderId) }
        }
        $unknown = @($result.Errors | Where-Object { $_.FullyQualifiedErrorId -like 'OutcomeUnknown,*' })
        foreach ($errorRecord in $result.Errors) {
            if (@($startedBy[$errorRecord.TargetObject.AppId]).Count -gt 0) { $errorRecord.FullyQualifiedErrorId | Should -BeLike 'OutcomeUnknown,*' }
        }

        # Nothing went on the wire twice: every request the emulator received carries a nonce of its own.
        $log = Get-SaeEmulatorRequest $Emulator
        $repeated = @($log | Where-Object nonce | Group-Object nonce | Where-Object Count -GT 1)
        $repeated | Should -BeNullOrEmpty
        @($log | Where-Object code -EQ 'SignatureNonceUsed') | Should -BeNullOrEmpty

        # The faults really happened.
        $starts = @($log | Where-Object api -EQ BatchStartApplications)
        $faulted = @($starts | Where-Object fault)
        $cuts = @($faulted | Where-Object fault -In resetAfterEffect, closeAfterEffect)
        ($faulted | Where-Object fault -EQ resetAfterEffect) | Should -Not -BeNullOrEmpty
        ($faulted | Where-Object fault -EQ closeAfterEffect) | Should -Not -BeNullOrEmpty
        ($faulted.Count - $cuts.Count) / $starts.Count | Should -BeGreaterThan 0.2
        $faulted.Count / $starts.Count | Should -BeGreaterOrEqual 0.3

        $byFault = $log | Where-Object fault | Group-Object api, fault | ForEach-Object { "$($_.Name)=$($_.Count)" }
        $byError = $result.Errors | Group-Object { $_.FullyQualifiedErrorId.Split(',')[0] } | ForEach-Object { "$($_.Name)=$($_.Count)" }
        $startedTwice = @($state.applications | Where-Object { @($_.startedBy).Count -gt 1 }).Count
        Write-Host ("Chaos tally: {0} apps in, {1} started in {2} change orders, {3} errors [{4}] ({5} OutcomeUnknown); {6} start calls, {7} faulted ({8} cut after effect); {9} started twice; {10} requests on the wire twice; faults: {11}" -f
            $listed.Count, $started.Count, @($result.Output).Count, $failed.Count, ($byError -join ' '), $unknown.Count, $starts.Count, $faulted.Count, $cuts.Count, $startedTwice, $repeated.Count, ($byFault -join ', '))
    }
}
