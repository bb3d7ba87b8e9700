using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// Each fault kind as a client sees it on the wire, whether the call took effect (through the admin state), what the
/// request log records, and whether the request's nonce was used up.
/// </summary>
public sealed class FaultKindTests
{
    private const string Demo = "cn-hangzhou:demo";

    [Theory]
    [InlineData("Throttling", 400, "Request was denied due to request throttling.")]
    [InlineData("Throttling.User", 400, "Request was denied due to user flow control.")]
    [InlineData("Throttling.Api", 429, "Request was denied due to api flow control.")]
    [InlineData("ServiceUnavailable", 503, "The request has failed due to a temporary failure of the server.")]
    [InlineData("InternalError", 500, "The request processing has failed due to some unknown error, exception or failure.")]
    [InlineData("SignatureDoesNotMatch", 400, "Specified signature is not matched with our calculation. server string to sign is:(emulated fault)")]
    [InlineData("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found.")]
    [InlineData("InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired (emulated fault is more than 15 minutes from the server time).")]
    public async Task GatewayErrorCode_IsAnsweredInTheGatewayShape_WithItsStatus_AndStartsNothing(string code, int status, string message)
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("error:" + code);

        SaeReply reply = await host.SendAsync(StartOrderApi());

        Assert.Equal(status, (int)reply.Status);
        Assert.Equal(code, reply.Body.GetProperty("Code").GetString());
        Assert.Equal(message, reply.Message);
        Assert.Equal(host.BaseAddress.Authority, reply.Body.GetProperty("HostId").GetString());
        Assert.Equal($"https://next.api.aliyun.com/troubleshoot?q={code}&product=sae", reply.Body.GetProperty("Recommend").GetString());
        Assert.False(reply.Body.TryGetProperty("Success", out _));
        Assert.Empty(await host.ChangeOrderIdsAsync());
        await AssertLastLogEntry(host, status, code, "error:" + code);

