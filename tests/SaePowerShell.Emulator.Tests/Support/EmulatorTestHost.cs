using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SaePowerShell.Emulator;
using SaePowerShell.Emulator.Seed;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>The answer to one request: status and parsed JSON body.</summary>
internal sealed record SaeReply(HttpStatusCode Status, JsonElement Body)
{
    /// <summary>The error code whichever shape the body has: gateway errors carry it in Code, SAE errors in ErrorCode.</summary>
    public string? ErrorCode => Body.TryGetProperty("ErrorCode", out JsonElement e) ? e.GetString()
        : Body.TryGetProperty("Code", out JsonElement c) && c.ValueKind == JsonValueKind.String && c.GetString() != "200" ? c.GetString() : null;

    public string Message => Body.GetProperty("Message").GetString()!;

    public JsonElement Data => Body.GetProperty("Data");
}

/// <summary>An answer whatever its shape: status, content type, declared length and the body bytes.</summary>
internal sealed record RawReply(HttpStatusCode Status, string? MediaType, long? ContentLength, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// An emulator running in-process on 127.0.0.1, a free port and a <see cref="ManualClock"/>, with a client that
/// talks real HTTP to it (and sends <see cref="AdminHeader"/> on every request). One per test: they start in well under a second and share nothing.
/// </summary>
internal sealed class EmulatorTestHost : IAsyncDisposable
{
    /// <summary>The header that marks an admin request as not a browser's cross-site one.</summary>
    public const string AdminHeader = "X-Sae-Emulator";

    private EmulatorTestHost(EmulatorApp app, ManualClock clock)
    {
        App = app;
        Clock = clock;
        BaseAddress = new Uri(app.BaseUrl + "/");
        Http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = BaseAddress };

        // As Invoke-EmulatorAdmin sends it: the emulator refuses state-changing admin requests without it (or a JSON
        // body). No signature covers it, so the SAE and STS requests sent through this client are unaffected.
        Http.DefaultRequestHeaders.Add(AdminHeader, "1");
    }

    public EmulatorApp App { get; }

    public ManualClock Clock { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public static async Task<EmulatorTestHost> StartAsync(EmulatorOptions? options = null, SeedDocument? seed = null, ManualClock? clock = null)
    {
        clock ??= new ManualClock();
        EmulatorApp app = EmulatorApp.Create(options ?? new EmulatorOptions(), clock, seed);
        await app.StartAsync();
        return new EmulatorTestHost(app, clock);
    }

    public static Task<EmulatorTestHost> StartAsync(string seedJson, EmulatorOptions? options = null) =>
        StartAsync(options, SeedLoader.Parse(seedJson));

    public async Task<SaeReply> SendAsync(SaeRequest request)
    {
        using HttpRequestMessage message = request.Build(BaseAddress, Clock.GetUtcNow());
        using HttpResponseMessage response = await Http.SendAsync(message);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        string text = await response.Content.ReadAsStringAsync();
        return new SaeReply(response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Sends and insists on success, returning Data.</summary>
    public async Task<JsonElement> CallAsync(SaeRequest request)
    {
        SaeReply reply = await SendAsync(request);
        Assert.True(reply.Status == HttpStatusCode.OK, $"Expected success, got {(int)reply.Status}: {reply.Body}");
        return reply.Data;
    }

    public Task<string> StartApplicationsAsync(string namespaceId, params string[] appIds) =>
        RunBatchAsync("BatchStartApplications", namespaceId, appIds);

    public Task<string> StopApplicationsAsync(string namespaceId, params string[] appIds) =>
        RunBatchAsync("BatchStopApplications", namespaceId, appIds);

    public Task<string> RestartApplicationsAsync(string namespaceId, params string[] appIds) =>
        RunBatchAsync("BatchRestartApplications", namespaceId, appIds);

    /// <summary>Calls a batch API (no AppIds when none are given: the whole namespace) and returns the change order id.</summary>
    public async Task<string> RunBatchAsync(string api, string namespaceId, params string[] appIds)
    {
        SaeRequest request = SaeRequest.Batch(api, ("NamespaceId", namespaceId));
        if (appIds.Length > 0)
        {
            request.With(("AppIds", string.Join(",", appIds)));
        }

        return (await CallAsync(request)).GetProperty("ChangeOrderId").GetString()!;
    }

    public async Task<JsonElement> DescribeChangeOrderAsync(string changeOrderId) => await CallAsync(SaeRequest.DescribeChangeOrder(changeOrderId));

    /// <summary>The admin state's status and runningInstances of one application.</summary>
    public async Task<(string Status, int RunningInstances)> AppStateAsync(string appId)
    {
        JsonElement app = FindApp(await GetStateAsync(), appId);
        return (app.GetProperty("status").GetString()!, app.GetProperty("runningInstances").GetInt32());
    }

    public async Task<JsonElement> GetStateAsync() => await Http.GetFromJsonAsync<JsonElement>("_emulator/state");

    public async Task<JsonElement[]> GetRequestLogAsync() => (await Http.GetFromJsonAsync<JsonElement[]>("_emulator/requests"))!;

    public JsonElement FindApp(JsonElement state, string appId) =>
        state.GetProperty("applications").EnumerateArray().Single(a => a.GetProperty("appId").GetString() == appId);

    public async Task<HttpResponseMessage> PutSeedAsync(string json) =>
        await Http.PutAsync("_emulator/seed", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Replaces the fault plan, insisting on 204.</summary>
    public async Task PutFaultsAsync(string json)
    {
        HttpResponseMessage response = await TryPutFaultsAsync(json);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"PUT /_emulator/faults answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<HttpResponseMessage> TryPutFaultsAsync(string json) =>
        await Http.PutAsync("_emulator/faults", new StringContent(json, Encoding.UTF8, "application/json"));

    public async Task<JsonElement> GetFaultsAsync() => await Http.GetFromJsonAsync<JsonElement>("_emulator/faults");

    /// <summary>
    /// Sends on a connection of its own and returns the raw answer (any content type, any body), or throws the
    /// HttpRequestException of a dropped connection. A connection of its own, because SocketsHttpHandler silently
    /// resends a request once when a pooled connection closes cleanly before any response byte; the emulator's resets
    /// are aborts (RST), which it does not resend, but a test of a reset should not depend on that detail.
    /// </summary>
    public async Task<RawReply> SendRawAsync(SaeRequest request)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using HttpRequestMessage message = request.Build(BaseAddress, Clock.GetUtcNow());
        using HttpResponseMessage response = await http.SendAsync(message);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        return new RawReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentLength, body);
    }

    /// <summary>The ids of the change orders the admin state knows, oldest first.</summary>
    public async Task<string[]> ChangeOrderIdsAsync() =>
        (await GetStateAsync()).GetProperty("changeOrders").EnumerateArray().Select(o => o.GetProperty("changeOrderId").GetString()!).ToArray();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
    }
}
