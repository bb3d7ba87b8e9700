using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The latency every SAE answer gets (<c>--latency-ms</c>, the seed's <c>latencyMs</c>) and a rule's own. It is
/// wall-clock time whatever clock the emulator was given, so only loose lower bounds are asserted, never an upper one.
/// </summary>
public sealed class LatencyTests
{
    [Fact]
    public async Task LatencyFromTheCommandLine_DelaysEverySaeAnswer_WithARealClock()
    {
        await using EmulatorApp app = EmulatorApp.Create(new EmulatorOptions { LatencyMs = 200 }, TimeProvider.System);
        await app.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var baseAddress = new Uri(app.BaseUrl + "/");

        foreach (SaeRequest request in new[] { SaeRequest.ListApplications(), SaeRequest.Custom("GET", "/pop/v1/sam/app/nope") })
        {
            var watch = Stopwatch.StartNew();
            using HttpResponseMessage response = await http.SendAsync(request.Build(baseAddress, DateTimeOffset.UtcNow));
            Assert.True(watch.ElapsedMilliseconds >= 190, $"{request.Path} answered after {watch.ElapsedMilliseconds} ms");
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        }

        JsonElement state = JsonDocument.Parse(await http.GetStringAsync(baseAddress + "_emulator/state")).RootElement;
        Assert.Equal(200, state.GetProperty("latencyMs").GetInt32());
    }

    [Fact]
    public async Task LatencyFromTheSeed_Applies_AndPuttingASeedOrResettingChangesIt()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync("""{ "latencyMs": 200, "namespaces": [ { "namespaceId": "cn-hangzhou:a" } ] }""");
        Assert.Equal(200, (await host.GetStateAsync()).GetProperty("latencyMs").GetInt32());

        var watch = Stopwatch.StartNew();
        await host.CallAsync(SaeRequest.ListApplications());
        Assert.True(watch.ElapsedMilliseconds >= 190, $"Answered after {watch.ElapsedMilliseconds} ms");

        Assert.Equal(HttpStatusCode.NoContent, (await host.PutSeedAsync("""{ "latencyMs": 10 }""")).StatusCode);
        Assert.Equal(10, (await host.GetStateAsync()).GetProperty("latencyMs").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await host.Http.PostAsync("_emulator/reset", null)).StatusCode);
        Assert.Equal(200, (await host.GetStateAsync()).GetProperty("latencyMs").GetInt32());
    }

    [Fact]
    public async Task TheCommandLine_WinsOverTheSeed()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(
            """{ "latencyMs": 60000, "namespaces": [ { "namespaceId": "cn-hangzhou:a" } ] }""", new EmulatorOptions { LatencyMs = 0 });

        Assert.Equal(0, (await host.GetStateAsync()).GetProperty("latencyMs").GetInt32());
        await host.CallAsync(SaeRequest.ListApplications());
        Assert.Equal(HttpStatusCode.NoContent, (await host.PutSeedAsync("""{ "latencyMs": 60000 }""")).StatusCode);
        Assert.Equal(0, (await host.GetStateAsync()).GetProperty("latencyMs").GetInt32());
    }

    [Fact]
    public async Task ARulesLatency_AddsToTheBaseLatency()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { LatencyMs = 150 });
        await host.PutFaultsAsync("""{ "faults": [ { "api": "ListApplications", "fault": "latency", "latencyMs": 150 } ] }""");

        var watch = Stopwatch.StartNew();
        await host.CallAsync(SaeRequest.ListApplications());

        Assert.True(watch.ElapsedMilliseconds >= 290, $"Answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task DelayedRequests_HoldUpNoOther()
    {
        // Ten requests wait out a rule's ten minutes (until the client gives up) while fifty others are answered: the
        // delay must not hold the world's lock, nor a place in a queue. (The minute only turns a hang into a failure.)
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "api": "ListApplications", "namespaceId": "cn-hangzhou:demo", "fault": "latency", "latencyMs": 600000 } ] }""");
        using var giveUp = new CancellationTokenSource();
        Task<HttpResponseMessage>[] held = [.. Enumerable.Range(0, 10).Select(_ =>
            host.Http.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")).Build(host.BaseAddress, host.Clock.GetUtcNow()), giveUp.Token))];

        SaeReply[] others = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:staging"))))).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.All(others, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.All(held, h => Assert.False(h.IsCompleted, "a request answered before its ten minutes"));
        giveUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.WhenAll(held));
    }
}
