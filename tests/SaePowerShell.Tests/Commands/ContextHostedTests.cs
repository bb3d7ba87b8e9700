using System.Management.Automation;
using System.Text.Json;
using SaePowerShell.Emulator;
using SaePowerShell.Emulator.Seed;
using SaePowerShell.Tests.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Commands;

/// <summary>These tests set a process-wide environment variable, so they run alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironmentCollection), DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection;

/// <summary>
/// One context per command, resolved on the pipeline thread: calls made on worker threads (groups beyond
/// -ThrottleLimit, polls beyond the fourth) go where the command's session says, never where the process default says.
/// </summary>
[Collection(nameof(ProcessEnvironmentCollection))]
[Trait("Category", CmdletHost.Trait)]
public sealed class ContextHostedTests
{
    /// <summary>A loopback port where nothing listens: a call that goes there was sent where the session did not say.</summary>
    private const string Decoy = "http://127.0.0.1:9";

    private static string Seed(int namespaces) => JsonSerializer.Serialize(new
    {
        namespaces = Enumerable.Range(1, namespaces).Select(n => new { namespaceId = $"cn-hangzhou:ctx-{n:d2}" }),
        applications = Enumerable.Range(1, namespaces).SelectMany(n => Enumerable.Range(1, 2).Select(a => new
        {
            appId = $"{n:x4}{a:x4}-5555-4000-8000-000000000000",
            appName = $"app-{a}",
            namespaceId = $"cn-hangzhou:ctx-{n:d2}",
        })),
    });

    private static T WithDecoyEndpoint<T>(Func<T> run)
    {
        string? before = Environment.GetEnvironmentVariable("ALIBABA_CLOUD_SAE_ENDPOINT");
        Environment.SetEnvironmentVariable("ALIBABA_CLOUD_SAE_ENDPOINT", Decoy);
        try
        {
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable("ALIBABA_CLOUD_SAE_ENDPOINT", before);
        }
    }

    [Fact]
    public async Task TheSessionEndpoint_HoldsForEveryNamespace_BeyondTheThrottleLimit()
    {
        await using EmulatorTestHost emulator = await EmulatorTestHost.StartAsync(null, SeedLoader.Parse(Seed(10)), new ManualClock(DateTimeOffset.UtcNow));
        using PowerShell shell = CmdletHost.Create();
        shell.AddScript("Connect-SaeAccount -Credential $SaeCredential -Endpoint $args[0] | Out-Null; Get-SaeApplication -RegionId cn-hangzhou | Start-SaeApplication -ThrottleLimit 2 -MaximumRetryCount 0")
            .AddArgument(emulator.BaseAddress);

        var output = WithDecoyEndpoint(() => shell.Invoke());

        Assert.True(shell.Streams.Error.Count == 0, string.Join(" | ", shell.Streams.Error.Select(e => e.ToString())));
        Assert.Equal(10, output.Count);
        Assert.Equal(10, (await emulator.GetRequestLogAsync()).Count(r => r.GetProperty("api").GetString() == "BatchStartApplications"));
    }

    [Fact]
    public async Task WaitingOnMoreThanFourChangeOrders_PollsEveryOneWhereTheSessionSays()
    {
        // The polls' waits move the cmdlet's and the emulator's one manual time on: no wall-clock wait.
        HostedClock clock = HostedClock.Moves();
        EmulatorApp emulator = EmulatorApp.Create(new EmulatorOptions { ChangeOrderDelayMs = 300 }, clock.Time, SeedLoader.Parse(Seed(7)));
        await emulator.StartAsync();
        await using (emulator)
        {
            using PowerShell shell = CmdletHost.Create(clock: clock);
            shell.AddScript("Connect-SaeAccount -Credential $SaeCredential -Endpoint $args[0] | Out-Null; Get-SaeApplication -RegionId cn-hangzhou | Start-SaeApplication -Wait -MaximumRetryCount 0")
                .AddArgument(emulator.BaseUrl);

            var output = WithDecoyEndpoint(() => shell.Invoke());

            Assert.True(shell.Streams.Error.Count == 0, string.Join(" | ", shell.Streams.Error.Select(e => e.ToString())));
            Assert.Equal(7, output.Count);
            Assert.All(output, o => Assert.Equal(SaeChangeOrderStatus.Succeeded, ((SaeChangeOrder)o.BaseObject).Status));
        }
    }

    [Fact]
    public async Task TwoRunspacesConnectedApart_WorkAtTheSameTime_WithoutCrossingKeysOrEndpoints()
    {
        await using EmulatorTestHost first = await EmulatorTestHost.StartAsync(null, SeedLoader.Parse(Seed(6)), new ManualClock(DateTimeOffset.UtcNow));
        await using EmulatorTestHost second = await EmulatorTestHost.StartAsync(new EmulatorOptions { AccessKeyId = "LTAI5tSecondEmulatorKey", AccessKeySecret = "SecondEmulatorSecret" }, SeedLoader.Parse(Seed(6)), new ManualClock(DateTimeOffset.UtcNow));

        Task<(int Output, string[] Errors)> Run(Uri endpoint, string keyId, string secret) => Task.Run(() =>
        {
            using PowerShell shell = CmdletHost.Create();
            shell.AddScript("""
                Connect-SaeAccount -AccessKeyId $args[1] -AccessKeySecret (ConvertTo-SecureString $args[2] -AsPlainText -Force) -Endpoint $args[0] | Out-Null
                Get-SaeApplication -RegionId cn-hangzhou | Stop-SaeApplication -ThrottleLimit 2 -MaximumRetryCount 0
                foreach ($round in 1..10) { Get-SaeApplication -RegionId cn-hangzhou }
                """).AddArgument(endpoint).AddArgument(keyId).AddArgument(secret);
            var output = shell.Invoke();
            return (output.Count, shell.Streams.Error.Select(e => e.ToString()).ToArray());
        });

        var results = await WithDecoyEndpoint(() => Task.WhenAll(
            Run(first.BaseAddress, CmdletHost.AccessKeyId, CmdletHost.AccessKeySecret),
            Run(second.BaseAddress, "LTAI5tSecondEmulatorKey", "SecondEmulatorSecret")));

        Assert.All(results, r => Assert.Empty(r.Errors));
        Assert.All(results, r => Assert.Equal(6 + (10 * 12), r.Output));
        foreach ((EmulatorTestHost host, string key) in new[] { (first, CmdletHost.AccessKeyId), (second, "LTAI5tSecondEmulatorKey") })
        {
            JsonElement[] log = await host.GetRequestLogAsync();
            Assert.Equal(6, log.Count(r => r.GetProperty("api").GetString() == "BatchStopApplications"));
            Assert.All(log, r => Assert.Equal(key, r.GetProperty("accessKeyId").GetString()));
        }
    }
}
