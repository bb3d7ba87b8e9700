using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SaePowerShell.Emulator.Admin;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

public sealed class AdminEndpointTests
{
    [Fact]
    public async Task RequestLog_RecordsEverySaeRequest_InOrder_RejectedOnesWithTheirCode()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.StartApplicationsAsync("cn-hangzhou:demo", DemoOrderApi, DemoWebFrontend);
        await host.SendAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:billing"), ("AppIds", BillingInvoiceService)));
        await host.SendAsync(SaeRequest.ListApplications().WithScheme(SigningScheme.Roa).Configure(r => r.AccessKeySecret = "wrong"));
        await host.SendAsync(SaeRequest.DescribeApplicationStatus(DemoOrderApi).Configure(r => r.Path = "/nope"));

        JsonElement[] log = await host.GetRequestLogAsync();

        Assert.Equal([1, 2, 3, 4], log.Select(e => e.GetProperty("sequence").GetInt32()));
        JsonElement started = log[0];
        Assert.Equal("BatchStartApplications", started.GetProperty("api").GetString());
        Assert.Equal("PUT", started.GetProperty("method").GetString());
        Assert.Equal("/pop/v1/sam/app/batchStartApplications", started.GetProperty("path").GetString());
        Assert.Equal(200, started.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, started.GetProperty("code").ValueKind);
        Assert.Equal("cn-hangzhou:demo", started.GetProperty("namespaceId").GetString());
        Assert.Equal([DemoOrderApi, DemoWebFrontend], started.GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal($"{DemoOrderApi},{DemoWebFrontend}", started.GetProperty("query").GetProperty("AppIds").GetString());
        Assert.Equal("V3", started.GetProperty("signatureScheme").GetString());

        Assert.Equal((400, "user.indebt", "cn-hangzhou:billing"), (log[1].GetProperty("status").GetInt32(), log[1].GetProperty("code").GetString(), log[1].GetProperty("namespaceId").GetString()));
        Assert.Equal((400, "SignatureDoesNotMatch", "ROA"), (log[2].GetProperty("status").GetInt32(), log[2].GetProperty("code").GetString(), log[2].GetProperty("signatureScheme").GetString()));
        Assert.Equal(JsonValueKind.Null, log[2].GetProperty("namespaceId").ValueKind);
        Assert.Empty(log[2].GetProperty("appIds").EnumerateArray());
        Assert.Equal((404, "InvalidApi.NotFound"), (log[3].GetProperty("status").GetInt32(), log[3].GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, log[3].GetProperty("api").ValueKind);
        Assert.Equal([DemoOrderApi], log[3].GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task DeletingTheRequestLog_EmptiesIt_AndRestartsNumbering()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.CallAsync(SaeRequest.ListApplications());
        await host.CallAsync(SaeRequest.ListApplications());

        HttpResponseMessage deleted = await host.Http.DeleteAsync("_emulator/requests");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await host.GetRequestLogAsync());

        await host.CallAsync(SaeRequest.ListApplications());
        Assert.Equal(1, (await host.GetRequestLogAsync()).Single().GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task Reset_RestoresTheStartingSeed_ForgetsChangeOrdersNoncesAndTheLog()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.CallAsync(SaeRequest.ListApplications().Configure(r => r.Nonce = "reused-after-reset"));
        await host.StartApplicationsAsync("cn-hangzhou:demo");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("RUNNING", host.FindApp(await host.GetStateAsync(), DemoOrderApi).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await host.PutSeedAsync(ListApplicationsTests.SeedWithApps(2))).StatusCode);

        HttpResponseMessage reset = await host.Http.PostAsync("_emulator/reset", null);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        JsonElement state = await host.GetStateAsync();
        Assert.Equal(TotalApplications, state.GetProperty("applications").GetArrayLength());
        Assert.Empty(state.GetProperty("changeOrders").EnumerateArray());
        JsonElement app = host.FindApp(state, DemoOrderApi);
        Assert.Equal(("STOPPED", 0), (app.GetProperty("status").GetString(), app.GetProperty("runningInstances").GetInt32()));
        Assert.Empty(app.GetProperty("startedBy").EnumerateArray());
        Assert.Empty(await host.GetRequestLogAsync());
        await host.CallAsync(SaeRequest.ListApplications().Configure(r => r.Nonce = "reused-after-reset"));
    }

    [Fact]
    public async Task PuttingASeed_ReplacesTheWorld()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string seed = "{ \"namespaces\": [" + string.Join(",", Enumerable.Range(1, 50).Select(i => $"{{ \"namespaceId\": \"cn-hangzhou:ns{i:D2}\" }}")) + "], "
            + "\"applications\": [" + string.Join(",", Enumerable.Range(1, 50).Select(i => $"{{ \"appId\": \"app-{i:D2}\", \"appName\": \"web\", \"namespaceId\": \"cn-hangzhou:ns{i:D2}\", \"instances\": 2 }}")) + "] }";

        HttpResponseMessage put = await host.PutSeedAsync(seed);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        JsonElement state = await host.GetStateAsync();
        Assert.Equal(50, state.GetProperty("namespaces").GetArrayLength());
        Assert.Equal(50, state.GetProperty("applications").GetArrayLength());
        Assert.Equal("cn-hangzhou", state.GetProperty("namespaces")[49].GetProperty("regionId").GetString());
        SaeReply oldNamespace = await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")));
        Assert.Equal("InvalidNamespaceId.NotFound", oldNamespace.ErrorCode);
        await host.StartApplicationsAsync("cn-hangzhou:ns50");
        Assert.Equal(["app-50"], (await host.GetStateAsync()).GetProperty("changeOrders")[0].GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("not json", "not a valid seed")]
    [InlineData("""{ "namespaces": [], "applications": [ { "appId": "a", "appName": "a", "namespaceId": "cn-hangzhou:x" } ] }""", "cn-hangzhou:x")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n" }, { "namespaceId": "n" } ] }""", "appears twice")]
    [InlineData("""{ "namespaces": [ { "namespaceId": "n", "fault": "Throttling" } ] }""", "Throttling")]
    public async Task PuttingAnInvalidSeed_Is400_WithAMessage_AndKeepsTheWorld(string seed, string messagePart)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        HttpResponseMessage put = await host.PutSeedAsync(seed);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        JsonElement body = JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(messagePart, body.GetProperty("message").GetString());
        Assert.Equal(TotalApplications, (await host.GetStateAsync()).GetProperty("applications").GetArrayLength());
    }

    [Fact]
    public async Task AdminEndpoints_AnswerLoopbackCallers()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        HttpResponseMessage response = await host.Http.GetAsync("_emulator/state");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("10.0.0.7", 403)]
    [InlineData("192.168.1.20", 403)]
    [InlineData("::ffff:10.0.0.7", 403)]
    [InlineData("2001:db8::1", 403)]
    [InlineData(null, 403)]
    [InlineData("127.0.0.1", 200)]
    [InlineData("::1", 200)]
    [InlineData("::ffff:127.0.0.1", 200)]
    public async Task LoopbackGuard_RefusesEveryOtherCaller(string? remoteAddress, int expected)
    {
        // The server only binds loopback, so a remote caller cannot be produced over HTTP here; the filter is run directly.
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = remoteAddress is null ? null : IPAddress.Parse(remoteAddress);
        bool reachedEndpoint = false;

        object? result = await new LoopbackOnlyFilter().InvokeAsync(
            new DefaultEndpointFilterInvocationContext(context),
            _ =>
            {
                reachedEndpoint = true;
                return ValueTask.FromResult<object?>(Results.Ok());
            });

        Assert.Equal(expected == 200, reachedEndpoint);
        Assert.Equal(expected, Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode);
    }
}
