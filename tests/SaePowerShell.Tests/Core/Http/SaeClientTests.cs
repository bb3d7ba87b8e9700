using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Http;

public sealed class SaeClientTests
{
    private const string Ok = """{"RequestId":"r-ok","Code":"200","Message":"success","Success":true,"TraceId":"t","Data":{"ChangeOrderId":"co-1"}}""";
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-shanghai.aliyuncs.com/"), "cn-shanghai", "test", "test");

    private readonly FakeClock _clock = new();

    private SaeClient Client(ScriptedHandler handler, int retries = 3, SaeCredential? credential = null, double random = 0.5, TimeSpan? timeout = null) =>
        new(new HttpMessageInvoker(handler), credential ?? new SaeCredential("testid", "testsecret", null, "test"),
            new SaeClientOptions { MaximumRetryCount = retries, RetryInterval = TimeSpan.FromSeconds(1), Timeout = timeout ?? TimeSpan.FromSeconds(30) },
            NullLog.Instance, _clock, () => random, () => "550e8400-e29b-41d4-a716-446655440000");

    private static ApiRequest Start() =>
        new ApiRequest(SaeApi.BatchStartApplications, Location) { NamespaceId = "cn-shanghai:prod", AppIds = ["app-1", "app-2"] }
            .With("NamespaceId", "cn-shanghai:prod").With("AppIds", "app-1,app-2");

    private static ApiRequest List() => new ApiRequest(SaeApi.ListApplications, Location).With("NamespaceId", "cn-shanghai:prod");

