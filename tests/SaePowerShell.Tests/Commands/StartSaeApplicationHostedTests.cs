using System.Management.Automation;
using SaePowerShell.Emulator;
using SaePowerShell.Tests.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Commands;

[Trait("Category", CmdletHost.Trait)]
public sealed class StartSaeApplicationHostedTests
{
    private const string DemoWeb = "0d1e2f3a-0000-4000-8000-000000000201";
    private const string DemoOrder = "0d1e2f3a-0000-4000-8000-000000000202";

    [Fact]
    public async Task ThePipeline_WritesTypedChangeOrders_AndVerboseFromThePipelineThread()
    {
        await using EmulatorTestHost emulator = await EmulatorTestHost.StartAsync(clock: new ManualClock(DateTimeOffset.UtcNow));
        using PowerShell shell = CmdletHost.Create();
        shell.AddScript("Get-SaeApplication -RegionId cn-hangzhou -Endpoint $args[0] -Credential $SaeCredential | Start-SaeApplication -Endpoint $args[0] -Credential $SaeCredential -Verbose -MaximumRetryCount 0")
            .AddArgument(emulator.BaseAddress);

        var output = shell.Invoke();

        Assert.Equal(["cn-hangzhou", "cn-hangzhou:demo", "cn-hangzhou:staging", "cn-hangzhou:canary"], output.Select(o => ((SaeChangeOrder)o.BaseObject).NamespaceId));
        Assert.Equal(2, shell.Streams.Error.Count);
        Assert.All(shell.Streams.Error, e => Assert.StartsWith("user.indebt,SaePowerShell.Commands.StartSaeApplicationCommand", e.FullyQualifiedErrorId));
        Assert.Contains(shell.Streams.Verbose, v => v.Message.StartsWith("Calling PUT", StringComparison.Ordinal));
        Assert.Contains(shell.Streams.Verbose, v => v.Message.Contains("answered HTTP 400 user.indebt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CtrlC_CancelsTheCallInFlight_WhichTheServerSeesAbandoned()
    {
        // The server never answers and the attempt may take 600 s: only the stop can end the call, and it must end it
        // on the wire (the connection goes), not leave it running behind a stopped pipeline.
        await using StubSaeServer server = await StubSaeServer.SilentAsync();
        using PowerShell shell = CmdletHost.Create();
        shell.AddScript("Start-SaeApplication -AppId $args[1] -NamespaceId cn-hangzhou:demo -Endpoint $args[0] -Credential $SaeCredential -TimeoutSec 600")
            .AddArgument(server.Endpoint).AddArgument(DemoWeb);

        IAsyncResult running = shell.BeginInvoke();
        await server.FirstRequest.Task.WaitAsync(CmdletHost.HangGuard);
        await shell.StopAsync(null, null).WaitAsync(CmdletHost.HangGuard);
        await server.Abandoned.Task.WaitAsync(CmdletHost.HangGuard);

        Assert.True(running.IsCompleted, "the command did not stop");
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        Assert.Empty(shell.Streams.Error);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task CtrlC_EndsABackoffWait_BeforeTheRetry()
    {
        // A clock that stands still: the backoff after the throttled first attempt can end only by the stop.
        HostedClock clock = HostedClock.StandsStill();
        await using StubSaeServer server = await StubSaeServer.ThrottlingAsync();
        using PowerShell shell = CmdletHost.Create(clock: clock);
        shell.AddScript("Start-SaeApplication -AppId $args[1] -NamespaceId cn-hangzhou:demo -Endpoint $args[0] -Credential $SaeCredential -RetryIntervalSec 60 -MaximumRetryCount 5")
            .AddArgument(server.Endpoint).AddArgument(DemoWeb);

        IAsyncResult running = shell.BeginInvoke();
        await clock.WaitHeldAsync().WaitAsync(CmdletHost.HangGuard);
        await shell.StopAsync(null, null).WaitAsync(CmdletHost.HangGuard);

        Assert.True(running.IsCompleted, "the command did not stop");
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        Assert.Equal(1, server.Requests);

        // The one wait was the backoff of -RetryIntervalSec 60 (with jitter, half of it to all of it), and it never ended.
        TimeSpan backoff = Assert.Single(clock.Delays);
        Assert.InRange(backoff, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task AStartWithNoAnswer_ThatCannotBeCheckedEither_IsOneOutcomeUnknownErrorPerApp_AndIsNotRepeated()
    {
        await using StubSaeServer server = await StubSaeServer.SilentAsync();
        using PowerShell shell = CmdletHost.Create();
        shell.AddScript("$args[1], $args[2] | Start-SaeApplication -NamespaceId cn-hangzhou:demo -Endpoint $args[0] -Credential $SaeCredential -TimeoutSec 1 -MaximumRetryCount 1 -RetryIntervalSec 0")
            .AddArgument(server.Endpoint).AddArgument(DemoWeb).AddArgument(DemoOrder);

        var output = shell.Invoke();

        Assert.Empty(output);
        Assert.Equal(2, shell.Streams.Error.Count);
        Assert.Equal([DemoWeb, DemoOrder], shell.Streams.Error.Select(e => (string)e.TargetObject));
        Assert.All(shell.Streams.Error, e =>
        {
            Assert.Equal("OutcomeUnknown,SaePowerShell.Commands.StartSaeApplicationCommand", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.OperationTimeout, e.CategoryInfo.Category);
            Assert.Contains("outcome of BatchStartApplications for 2 application(s) in namespace cn-hangzhou:demo", e.ErrorDetails.Message);
            Assert.IsType<SaeOutcomeUnknownException>(e.Exception);
        });
        Assert.Equal(1, server.Puts);
        Assert.True(server.Requests > 1, "the status of the first application should have been looked up");
    }
}
