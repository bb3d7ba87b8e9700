using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// <c>--state-file</c>: the world outlives the process. Written atomically on every change (or only at shutdown),
/// read back at start as the same world, and a file the emulator cannot trust stops the start instead of becoming an
/// empty world.
/// </summary>
public sealed class StateFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sae-state-test-").FullName;

    private string StatePath => Path.Combine(_folder, "world.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task OnChange_TheFileIsWrittenAtStart_AndAfterEveryChange_AndANewEmulatorGoesOnWithTheSameWorld()
    {
        var clock = new ManualClock();
        string order, configMapId;
        await using (EmulatorTestHost first = await StartAsync(clock))
        {
            Assert.True(File.Exists(StatePath), "the starting world is written at once");
            string atStart = await File.ReadAllTextAsync(StatePath);

            order = await first.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "auto")));
            configMapId = (await first.CallAsync(SaeRequest.CreateConfigMap("settings", Namespace, """{"k":"v"}"""))).GetProperty("ConfigMapId").ToString();
            Assert.NotEqual(atStart, await File.ReadAllTextAsync(StatePath));

            // Half the first batch has passed when the world is last written: the deploy is in flight.
            first.Pass(0.25);
            await first.CallAsync(SaeRequest.TagApplications([Idle], [("team", "shop")]));
            Assert.DoesNotContain(Directory.GetFiles(_folder), f => f != StatePath);
        }

        // An hour later, another process: the deploy still has the rest of its time to go.
        clock.Advance(TimeSpan.FromHours(1));
        await using EmulatorTestHost second = await StartAsync(clock);

        Assert.Equal(1, await second.OrderStatusAsync(order));
        Assert.Equal("v", (await second.CallAsync(SaeRequest.DescribeConfigMap(long.Parse(configMapId)))).GetProperty("Data").GetProperty("k").GetString());
        JsonElement idle = (await second.CallAsync(SaeRequest.ListApplications(("NamespaceId", Namespace)))).GetProperty("Applications").EnumerateArray().Single(a => a.GetProperty("AppId").GetString() == Idle);
        Assert.Equal("shop", idle.GetProperty("Tags")[0].GetProperty("Value").GetString());

        second.Pass(0.75);
        Assert.Equal(2, await second.OrderStatusAsync(order));
        Assert.Equal(NewImage, second.FindApp(await second.GetStateAsync(), Web).GetProperty("imageUrl").GetString());
        Assert.Equal([order], second.FindApp(await second.GetStateAsync(), Web).GetProperty("deployedBy").EnumerateArray().Select(e => e.GetString()));

        // The id counter came back too: the next config map is the next number, not 1 again.
        long next = (await second.CallAsync(SaeRequest.CreateConfigMap("more", Namespace, "{}"))).GetProperty("ConfigMapId").GetInt64();
        Assert.Equal(long.Parse(configMapId) + 1, next);
    }

    [Fact]
    public async Task OnShutdown_NothingIsWrittenUntilTheEmulatorStops()
    {
        var clock = new ManualClock();
        string order;
        await using (EmulatorTestHost first = await StartAsync(clock, "on-shutdown"))
        {
            order = await first.OrderAsync(AppApi.Rescale(Web, 3));
            Assert.False(File.Exists(StatePath));
        }

        Assert.True(File.Exists(StatePath));
        await using EmulatorTestHost second = await StartAsync(clock, "on-shutdown");
        Assert.Equal([order], (await second.ChangeOrderIdsAsync()).Intersect([order]));
    }

    [Fact]
    public async Task WithoutAFile_TheSeedIsTheStart_AndResetGoesBackToIt_AndIsWrittenToo()
    {
        await using EmulatorTestHost host = await StartAsync(new ManualClock());
        await host.OrderAsync(AppApi.Rescale(Web, 3));
        string changed = await File.ReadAllTextAsync(StatePath);

        Assert.Equal(HttpStatusCode.NoContent, (await host.Http.PostAsync("_emulator/reset", null)).StatusCode);

        Assert.Empty(await host.ChangeOrderIdsAsync());
        Assert.NotEqual(changed, await File.ReadAllTextAsync(StatePath));
        Assert.Empty(JsonDocument.Parse(await File.ReadAllTextAsync(StatePath)).RootElement.GetProperty("changeOrders").EnumerateArray());
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "", "is not JSON" },
        { """{ "format": "sae-emulator-world", "formatVersion": 1, "savedAt": "2026-03-01T08:00:00+00:00", "namespaces": [ """, "is not JSON" },
        { """{ "namespaces": [] }""", "is not an emulator world" },
        { """{ "format": "sae-emulator-world", "formatVersion": 2, "savedAt": "2026-03-01T08:00:00+00:00" }""", "format version 2, written by a newer emulator; this one reads version 1" },
        { """{ "format": "sae-emulator-world", "formatVersion": 1, "savedAt": "2026-03-01T08:00:00+00:00", "namspaces": [] }""", "is not a valid emulator world" },
        { """{ "format": "sae-emulator-world", "formatVersion": 1, "savedAt": "2026-03-01T08:00:00+00:00", "applications": [ { "appId": "a", "appName": "a", "namespaceId": "nowhere", "groupId": "g", "settings": { "replicas": 1, "cpu": 500, "memory": 1024, "envs": "[]", "timezone": "Asia/Shanghai", "minReadyInstances": 1, "minReadyInstanceRatio": -1, "batchWaitTime": 0, "updateStrategy": "" }, "versions": [], "currentVersionId": "v", "status": "STOPPED", "createdAt": "2026-03-01T08:00:00+00:00" } ] }""", "does not describe a possible world: the application a is in the unknown namespace nowhere" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task AFileItCannotTrust_StopsTheStart_NamingThePathAndTheProblem_AndIsLeftAlone(string content, string problem)
    {
        await File.WriteAllTextAsync(StatePath, content);

        var e = Assert.Throws<EmulatorOptionsException>(() => EmulatorApp.Create(Options()));

        Assert.Contains(StatePath, e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllTextAsync(StatePath));
    }

    [Fact]
    public void AMissingFolder_StopsTheStart()
    {
        var e = Assert.Throws<EmulatorOptionsException>(() => EmulatorApp.Create(new EmulatorOptions { StateFile = Path.Combine(_folder, "nope", "world.json") }));

        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandLine_ExitsWithCode2_OnADamagedStateFile()
    {
        await File.WriteAllTextAsync(StatePath, "{ not json");
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SaePowerShell.Emulator.dll"));
        info.ArgumentList.Add("--state-file");
        info.ArgumentList.Add(StatePath);
        using var emulator = System.Diagnostics.Process.Start(info)!;

        string stderr = await emulator.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await emulator.WaitForExitAsync();

        Assert.Equal(2, emulator.ExitCode);
        Assert.Contains($"The state file '{StatePath}' is not JSON", stderr, StringComparison.Ordinal);
        Assert.Equal("", (await emulator.StandardOutput.ReadToEndAsync()).Trim());
    }

    private EmulatorOptions Options(string? save = null) => EmulatorOptions.Parse(save is null ? ["--state-file", StatePath] : ["--state-file", StatePath, "--state-save", save]);

    private Task<EmulatorTestHost> StartAsync(ManualClock clock, string? save = null) =>
        EmulatorTestHost.StartAsync(Options(save), SaePowerShell.Emulator.Seed.SeedLoader.Parse(Seed), clock);
}