    [Fact]
    public async Task SendsASignedRequest_AsTheSdkWould()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(200, Ok));

        ApiResponse response = await Client(handler).SendAsync(Start(), CancellationToken.None);

        Assert.Equal("r-ok", response.RequestId);
        HttpRequestMessage sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Put, sent.Method);
        Assert.Equal("https://sae.cn-shanghai.aliyuncs.com/pop/v1/sam/app/batchStartApplications?NamespaceId=cn-shanghai%3Aprod&AppIds=app-1%2Capp-2", sent.RequestUri!.AbsoluteUri);
        Assert.Equal("sae.cn-shanghai.aliyuncs.com", sent.Headers.Host);
        Assert.Equal("2018-02-22T07:46:12Z", sent.Headers.GetValues("x-acs-date").Single());
        Assert.Equal("BatchStartApplications", sent.Headers.GetValues("x-acs-action").Single());
        Assert.Equal("2019-05-06", sent.Headers.GetValues("x-acs-version").Single());
        Assert.StartsWith("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-region-id;x-acs-signature-nonce;x-acs-version,Signature=",
            sent.Headers.GetValues("authorization").Single());
        Assert.False(sent.Headers.Contains("x-acs-security-token"));
    }

    [Fact]
    public async Task SendsTheSecurityToken_AndTheStsKeyId_WhenThereIsOne()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(200, Ok));

        await Client(handler, credential: new SaeCredential("STS.testid", "testsecret", "sts-token-value", "test")).SendAsync(Start(), CancellationToken.None);

        HttpRequestMessage sent = handler.Requests.Single();
        Assert.Equal("sts-token-value", sent.Headers.GetValues("x-acs-security-token").Single());
        Assert.Equal("STS.testid", sent.Headers.GetValues("x-acs-accesskey-id").Single());
        Assert.Contains("x-acs-security-token", sent.Headers.GetValues("authorization").Single());
    }

    [Theory]
    [InlineData(400, """{"Code":"Throttling.User","Message":"flow control"}""")]
    [InlineData(400, """{"Code":"400","Success":false,"ErrorCode":"System.Upgrading","Message":"upgrading"}""")]
    [InlineData(503, """{"Code":"ServiceUnavailable","Message":"later"}""")]
    [InlineData(429, "")]
    public async Task RetriesAStartThatWasTurnedAway_BeforeProcessing(int status, string body)
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(status, body), ScriptedHandler.Json(status, body), ScriptedHandler.Json(200, Ok));

        ApiResponse response = await Client(handler).SendAsync(Start(), CancellationToken.None);

        Assert.Equal("r-ok", response.RequestId);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(2, _clock.Delays.Count);
    }

    [Fact]
    public async Task RetriesAConnectionThatWasRefused_EvenForAStart()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Refused(), ScriptedHandler.Json(200, Ok));

        await Client(handler).SendAsync(Start(), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task GivesUp_AfterTheRetryBudget_WithTheLastError()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(400, """{"Code":"Throttling.User","Message":"flow control","RequestId":"r-9"}"""));

        var ex = await Assert.ThrowsAsync<SaeServiceException>(() => Client(handler, retries: 2).SendAsync(Start(), CancellationToken.None));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("Throttling.User", ex.Code);
        Assert.Equal(SaeErrorCategory.LimitsExceeded, ex.Category);
        Assert.Equal("r-9", ex.RequestId);
    }

    [Fact]
    public async Task DoesNotRetryPermanentErrors()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(400, """{"Code":"400","Success":false,"ErrorCode":"user.indebt","Message":"debt","RequestId":"r","TraceId":"t"}"""));

        var ex = await Assert.ThrowsAsync<SaeServiceException>(() => Client(handler).SendAsync(Start(), CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Equal(("user.indebt", 400, "r", "t"), (ex.Code, ex.HttpStatus!.Value, ex.RequestId!, ex.TraceId!));
        Assert.Equal(SaeErrorCategory.PermissionDenied, ex.Category);
    }

    [Fact]
    public async Task ASuccessStatusWithSuccessFalse_IsAnError()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(200, """{"Code":"200","Success":false,"ErrorCode":"InvalidParameter.Obviously","Message":"bad"}"""));

        var ex = await Assert.ThrowsAsync<SaeServiceException>(() => Client(handler).SendAsync(Start(), CancellationToken.None));

        Assert.Equal("InvalidParameter.Obviously", ex.Code);
    }

    public static TheoryData<string, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> UnknownOutcomes => new()
    {
        { "timeout", ScriptedHandler.Silent() },
        { "reset", ScriptedHandler.Reset() },
        { "500", ScriptedHandler.Json(500, """{"Code":"InternalError","Message":"oops","RequestId":"r-500"}""") },
        { "502 html", ScriptedHandler.Json(502, "<html>Bad Gateway</html>") },
        { "200 garbage", ScriptedHandler.Json(200, "<html>captive portal</html>") },
        { "200 truncated", ScriptedHandler.Json(200, """{"RequestId":"r","Data":{"ChangeOr""") },
        { "200 without Data", ScriptedHandler.Json(200, """{"RequestId":"r","Code":"200","Success":true}""") },
        { "SignatureNonceUsed", ScriptedHandler.Json(400, """{"RequestId":"r","Code":"SignatureNonceUsed","Message":"Specified signature nonce was used already."}""") },
    };

    [Theory]
    [MemberData(nameof(UnknownOutcomes))]
    public async Task NeverRepeatsAStart_WhoseOutcomeIsUnknown(string _, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step)
    {
        var handler = new ScriptedHandler(step, ScriptedHandler.Json(200, Ok));

        var ex = await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Client(handler, timeout: TimeSpan.FromMilliseconds(200)).SendAsync(Start(), CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Equal("BatchStartApplications", ex.Api);
        Assert.Equal("cn-shanghai:prod", ex.NamespaceId);
        Assert.Equal(["app-1", "app-2"], ex.AppIds);
        Assert.Equal("550e8400-e29b-41d4-a716-446655440000", ex.ClientRequestId);
        Assert.Contains("unknown", ex.Message);
        Assert.Contains("550e8400-e29b-41d4-a716-446655440000", ex.Message);
    }

    [Theory]
    [MemberData(nameof(UnknownOutcomes))]
    public async Task RetriesTheSameFailures_ForAListing(string _, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> step)
    {
        var handler = new ScriptedHandler(step, ScriptedHandler.Json(200, Ok));

        ApiResponse response = await Client(handler, timeout: TimeSpan.FromMilliseconds(200)).SendAsync(List(), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal("r-ok", response.RequestId);
    }

    [Fact]
    public async Task BacksOffExponentially_WithJitter_AndHonoursRetryAfter()
    {
        string throttled = """{"Code":"Throttling.User"}""";
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(400, throttled), ScriptedHandler.Json(400, throttled), ScriptedHandler.Json(400, throttled, TimeSpan.FromSeconds(10)), ScriptedHandler.Json(200, Ok));

        await Client(handler, random: 0.5).SendAsync(List(), CancellationToken.None);

        // Equal jitter at random 0.5: 3/4 of 1 s, 2 s; then Retry-After's 10 s beats 4 s.
        Assert.Equal([TimeSpan.FromSeconds(0.75), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10)], _clock.Delays);
    }

    [Fact]
    public async Task JitterStaysBetweenHalfAndAllOfTheInterval()
    {
        string throttled = """{"Code":"Throttling"}""";
        var low = new FakeClock();
        var high = new FakeClock();
        SaeClient Make(FakeClock clock, double r) => new(new HttpMessageInvoker(new ScriptedHandler(ScriptedHandler.Json(400, throttled), ScriptedHandler.Json(200, Ok))),
            new SaeCredential("id", "s", null, "t"), new SaeClientOptions { RetryInterval = TimeSpan.FromSeconds(2) }, NullLog.Instance, clock, () => r, () => "n");

        await Make(low, 0.0).SendAsync(List(), CancellationToken.None);
        await Make(high, 0.999).SendAsync(List(), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(1), low.Delays.Single());
        Assert.InRange(high.Delays.Single().TotalSeconds, 1.99, 2.0);
    }

    [Fact]
    public async Task Cancellation_EndsAWaitingCall_WithoutAnUnknownOutcomeError_OrARetry()
    {
        // The server never answers and the attempt's own deadline is an hour away: only the cancellation can end the call.
        var handler = new ScriptedHandler(ScriptedHandler.Silent());
        using var cancellation = new CancellationTokenSource();

        Task<ApiResponse> call = Client(handler, timeout: TimeSpan.FromHours(1)).SendAsync(Start(), cancellation.Token);
        Assert.False(call.IsCompleted);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(handler.Requests);
        Assert.Empty(_clock.Delays);
    }

    [Fact]
    public async Task UsesANewNonceForEveryAttempt()
    {
        int n = 0;
        var handler = new ScriptedHandler(ScriptedHandler.Json(503, ""), ScriptedHandler.Json(200, Ok));
        var client = new SaeClient(new HttpMessageInvoker(handler), new SaeCredential("id", "s", null, "t"), new SaeClientOptions(), NullLog.Instance, _clock, () => 0, () => "nonce-" + n++);

        await client.SendAsync(List(), CancellationToken.None);

        Assert.Equal(["nonce-0", "nonce-1"], handler.Requests.Select(r => r.Headers.GetValues("x-acs-signature-nonce").Single()));
    }

    [Fact]
    public async Task ASuccessWithAnEmptyErrorCode_IsASuccess()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(200, """{"RequestId":"r-e","Code":"200","Success":true,"ErrorCode":"","Data":{"ChangeOrderId":"co-e"}}"""));

        ApiResponse response = await Client(handler).SendAsync(Start(), CancellationToken.None);

        Assert.Equal("r-e", response.RequestId);
    }

    [Fact]
    public async Task AListingAnsweredWithoutData_IsAnError_NotAnEmptyListing()
    {
        var noData = ScriptedHandler.Json(200, """{"RequestId":"r-nd","Code":"200","Success":true}""");
        var handler = new ScriptedHandler(noData, noData, noData);

        var ex = await Assert.ThrowsAsync<SaePowerShell.SaeServiceException>(() => Client(handler, retries: 2).SendAsync(List(), CancellationToken.None));

        Assert.Equal("InvalidResponse", ex.Code);
        Assert.Contains("without Data", ex.Message);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Theory]
    [InlineData(501)]
    [InlineData(405)]
    public async Task AnApiTheServerDoesNotOffer_IsNotDone_NeitherRetriedNorOutcomeUnknown_EvenForAStart(int status)
    {
        const string body = """{"Code":"Emulator.NotEmulated","Message":"The SAE emulator does not emulate it."}""";
        var start = new ScriptedHandler(ScriptedHandler.Json(status, body), ScriptedHandler.Json(200, Ok));
        var list = new ScriptedHandler(ScriptedHandler.Json(status, body), ScriptedHandler.Json(200, Ok));

        var startError = await Assert.ThrowsAsync<SaeServiceException>(() => Client(start).SendAsync(Start(), CancellationToken.None));
        var listError = await Assert.ThrowsAsync<SaeServiceException>(() => Client(list).SendAsync(List(), CancellationToken.None));

        Assert.Single(start.Requests);
        Assert.Single(list.Requests);
        Assert.Empty(_clock.Delays);
        Assert.All(new[] { startError, listError }, e =>
        {
            Assert.Equal("Emulator.NotEmulated", e.Code);
            Assert.Equal(SaeErrorCategory.NotImplemented, e.Category);
            Assert.False(e.IsTransient);
            Assert.Contains("does not offer this API", e.RecommendedAction);
        });
    }

    [Fact]
    public async Task AGetThatActs_AnsweredWithAServerFault_IsOutcomeUnknown_AfterOneSend()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(500, """{"Code":"InternalError","Message":"boom"}"""), ScriptedHandler.Json(200, Ok));
        ApiRequest exec = SaePowerShell.Core.Catalog.ApiCallBuilder.Build(SaePowerShell.Core.Catalog.ApiCatalog.Find("ExecJob")!, new Dictionary<string, object?> { ["AppId"] = "job-1" }, Location);

        var unknown = await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Client(handler).SendAsync(exec, CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, handler.Requests[0].Method);
        Assert.Contains("ExecJob for the job with AppId job-1", unknown.Message);
    }
}

