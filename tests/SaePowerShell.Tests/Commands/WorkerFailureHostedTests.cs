using System.Management.Automation;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Emulator;
using SaePowerShell.Tests.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Commands;

/// <summary>What SAE refuses is an application's error; a bug in a worker is the command's, and stops it.</summary>
[Trait("Category", CmdletHost.Trait)]
public sealed class WorkerFailureHostedTests
{
    private const string DemoWeb = "0d1e2f3a-0000-4000-8000-000000000201";
    private const string DemoOrder = "0d1e2f3a-0000-4000-8000-000000000202";

    [Fact]
    public async Task AProgrammingErrorInAWorker_StopsTheCommand_InsteadOfBecomingAnErrorPerApplication()
    {
        await using EmulatorTestHost emulator = await EmulatorTestHost.StartAsync(clock: new ManualClock(DateTimeOffset.UtcNow));
        var context = new SaeContext { Session = new SessionContext(new BrokenAfterFirstUse(), "cn-hangzhou", emulator.BaseAddress, AllowCleartext: true) };
        var before = await emulator.AppStateAsync(DemoWeb);
        using PowerShell shell = CmdletHost.Create();
        shell.AddScript("$args[1], $args[2] | Start-SaeApplication -NamespaceId cn-hangzhou:demo -Context $args[0] -MaximumRetryCount 0; 'the next statement ran'")
            .AddArgument(context).AddArgument(DemoWeb).AddArgument(DemoOrder);

        var output = shell.Invoke();

        // One terminating error for the command, carrying the bug itself; not one error per application.
        ErrorRecord stopped = Assert.Single(shell.Streams.Error);
        Assert.IsType<NullReferenceException>(stopped.Exception is ActionPreferenceStopException or CmdletInvocationException ? stopped.Exception.InnerException : stopped.Exception);
        Assert.Null(stopped.TargetObject);
        Assert.Equal(["the next statement ran"], output.Select(o => o.BaseObject));
        Assert.Equal(before, await emulator.AppStateAsync(DemoWeb));
    }

    /// <summary>Gives a credential once (the pipeline thread's check), then fails as a bug would, in the worker.</summary>
    private sealed class BrokenAfterFirstUse : ICredentialSource
    {
        private int _uses;

        public string Description => "a source with a bug";

        public string AccountKey => "testid";

        public void Forget()
        {
        }

        public Task<SaeCredential> GetAsync(CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _uses) == 1
                ? Task.FromResult(new SaeCredential("testid", "testsecret", null, "test"))
                : throw new NullReferenceException("a bug in the credential source");
    }
}
