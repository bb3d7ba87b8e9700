using System.Management.Automation;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Commands;

[Trait("Category", CmdletHost.Trait)]
public sealed class WaitHostedTests
{
    [Fact]
    public async Task StartWait_ShowsAProgressBarPerChangeOrder_UnderOneForTheWait_AndCompletesThem()
    {
        // The cmdlet and the emulator share one manual time that moves by each wait the cmdlet makes: the change orders
        // take 4 s of it, so they are still running at the first look, which comes one interval (2 s) after the start.
        HostedClock clock = HostedClock.Moves();
        EmulatorApp emulator = EmulatorApp.Create(new EmulatorOptions { ChangeOrderDelayMs = 4000 }, clock.Time);
        await emulator.StartAsync();
        await using (emulator)
        {
            using PowerShell shell = CmdletHost.Create(clock: clock);
            shell.AddScript("$ProgressPreference = 'Continue'; Get-SaeApplication -RegionId cn-hangzhou -Endpoint $args[0] -Credential $SaeCredential | Where-Object NamespaceId -in 'cn-hangzhou:demo', 'cn-hangzhou:staging' | Start-SaeApplication -Wait -Endpoint $args[0] -Credential $SaeCredential")
                .AddArgument(emulator.BaseUrl);

            var output = shell.Invoke();

            Assert.Empty(shell.Streams.Error);
            Assert.Equal([SaeChangeOrderStatus.Succeeded, SaeChangeOrderStatus.Succeeded], output.Select(o => ((SaeChangeOrder)o.BaseObject).Status!.Value));
            List<ProgressRecord> progress = [.. shell.Streams.Progress];
            ProgressRecord[] perOrder = [.. progress.Where(p => p.ParentActivityId == 100)];
            Assert.Equal(2, perOrder.Select(p => p.ActivityId).Distinct().Count());
            Assert.Contains(perOrder, p => p.StatusDescription.Contains("batch(es) done", StringComparison.Ordinal) && p.PercentComplete >= 0);
            Assert.All(perOrder.GroupBy(p => p.ActivityId), bar => Assert.Equal(ProgressRecordType.Completed, bar.Last().RecordType));
            Assert.Contains(progress, p => p.ActivityId == 100 && p.RecordType == ProgressRecordType.Completed);
            Assert.Contains(progress, p => p.ActivityId == 1 && p.Activity == "Starting SAE applications");

            // The first look waited one interval; the wait went on until the orders' 4 s had passed, and no longer than one more look.
            Assert.Equal(TimeSpan.FromSeconds(2), clock.Delays[0]);
            TimeSpan waited = clock.Delays.Aggregate(TimeSpan.Zero, (sum, d) => sum + d);
            Assert.InRange(waited, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4) + clock.Delays[^1]);
        }
    }

    [Fact]
    public async Task CtrlC_StopsAWait_AndSaysWhichChangeOrderGoesOn()
    {
        // A clock that stands still: the wait can end only by the stop.
        HostedClock clock = HostedClock.StandsStill();
        EmulatorApp emulator = EmulatorApp.Create(new EmulatorOptions { ChangeOrderDelayMs = 600_000 }, clock.Time);
        await emulator.StartAsync();
        await using (emulator)
        {
            var host = new CapturingHost();
            using PowerShell shell = CmdletHost.Create(host, clock);
            shell.AddScript("Start-SaeApplication -AppId 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId cn-hangzhou:demo -Wait -Endpoint $args[0] -Credential $SaeCredential")
                .AddArgument(emulator.BaseUrl);
            IAsyncResult running = shell.BeginInvoke();
            await clock.WaitHeldAsync().WaitAsync(CmdletHost.HangGuard);

            await shell.StopAsync(null, null).WaitAsync(CmdletHost.HangGuard);

            Assert.True(running.IsCompleted, "the wait did not stop");
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
            Assert.Equal([TimeSpan.FromSeconds(2)], clock.Delays);

            // The wait stopped, not the change order: the host is told which one goes on, and how to wait for it again.
            string warning = Assert.Single(host.Warnings);
            Assert.Contains("cn-hangzhou:demo", warning, StringComparison.Ordinal);
            Assert.Matches("Wait-SaeChangeOrder -ChangeOrderId [0-9a-f-]{36} -NamespaceId cn-hangzhou:demo", warning);
        }
    }

    [Fact]
    public async Task CtrlC_TheWaitCommandsItPrints_RunAsPrinted_InAFreshSession()
    {
        // Two namespaces, so no namespace id carries the region for the hint; the endpoint was given on the command line.
        HostedClock clock = HostedClock.StandsStill();
        EmulatorApp emulator = EmulatorApp.Create(new EmulatorOptions { ChangeOrderDelayMs = 600_000 }, clock.Time);
        await emulator.StartAsync();
        await using (emulator)
        {
            var host = new CapturingHost();
            using PowerShell shell = CmdletHost.Create(host, clock);
            shell.AddScript("Get-SaeApplication -RegionId cn-hangzhou -Endpoint $args[0] -Credential $SaeCredential | Where-Object NamespaceId -in 'cn-hangzhou:demo', 'cn-hangzhou:staging' | Start-SaeApplication -Wait -Endpoint $args[0] -Credential $SaeCredential")
                .AddArgument(emulator.BaseUrl);
            IAsyncResult running = shell.BeginInvoke();
            await clock.WaitHeldAsync().WaitAsync(CmdletHost.HangGuard);
            await shell.StopAsync(null, null).WaitAsync(CmdletHost.HangGuard);
            Assert.True(running.IsCompleted, "the wait did not stop");

            string warning = Assert.Single(host.Warnings);
            string hint = warning.Substring(warning.IndexOf("To wait for them again: ", StringComparison.Ordinal) + "To wait for them again: ".Length);
            string[] commands = hint.Split("; ");
            Assert.Equal(2, commands.Length);
            string endpoint = new Uri(emulator.BaseUrl).GetLeftPart(UriPartial.Authority);
            Assert.All(commands, command => Assert.Matches("^Wait-SaeChangeOrder -ChangeOrderId [0-9a-f-]{36} -NamespaceId cn-hangzhou:(demo|staging) -RegionId cn-hangzhou -Endpoint " + endpoint + "$", command));

            // A fresh session with the same credential (and no session default): each command runs as printed, and is
            // answered about its change order (still running, so the wait ends at its -Timeout), never "No region is known".
            foreach (string command in commands)
            {
                using PowerShell fresh = CmdletHost.Create(clock: HostedClock.Moves());
                fresh.AddScript(command + " -Timeout 5 -Credential $SaeCredential");
                fresh.Invoke();
                ErrorRecord error = Assert.Single(fresh.Streams.Error);
                Assert.StartsWith("WaitTimeout,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
            }
        }
    }
}