public sealed class SaeClientRedactionTests
{
    [Fact]
    public async Task AnEchoedStringToSign_NeverCarriesTheTokenOrSecret_IntoTheError()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(400,
            """{"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation. server string to sign is:GET\napplication/json\n\n\nx-acs-security-token:the-token-value\nkey the-secret-value"}"""));
        var client = new SaeClient(new HttpMessageInvoker(handler), new SaeCredential("STS.id", "the-secret-value", "the-token-value", "t"),
            new SaeClientOptions { MaximumRetryCount = 0, SignatureMethod = SaePowerShell.SaeSignatureMethod.RoaHmacSha1 }, SaePowerShell.Core.Diagnostics.NullLog.Instance, new FakeClock(), () => 0, () => "n");

        var ex = await Assert.ThrowsAsync<SaeServiceException>(() => client.SendAsync(
            new SaePowerShell.Core.Api.ApiRequest(SaePowerShell.Core.Api.SaeApi.ListApplications, new SaePowerShell.Core.Endpoints.ServiceLocation(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t")), CancellationToken.None));

        Assert.DoesNotContain("the-token-value", ex.Message);
        Assert.DoesNotContain("the-secret-value", ex.Message);
        Assert.Contains("x-acs-security-token:***", ex.ServiceMessage);
    }

    [Fact]
    public async Task AnEchoedQuery_NeverCarriesASecretsData_IntoTheError_InAnyEncoding()
    {
        var payload = SaePowerShell.Core.Api.SecretPayload.OfValues(new Dictionary<string, string> { ["DB_URL"] = "mysql://secret-host-42" });
        string encoded = payload.Encoded["DB_URL"];
        string json = "{\"DB_URL\":\"" + encoded + "\"}";
        var handler = new ScriptedHandler(ScriptedHandler.Json(400,
            "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"server string to sign is:POST /pop/v1/sam/secret/secret?SecretData=" + Uri.EscapeDataString(json).Replace("\"", "\\\"", StringComparison.Ordinal) + "&plain=" + encoded + "\",\"Recommend\":\"" + encoded + "\"}"));
        var client = new SaeClient(new HttpMessageInvoker(handler), new SaeCredential("id", "the-secret-value", null, "t"),
            new SaeClientOptions { MaximumRetryCount = 0 }, SaePowerShell.Core.Diagnostics.NullLog.Instance, new FakeClock(), () => 0, () => "n");
        var location = new SaePowerShell.Core.Endpoints.ServiceLocation(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

        var ex = await Assert.ThrowsAsync<SaeServiceException>(() => client.SendAsync(SaePowerShell.Core.Api.SecretCalls.Create(location, "cn-hangzhou:demo", "db-login", payload), CancellationToken.None));

        Assert.DoesNotContain(encoded, ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Uri.EscapeDataString(encoded), ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret-host-42", ex.Message, StringComparison.Ordinal);
        Assert.Contains("SecretData=***", ex.ServiceMessage, StringComparison.Ordinal);
    }
}
