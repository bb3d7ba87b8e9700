using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SaePowerShell.Emulator;
using SaePowerShell.Emulator.Seed;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// Snapshots through the admin API: <c>GET /_emulator/snapshot</c> is the world, <c>PUT</c> puts one back,
/// <c>POST /_emulator/snapshot/save</c> writes it to a file, <c>--snapshot</c> starts from one. A restored world is the
/// same world: every answer is the same, and what was in flight goes on from where it was.
/// </summary>
public sealed class WorldSnapshotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sae-snapshot-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ARestoredWorld_IsTheSameWorld_EveryAnswerAlike_AndWhatWasInFlightGoesOn()
    {
        await using EmulatorTestHost original = await StartAsync();
        (string deploy, string aborted, long configMapId) = await BuildAWorldAsync(original);
        string snapshot = await SnapshotAsync(original);

        // Another emulator whose clock stands where the first one's does, its own world replaced by the snapshot.
        await using EmulatorTestHost copy = await StartAsync();
        copy.Clock.Advance(original.Clock.GetUtcNow() - copy.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.NoContent, (await PutSnapshotAsync(copy, snapshot)).StatusCode);

        Assert.Equal(snapshot, await SnapshotAsync(copy));
        Assert.Equal((await original.GetStateAsync()).GetRawText(), (await copy.GetStateAsync()).GetRawText());
        foreach (Func<SaeRequest> read in Reads(deploy, aborted, configMapId, await original.InstanceIdsAsync(Web), PipelineId(await original.DescribeChangeOrderAsync(deploy), 0)))
        {
            Assert.Equal(Comparable(await original.CallAsync(read())), Comparable(await copy.CallAsync(read())));
        }

        // The deploy waits for its second batch in both; confirmed, it finishes the same way in both.
        foreach (EmulatorTestHost host in new[] { original, copy })
        {
            JsonElement order = await host.DescribeChangeOrderAsync(deploy);
            Assert.Equal(8, order.GetProperty("Status").GetInt32());
            await host.CallAsync(AppApi.ConfirmPipelineBatch(PipelineId(order, 1), confirm: true));
            host.Pass();
            Assert.Equal(2, await host.OrderStatusAsync(deploy));
        }

        JsonElement[] apps = await Task.WhenAll(new[] { original, copy }.Select(async h => h.FindApp(await h.GetStateAsync(), Web)));
        Assert.Equal(
            (apps[0].GetProperty("imageUrl").GetString(), apps[0].GetProperty("instanceIds").GetArrayLength(), apps[0].GetProperty("currentVersionId").GetString()),
            (apps[1].GetProperty("imageUrl").GetString(), apps[1].GetProperty("instanceIds").GetArrayLength(), apps[1].GetProperty("currentVersionId").GetString()));
        Assert.Equal(NewImage, apps[1].GetProperty("imageUrl").GetString());

        // And the counters: the next config map id and container address come after the saved ones in both.
        long[] next = await Task.WhenAll(new[] { original, copy }.Select(async h =>
            (await h.CallAsync(SaeRequest.CreateConfigMap("next", Namespace, "{}"))).GetProperty("ConfigMapId").GetInt64()));
        Assert.Equal([configMapId + 1, configMapId + 1], next);
        long[] nextSecret = await Task.WhenAll(new[] { original, copy }.Select(async h =>
            (await h.CallAsync(SaeRequest.CreateSecret("next", Namespace, """{"k":"dg=="}"""))).GetProperty("SecretId").GetInt64()));
        Assert.Equal([SecretId + 1, SecretId + 1], nextSecret);
    }

    [Fact]
    public async Task TimesMoveWithTheClock_AChangeOrderRestoredLaterHasTheTimeItHadLeft()
    {
        await using EmulatorTestHost original = await StartAsync();
        string order = await original.OrderAsync(AppApi.Rescale(Idle, 3));
        original.Pass(0.5);
        string snapshot = await SnapshotAsync(original);
        DateTimeOffset createdThen = SavedTime(snapshot, "changeOrders", 0, "createdAt");
        DateTimeOffset savedAt = JsonDocument.Parse(snapshot).RootElement.GetProperty("savedAt").GetDateTimeOffset();

        await using EmulatorTestHost later = await StartAsync();
        later.Clock.Advance(TimeSpan.FromDays(2));
        await PutSnapshotAsync(later, snapshot);

        Assert.Equal(1, await later.OrderStatusAsync(order));
        Assert.Equal(later.Clock.GetUtcNow() - savedAt, SavedTime(await SnapshotAsync(later), "changeOrders", 0, "createdAt") - createdThen);
        later.Pass(0.49);
        Assert.Equal(1, await later.OrderStatusAsync(order));
        later.Pass(0.01);
        Assert.Equal(2, await later.OrderStatusAsync(order));
    }

    [Fact]
    public async Task SaveToAPath_WritesTheSnapshotThere_WhichRestoresTheWorld()
    {
        await using EmulatorTestHost host = await StartAsync();
        string order = await host.OrderAsync(AppApi.Rescale(Idle, 3));
        string path = Path.Combine(_folder, "fixture.json");

        HttpResponseMessage saved = await host.Http.PostAsJsonAsync("_emulator/snapshot/save", new { path });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(path, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("path").GetString());
        Assert.Equal(await SnapshotAsync(host), await File.ReadAllTextAsync(path));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.PostAsJsonAsync("_emulator/snapshot/save", new { path })).StatusCode);

        await host.Http.PostAsync("_emulator/reset", null);
        Assert.Empty(await host.ChangeOrderIdsAsync());
        await PutSnapshotAsync(host, await File.ReadAllTextAsync(path));
        Assert.Equal([order], await host.ChangeOrderIdsAsync());
    }

    [Fact]
    public async Task SaveToAPath_RefusesPlacesThatAreNotItsOwn_AndLeavesThemAlone()
    {
        await using EmulatorTestHost host = await StartAsync();
        string other = Path.Combine(_folder, "notes.json");
        await File.WriteAllTextAsync(other, """{ "mine": true }""");

        foreach ((string? path, string problem) in new (string?, string)[]
        {
            ("relative.json", "must be absolute"),
            (null, "must be absolute"),
            (Path.Combine(_folder, "world.txt"), "must end in .json"),
            (Path.Combine(_folder, "missing", "world.json"), "does not exist"),
            (other, "is not an emulator world"),
        })
        {
            HttpResponseMessage response = await host.Http.PostAsJsonAsync("_emulator/snapshot/save", new { path });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(problem, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("""{ "mine": true }""", await File.ReadAllTextAsync(other));
        Assert.Equal(["notes.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ADamagedOrNewerSnapshot_Is400_AndTheWorldStaysAsItWas()
    {
        await using EmulatorTestHost host = await StartAsync();
        string order = await host.OrderAsync(AppApi.Rescale(Idle, 3));
        string good = await SnapshotAsync(host);

        foreach ((string body, string problem) in new[]
        {
            (good[..(good.Length / 2)], "The snapshot is not JSON"),
            (good.Replace("\"formatVersion\": 1", "\"formatVersion\": 7", StringComparison.Ordinal), "format version 7, written by a newer emulator"),
            (good.Replace($"\"heldByChangeOrderId\": \"{order}\"", "\"heldByChangeOrderId\": \"gone\"", StringComparison.Ordinal), "refers to the change order gone, which is not in the world"),
            (Seed, "is not an emulator world"),
        })
        {
            HttpResponseMessage response = await PutSnapshotAsync(host, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(problem, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(good, await SnapshotAsync(host));
    }

    [Fact]
    public async Task StartingFromASnapshot_ResetGoesBackToIt()
    {
        string path = Path.Combine(_folder, "start.json");
        string order;
        await using (EmulatorTestHost source = await StartAsync())
        {
            order = await source.OrderAsync(AppApi.Rescale(Idle, 3));
            await source.Http.PostAsJsonAsync("_emulator/snapshot/save", new { path });
        }

        string written = await File.ReadAllTextAsync(path);
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(EmulatorOptions.Parse(["--snapshot", path]));
        Assert.Equal([order], await host.ChangeOrderIdsAsync());
        await host.OrderAsync(AppApi.Rescale(Web, 1));
        Assert.Equal(2, (await host.ChangeOrderIdsAsync()).Length);

        await host.Http.PostAsync("_emulator/reset", null);

        Assert.Equal([order], await host.ChangeOrderIdsAsync());
        Assert.Equal(written, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public void ABadStartingSnapshot_StopsTheStart_NamingItsPath()
    {
        string path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, "[]");

        var e = Assert.Throws<EmulatorOptionsException>(() => EmulatorApp.Create(EmulatorOptions.Parse(["--snapshot", path])));

        Assert.Contains($"The snapshot '{path}' is not an emulator world", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A world with something of everything: a deploy waiting for its second batch, an aborted start, a failed
    /// restart (events and a back-off), a finished rescale, a config map, a secret, a tag, a started web application.
    /// </summary>
    /// <summary>The one secret of the built world: the first id of a fresh one.</summary>
    private const long SecretId = 1;

    private static async Task<(string Deploy, string Aborted, long ConfigMapId)> BuildAWorldAsync(EmulatorTestHost host)
    {
        string deploy = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "manual")));
        string aborted = await host.StartApplicationsAsync(Namespace, Idle);
        host.Pass(0.25);
        await host.CallAsync(AppApi.Abort(aborted));
        await host.RestartApplicationsAsync(Namespace, Broken);
        host.Pass();
        await host.OrderAsync(AppApi.Rescale(Idle, 4));
        host.Pass();
        long configMapId = (await host.CallAsync(SaeRequest.CreateConfigMap("settings", Namespace, """{"k":"v"}"""))).GetProperty("ConfigMapId").GetInt64();
        Assert.Equal(SecretId, (await host.CallAsync(SaeRequest.CreateSecret("db", Namespace, """{"password":"czNjcjN0"}"""))).GetProperty("SecretId").GetInt64());
        await host.CallAsync(SaeRequest.CreateScalingRule(Web, "weekend", "timing", """{"period":"* * Sat,Sun","schedules":[{"atTime":"00:00","targetReplicas":1}]}"""));
        await host.CallAsync(SaeRequest.CreateScalingRule(Web, "cpu", "metric", metric: """{"minReplicas":1,"maxReplicas":4,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":70}],"scaleDownRules":{"step":1,"disabled":false,"stabilizationWindowSeconds":300}}"""));
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SaeRequest.SwitchScalingRule(Web, "cpu", enable: false))).Status);
        await host.CallAsync(SaeRequest.TagApplications([Web, Idle], [("team", "shop")]));
        await host.CallAsync(SaeRequest.CreateNamespace("cn-hangzhou:made", "made", ("NamespaceDescription", "kept"), ("EnableMicroRegistration", "false")));
        await host.CallAsync(SaeRequest.StartWebApplication("web-1", Namespace));
        host.Pass(0.1);
        return (deploy, aborted, configMapId);
    }

    private static IEnumerable<Func<SaeRequest>> Reads(string deploy, string aborted, long configMapId, string[] webInstances, string pipelineId) =>
    [
        () => SaeRequest.ListApplications(("NamespaceId", Namespace), ("PageSize", "100")),
        () => SaeRequest.DescribeChangeOrder(deploy),
        () => SaeRequest.DescribeChangeOrder(aborted),
        () => SaeRequest.ListChangeOrders(("AppId", Broken)),
        () => SaeRequest.ListNamespaceChangeOrders(("NamespaceId", Namespace)),
        () => SaeRequest.DescribeApplicationStatus(Web),
        () => SaeRequest.DescribeConfigMap(configMapId),
        () => SaeRequest.ListSecrets(Namespace),
        () => SaeRequest.DescribeSecret(Namespace, SecretId),
        () => SaeRequest.DescribeNamespace("cn-hangzhou:made"),
        () => SaeRequest.DescribeScalingRules(Web),
        () => SaeRequest.DescribeScalingRule(Web, "cpu"),
        () => SaeRequest.DescribeWebApplication("web-1", Namespace),
        () => AppApi.ListAppVersions(Web),
        () => AppApi.DescribeConfig(Web),
        () => AppApi.ListAppEvents(Namespace, ("PageSize", "100")),
        () => AppApi.DescribeInstanceLog(webInstances[0]),
        () => AppApi.DescribePipeline(pipelineId),
    ];

    private static string Comparable(JsonElement data) => data.GetRawText();

    private static DateTimeOffset SavedTime(string snapshot, string list, int index, string member) =>
        JsonDocument.Parse(snapshot).RootElement.GetProperty(list)[index].GetProperty(member).GetDateTimeOffset();

    private static async Task<string> SnapshotAsync(EmulatorTestHost host)
    {
        HttpResponseMessage response = await host.Http.GetAsync("_emulator/snapshot");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> PutSnapshotAsync(EmulatorTestHost host, string json) =>
        host.Http.PutAsync("_emulator/snapshot", new StringContent(json, Encoding.UTF8, "application/json"));

    // AppWorld's seed with a v2 web application in its namespace.
    private static readonly string WorldSeed = Seed.Replace(
        "\"namespaces\": [",
        "\"webApplications\": [ { \"applicationId\": \"web-1\", \"applicationName\": \"web-one\", \"namespaceId\": \"cn-hangzhou:apps\" } ], \"namespaces\": [",
        StringComparison.Ordinal);

    private static Task<EmulatorTestHost> StartAsync() => EmulatorTestHost.StartAsync(null, SeedLoader.Parse(WorldSeed));
}
