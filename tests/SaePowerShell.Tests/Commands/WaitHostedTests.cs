using System.Management.Automation;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Commands;

public sealed class WaitHostedTests
{
    [Fact]
    public async Task StartWait_ShowsAProgressBarPerChangeOrder_UnderOneForTheWait_AndCompletesThem()
    {
        // Real time here: the waiter polls the emulator while its batches move on.
        // Long enough to be still running at the first look, which comes one interval (2 s) after the start.
        EmulatorApp emulator = EmulatorApp.Create(new EmulatorOptions { ChangeOrderDelayMs = 4000 }, TimeProvider.System);
        await emulator.StartAsync();
        await using (emulator)
        {
            using PowerShell shell = CmdletHost.Create();
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
        }
    }

    [Fact]
    public async Task CtrlC_StopsAWaitAtOnce()
    {
        EmulatorApp emulator = EmulatorApp.Create(new EmulatorOptions { ChangeOrderDelayMs = 600_000 }, TimeProvider.System);
        await emulator.StartAsync();
        await using (emulator)
        {
            var host = new CapturingHost();
            using PowerShell shell = CmdletHost.Create(host);
            shell.AddScript("Start-SaeApplication -AppId 0d1e2f3a-0000-4000-8000-000000000201 -NamespaceId cn-hangzhou:demo -Wait -Endpoint $args[0] -Credential $SaeCredential")
                .AddArgument(emulator.BaseUrl);
            IAsyncResult running = shell.BeginInvoke();
            await Task.Delay(1500);

            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            shell.Stop();

            Assert.True(running.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(5)), "the wait did not stop");
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"stopping took {stopwatch.Elapsed}");
            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);

            // The wait stopped, not the change order: the host is told which one goes on, and how to wait for it again.
            string warning = Assert.Single(host.Warnings);
            Assert.Contains("cn-hangzhou:demo", warning, StringComparison.Ordinal);
            Assert.Matches("Wait-SaeChangeOrder -ChangeOrderId [0-9a-f-]{36} -NamespaceId cn-hangzhou:demo", warning);
        }
    }
}