        // The rule had a count of 1: the client's retry goes through, and it is the only start.
        string id = (await host.CallAsync(StartOrderApi())).GetProperty("ChangeOrderId").GetString()!;
        Assert.Equal([id], StartedBy(await host.GetStateAsync(), DemoOrderApi));
    }

    [Theory]
    [InlineData("System.Upgrading", 400, "The system is being upgraded. Please try again later.")]
    [InlineData("user.indebt", 400, "The user has an outstanding payment.")]
    [InlineData("Application.ChangerOrderRunning", 400, "An application change process is in progress. Please try again later.")]
    [InlineData("InvalidVpcId.NotFound", 404, "The specified VpcId does not exist.")]
    [InlineData("NoComputeResourceQuota.User.Exceed", 400, "The compute resource quota of the user is exceeded.")]
    public async Task SaeErrorCode_IsAnsweredInTheSaeEnvelope_WithItsStatus_AndStartsNothing(string code, int status, string message)
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("error:" + code);

        SaeReply reply = await host.SendAsync(StartOrderApi());

        Assert.Equal(status, (int)reply.Status);
        Assert.Equal(code, reply.Body.GetProperty("ErrorCode").GetString());
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), reply.Body.GetProperty("Code").GetString());
        Assert.Equal(message, reply.Message);
        Assert.False(reply.Body.GetProperty("Success").GetBoolean());
        Assert.Matches("^[0-9a-f]{32}$", reply.Body.GetProperty("TraceId").GetString());
        Assert.Equal(JsonValueKind.Null, reply.Data.ValueKind);
        Assert.Empty(await host.ChangeOrderIdsAsync());
        await AssertLastLogEntry(host, status, code, "error:" + code);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task HttpStatus_IsThatStatus_WithAnEmptyBody_AndStartsNothing(int status)
    {
        await using EmulatorTestHost host = await StartWithFaultAsync($"http:{status}");

        RawReply reply = await host.SendRawAsync(StartOrderApi());

        Assert.Equal(status, (int)reply.Status);
        Assert.Empty(reply.Body);
        Assert.Equal(0, reply.ContentLength);
        Assert.Null(reply.MediaType);
        Assert.Empty(await host.ChangeOrderIdsAsync());
        await AssertLastLogEntry(host, status, null, $"http:{status}");
    }

    [Fact]
    public async Task HtmlBody_IsA502HtmlPage_AndStartsNothing()
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("htmlBody");

        RawReply reply = await host.SendRawAsync(StartOrderApi());

        Assert.Equal(HttpStatusCode.BadGateway, reply.Status);
        Assert.Equal("text/html", reply.MediaType);
        Assert.Equal("<html><body><h1>502 Bad Gateway</h1></body></html>", reply.Text);
        Assert.Empty(await host.ChangeOrderIdsAsync());
        await AssertLastLogEntry(host, 502, null, "htmlBody");
    }

    [Fact]
    public async Task ResetBeforeEffect_DropsTheConnection_AndStartsNothing()
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("resetBeforeEffect");

        await Assert.ThrowsAsync<HttpRequestException>(() => host.SendRawAsync(StartOrderApi()));

        Assert.Empty(await host.ChangeOrderIdsAsync());
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(DemoOrderApi));
        await AssertLastLogEntry(host, 0, null, "resetBeforeEffect");
    }

    [Fact]
    public async Task ResetAfterEffect_DropsTheConnection_AfterTheStartHappened()
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("resetAfterEffect");
        SaeRequest start = StartOrderApi().Configure(r => r.Nonce = "reset-after-effect");

        await Assert.ThrowsAsync<HttpRequestException>(() => host.SendRawAsync(start));

        // The client heard nothing, but the change order exists and the application is starting.
        JsonElement state = await host.GetStateAsync();
        string id = Assert.Single(await host.ChangeOrderIdsAsync());
        Assert.Equal([id], StartedBy(state, DemoOrderApi));
        Assert.Equal([DemoOrderApi], state.GetProperty("changeOrders")[0].GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
        await AssertLastLogEntry(host, 0, null, "resetAfterEffect");

        // An honest retry (new nonce) is told a change is running; the status API shows which one.
        SaeReply retry = await host.SendAsync(StartOrderApi());
        Assert.Equal("Application.ChangerOrderRunning", retry.ErrorCode);
        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(DemoOrderApi));
        Assert.Equal((id, true), (status.GetProperty("LastChangeOrderId").GetString(), status.GetProperty("LastChangeOrderRunning").GetBoolean()));

        host.Clock.Advance(TimeSpan.FromMilliseconds(1500));
        Assert.Equal(("RUNNING", 3), await host.AppStateAsync(DemoOrderApi));
        Assert.Equal([id], StartedBy(await host.GetStateAsync(), DemoOrderApi));
    }

    [Fact]
    public async Task ResetAfterEffect_OnAFailingCall_StillDropsTheConnection_AndTheLogKeepsTheCode()
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("resetAfterEffect");

        await Assert.ThrowsAsync<HttpRequestException>(() => host.SendRawAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:billing"))));

        Assert.Empty(await host.ChangeOrderIdsAsync());
        await AssertLastLogEntry(host, 0, "user.indebt", "resetAfterEffect");
    }

    [Fact]
    public async Task TruncatedBody_Is200WithTheFirstHalfOfTheRealBody_AfterTheStartHappened()
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("truncatedBody");

        RawReply reply = await host.SendRawAsync(StartOrderApi());

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("application/json", reply.MediaType);
        Assert.Equal(reply.Body.Length, reply.ContentLength);
        Assert.StartsWith("{\"RequestId\":\"", reply.Text);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(reply.Body));

        // The full body is {RequestId, Code, Message, Success, TraceId, Data: {ChangeOrderId}}: its length is known.
        string id = Assert.Single(await host.ChangeOrderIdsAsync());
        int fullLength = Encoding.UTF8.GetByteCount(
            $"{{\"RequestId\":\"{Guid.Empty}\",\"Code\":\"200\",\"Message\":\"success\",\"Success\":true,\"TraceId\":\"{Guid.Empty:N}\",\"Data\":{{\"ChangeOrderId\":\"{id}\"}}}}");
        Assert.Equal(fullLength / 2, reply.Body.Length);
        Assert.Equal([id], StartedBy(await host.GetStateAsync(), DemoOrderApi));
        await AssertLastLogEntry(host, 200, null, "truncatedBody");
    }

    [Fact]
    public async Task WrongClock_IsInvalidTimeStampExpired_AndStartsNothing()
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("wrongClock");

        SaeReply reply = await host.SendAsync(StartOrderApi());

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidTimeStamp.Expired"), (reply.Status, reply.Body.GetProperty("Code").GetString()));
        Assert.Contains("x-acs-date", reply.Message);
        Assert.Empty(await host.ChangeOrderIdsAsync());
        await AssertLastLogEntry(host, 400, "InvalidTimeStamp.Expired", "wrongClock");
    }

    [Fact]
    public async Task WrongClock_JudgesTheTimestamp_AsIfTheServerWere20MinutesAhead()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "api": "ListApplications", "fault": "wrongClock" } ] }""");
        SaeRequest Signed(int minutesAhead) => SaeRequest.ListApplications().Configure(r => r.SignedAt = host.Clock.GetUtcNow().AddMinutes(minutesAhead));

        Assert.Equal("InvalidTimeStamp.Expired", (await host.SendAsync(Signed(4))).ErrorCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Signed(6))).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Signed(34))).Status);
        Assert.Equal("InvalidTimeStamp.Expired", (await host.SendAsync(Signed(36))).ErrorCode);

        // Another API is judged by the true clock.
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SaeRequest.DescribeNamespaceList())).Status);
    }

    [Fact]
    public async Task Latency_OnlyDelays_ThenAnswersNormally()
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("latency", latencyMs: 300);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        string id = (await host.CallAsync(StartOrderApi())).GetProperty("ChangeOrderId").GetString()!;

        Assert.True(watch.ElapsedMilliseconds >= 280, $"Answered after {watch.ElapsedMilliseconds} ms");
        Assert.Equal([id], StartedBy(await host.GetStateAsync(), DemoOrderApi));
        await AssertLastLogEntry(host, 200, null, "latency");
    }

    [Theory]
    [InlineData("resetBeforeEffect")]
    [InlineData("htmlBody")]
    [InlineData("error:Throttling.User")]
    public async Task ARulesLatency_DelaysTheFaultToo(string fault)
    {
        await using EmulatorTestHost host = await StartWithFaultAsync(fault, latencyMs: 300);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        try
        {
            await host.SendRawAsync(StartOrderApi());
        }
        catch (HttpRequestException)
        {
            // resetBeforeEffect: the drop itself is what is being timed.
        }

        Assert.True(watch.ElapsedMilliseconds >= 280, $"The fault came after {watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("error:Throttling.User")]
    [InlineData("error:System.Upgrading")]
    [InlineData("http:503")]
    [InlineData("htmlBody")]
    [InlineData("resetBeforeEffect")]
    [InlineData("wrongClock")]
    public async Task AFaultWithoutEffect_DoesNotUseUpTheNonce(string fault)
    {
        await using EmulatorTestHost host = await StartWithFaultAsync(fault);
        SaeRequest Start() => StartOrderApi().Configure(r => r.Nonce = "nonce-of-a-faulted-request");
        try
        {
            await host.SendRawAsync(Start());
        }
        catch (HttpRequestException)
        {
            // resetBeforeEffect.
        }

        // Even the very same request, nonce and all, is accepted afterwards: the gateway never saw the first one.
        RawReply again = await host.SendRawAsync(Start());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Single(await host.ChangeOrderIdsAsync());
    }

    [Theory]
    [InlineData("resetAfterEffect")]
    [InlineData("truncatedBody")]
    [InlineData("latency")]
    public async Task AFaultAfterTheEffect_UsesUpTheNonce(string fault)
    {
        await using EmulatorTestHost host = await StartWithFaultAsync(fault);
        SaeRequest Start() => StartOrderApi().Configure(r => r.Nonce = "nonce-of-a-served-request");
        try
        {
            await host.SendRawAsync(Start());
        }
        catch (HttpRequestException)
        {
            // resetAfterEffect.
        }

        SaeReply replayed = await host.SendAsync(Start());

        Assert.Equal((HttpStatusCode.BadRequest, "SignatureNonceUsed"), (replayed.Status, replayed.ErrorCode));
        Assert.Single(await host.ChangeOrderIdsAsync());
    }

    [Fact]
    public async Task AFaultWithoutEffect_AnswersEvenABadlySignedRequest_BecauseItComesFirst()
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("error:Throttling.User");

        SaeReply reply = await host.SendAsync(StartOrderApi().Configure(r => r.AccessKeySecret = "wrong"));

        Assert.Equal("Throttling.User", reply.ErrorCode);
        JsonElement entry = (await host.GetRequestLogAsync()).Last();
        Assert.Equal(("V3", "LTAI5tSaeEmulatorKey"), (entry.GetProperty("signatureScheme").GetString(), entry.GetProperty("accessKeyId").GetString()));
    }

    [Fact]
    public async Task ResetAfterEffect_OnABadlySignedRequest_DropsTheConnection_WithoutEffect()
    {
        await using EmulatorTestHost host = await StartWithFaultAsync("resetAfterEffect");

        await Assert.ThrowsAsync<HttpRequestException>(() => host.SendRawAsync(StartOrderApi().Configure(r => r.AccessKeySecret = "wrong")));

        Assert.Empty(await host.ChangeOrderIdsAsync());
        await AssertLastLogEntry(host, 0, "SignatureDoesNotMatch", "resetAfterEffect");
    }

    private static SaeRequest StartOrderApi() => SaeRequest.BatchStart(("NamespaceId", Demo), ("AppIds", DemoOrderApi));

    /// <summary>The default seed with one rule: the first BatchStartApplications gets <paramref name="fault"/>.</summary>
    private static async Task<EmulatorTestHost> StartWithFaultAsync(string fault, int latencyMs = 0)
    {
        EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync($$"""{ "faults": [ { "api": "BatchStartApplications", "count": 1, "fault": "{{fault}}", "latencyMs": {{latencyMs}} } ] }""");
        return host;
    }

    private static IReadOnlyList<string?> StartedBy(JsonElement state, string appId) =>
        state.GetProperty("applications").EnumerateArray().Single(a => a.GetProperty("appId").GetString() == appId)
            .GetProperty("startedBy").EnumerateArray().Select(e => e.GetString()).ToList();

    private static async Task AssertLastLogEntry(EmulatorTestHost host, int status, string? code, string fault)
    {
        JsonElement entry = (await host.GetRequestLogAsync()).Last(e => e.GetProperty("fault").ValueKind != JsonValueKind.Null);
        Assert.Equal((status, code, fault), (entry.GetProperty("status").GetInt32(), entry.GetProperty("code").GetString(), entry.GetProperty("fault").GetString()));
        Assert.Equal("BatchStartApplications", entry.GetProperty("api").GetString());
    }
}
