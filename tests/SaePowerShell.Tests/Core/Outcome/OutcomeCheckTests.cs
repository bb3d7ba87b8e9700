using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

public sealed class OutcomeCheckTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero); // 16:00 in China
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");
    private static readonly BatchGroup Group = new(0, "cn-hangzhou:demo", null, [new AppTarget("app-1", "cn-hangzhou:demo", null, "app-1"), new AppTarget("app-2", "cn-hangzhou:demo", null, "app-2")]);

    /// <summary>The fake clock's send time (2018-02-22 07:46:12Z) as SAE writes it, in China Standard Time.</summary>
    private const string AroundTheSend = "2018-02-22 15:46:13";

    private static SaeChangeOrder Order(string id, string type, string created) =>
        new() { ChangeOrderId = id, AppId = "app-1", CoTypeCode = type, CreateTime = ServiceTime.Parse(created) };

    [Theory]
    [InlineData("CoBatchStartApplication", "2026-03-01 16:00:03", false, "TookEffect")]      // ours, created just after we sent
    [InlineData("CoBatchStartApplication", "2026-03-01 15:59:00", true, "TookEffect")]       // ours and still running
    [InlineData("CoBatchStartApplication", "2026-02-28 10:00:00", false, "Unknown")]         // a day old: silence about ours proves nothing
    [InlineData("CoBatchStopApplication", "2026-02-28 10:00:00", true, "Unknown")]
    [InlineData("CoBatchStopApplication", "2026-03-01 16:00:03", false, "Unknown")]          // someone else acted just now
    [InlineData("CoBatchStartApplication", "2026-03-01 08:00:03", false, "Unknown")]         // eight hours off: a zone we cannot be sure of
    [InlineData("CoBatchStartApplication", "garbage", false, "Unknown")]
    public void AnApplicationsLastChangeOrder_ProvesOnlyThatItTookEffect(string type, string created, bool running, string expected)
    {
        Assert.Equal(expected, OutcomeCheck.JudgeApplication(BatchAction.Start, Order("co-x", type, created), running, SentAt).Kind.ToString());
    }

    public static TheoryData<string[], string[], string> NamespaceCases => new()
    {
        // orders as "id|type|created", ids this command already owns, verdict
        { ["co-1|CoBatchStartApplication|2026-03-01 16:00:02"], [], "TookEffect" },
        { ["co-1|CoBatchStartApplication|2026-03-01 16:00:02", "co-2|CoBatchStartApplication|2026-03-01 16:00:05"], [], "Unknown" },
        { ["co-1|CoBatchStartApplication|2026-03-01 16:00:02", "co-2|CoBatchStartApplication|2026-03-01 16:00:05"], ["co-1"], "TookEffect" },
        { [], [], "DidNotTakeEffect" },
        { ["co-1|CoBatchStartApplication|2026-02-27 10:00:00"], [], "DidNotTakeEffect" },          // days old
        { ["co-1|CoBatchStopApplication|2026-03-01 16:00:02"], [], "DidNotTakeEffect" },           // another kind
        { ["co-1|CoBatchStartApplication|2026-03-01 08:00:02"], [], "Unknown" },                   // eight hours off
        { ["co-1|CoBatchStartApplication|2026-03-01 15:30:00"], [], "Unknown" },                   // half an hour ago
        { ["co-1|CoBatchStartApplication|garbage"], [], "Unknown" },
        { ["co-1|CoBatchStartApplication|2026-03-01 16:00:02"], ["co-1"], "DidNotTakeEffect" },    // a sibling's, already ours
    };

    [Theory]
    [MemberData(nameof(NamespaceCases))]
    public void ANamespacesChangeOrders_AreJudgedLeaningToUnknown(string[] orders, string[] owned, string expected)
    {
        var parsed = orders.Select(o => o.Split('|')).Select(p => Order(p[0], p[1], p[2])).ToList();

        OutcomeVerdict verdict = OutcomeCheck.JudgeNamespace(BatchAction.Start, "cn-hangzhou:demo", parsed, owned.Contains, SentAt);

        Assert.Equal(expected, verdict.Kind.ToString());
    }

    private static string Json(string data) => "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":" + data + "}";

    private static string NamespaceOrders(params string[] orders) =>
        Json("{\"CurrentPage\":1,\"PageSize\":50,\"TotalSize\":" + orders.Length + ",\"ChangeOrderList\":[" + string.Join(",", orders) + "]}");

    private static (SaeClient Client, ScriptedHandler Handler) Client(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps)
    {
        var handler = new ScriptedHandler(steps);
        var client = new SaeClient(new HttpMessageInvoker(handler), new SaeCredential("id", "secret", null, "t"),
            new SaeClientOptions { MaximumRetryCount = 0 }, NullLog.Instance, new FakeClock(), () => 0.5, () => Guid.NewGuid().ToString("N"));
        return (client, handler);
    }

    private static Task<SaeChangeOrder> Call(SaeClient client, BatchAction? action = null, BatchGroup? group = null) =>
        BatchCaller.CallAsync(client, action ?? BatchAction.Start, group ?? Group, Location, null, new ChangeOrderLedger(), CancellationToken.None);

    [Fact]
    public async Task AStartThatTookEffect_IsFoundInTheNamespacesChangeOrders_WithoutASecondStart()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, NamespaceOrders("{\"ChangeOrderId\":\"co-9\",\"Status\":1,\"CoTypeCode\":\"CoBatchStartApplication\",\"CreateTime\":\"" + AroundTheSend + "\"}")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-9","Status":1,"AppId":"app-1","CoTypeCode":"CoBatchStartApplication"}""")));

        SaeChangeOrder order = await Call(client);

        Assert.Equal("co-9", order.ChangeOrderId);
        Assert.Equal(["app-1", "app-2"], order.AppIds);
        Assert.Equal("Start", order.Action);
        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
        HttpRequestMessage list = handler.Requests[1];
        Assert.Equal("/pop/v1/sam/changeorder/listNamespaceChangeOrders", list.RequestUri!.AbsolutePath);
        Assert.Contains("NamespaceId=cn-hangzhou%3Ademo", list.RequestUri.Query);
        Assert.Contains("CoType=CoBatchStartApplication", list.RequestUri.Query);
    }

    [Fact]
    public async Task AStartWithNoChangeOrderInItsNamespace_IsSentOnceMore()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, NamespaceOrders()),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-new"}""")));

        SaeChangeOrder order = await Call(client);

        Assert.Equal("co-new", order.ChangeOrderId);
        Assert.Equal(2, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task AChangeOrderOfTheTimeButForAnotherApplication_IsNotTakenForOurs()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, NamespaceOrders("{\"ChangeOrderId\":\"co-9\",\"Status\":1,\"CoTypeCode\":\"CoBatchStartApplication\",\"CreateTime\":\"" + AroundTheSend + "\"}")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-9","Status":1,"AppId":"someone-elses-app","CoTypeCode":"CoBatchStartApplication"}""")));

        await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Call(client));

        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task ARestartThatShowsNothing_IsNeverTakenForOneThatDidNotHappen()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, Json("""{"AppId":"app-1","CurrentStatus":"RUNNING","LastChangeOrderId":""}""")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"never-sent-again"}""")));

        var unknown = await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Call(client, BatchAction.Restart));

        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
        Assert.Equal("BatchRestartApplications", unknown.Api);
    }

    [Fact]
    public async Task ARestartWhoseChangeOrderIsFound_ReturnsIt()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, Json("""{"AppId":"app-1","LastChangeOrderId":"co-r","LastChangeOrderRunning":true}""")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-r","Status":1,"CoTypeCode":"CoRestartApplication"}""")));

        SaeChangeOrder order = await Call(client, BatchAction.Restart);

        Assert.Equal("co-r", order.ChangeOrderId);
        Assert.Equal("Restart", order.Action);
        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task ASuccessWithoutAChangeOrderId_IsChecked_AndNeverResentOnTheStrengthOfSilence()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(200, Json("{}")),
            ScriptedHandler.Json(200, NamespaceOrders()),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"never"}""")));

        var unknown = await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Call(client));

        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
        Assert.Contains("without a ChangeOrderId", unknown.Reason);
    }

    [Fact]
    public async Task ASuccessWithoutData_IsChecked_AndAChangeOrderFoundIsTheResult()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(200, """{"RequestId":"r","Code":"200","Success":true}"""),
            ScriptedHandler.Json(200, NamespaceOrders("{\"ChangeOrderId\":\"co-5\",\"Status\":1,\"CoTypeCode\":\"CoBatchStartApplication\",\"CreateTime\":\"" + AroundTheSend + "\"}")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-5","Status":1,"AppId":"app-2","CoTypeCode":"CoBatchStartApplication"}""")));

        SaeChangeOrder order = await Call(client);

        Assert.Equal("co-5", order.ChangeOrderId);
        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task ASignatureNonceUsedAnswer_IsACallWithoutAnAnswer_NotAFailure()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(400, """{"RequestId":"r-n","Code":"SignatureNonceUsed","Message":"Specified signature nonce was used already."}"""),
            ScriptedHandler.Json(200, NamespaceOrders("{\"ChangeOrderId\":\"co-3\",\"Status\":1,\"CoTypeCode\":\"CoBatchStartApplication\",\"CreateTime\":\"" + AroundTheSend + "\"}")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-3","Status":1,"AppId":"app-1","CoTypeCode":"CoBatchStartApplication"}""")));

        SaeChangeOrder order = await Call(client);

        Assert.Equal("co-3", order.ChangeOrderId);
        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task ResendsAreCapped_AndThenTheOutcomeIsReported()
    {
        var nothing = ScriptedHandler.Json(200, NamespaceOrders());
        var (client, handler) = Client(
            ScriptedHandler.Reset(), nothing, ScriptedHandler.Reset(), nothing, ScriptedHandler.Reset(), nothing, ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"never"}""")));

        await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Call(client));

        Assert.Equal(SendOnce.MaximumSends, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task ALookupThatFails_LeavesTheOutcomeUnknown()
    {
        var (client, handler) = Client(ScriptedHandler.Reset(), ScriptedHandler.Json(500, """{"Code":"InternalError","Message":"boom"}"""));

        await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Call(client));

        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task ACredentialRefreshThatFailsDuringTheLookup_LeavesTheOutcomeUnknown_AndTheVerdictNamesIt()
    {
        var clock = new FakeClock();
        var log = new RecordingLog();
        var (client, handler) = ScriptedClient.WithSource(new StsGoneAfterFirstFetch(clock), clock, log,
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, NamespaceOrders()));

        SaeOutcomeUnknownException unknown = await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Call(client));

        Assert.Equal("BatchStartApplications", unknown.Api);
        Assert.Single(handler.Requests);
        string verdict = Assert.Single(log.Messages, m => m.Contains("could not tell whether it took effect", StringComparison.Ordinal));
        Assert.Contains("looking it up failed: StsUnreachable: STS at https://sts.aliyuncs.com could not be reached", verdict);
    }

    public static TheoryData<string, Exception> LookupTimeouts => new()
    {
        { "HttpClient.Timeout", new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException()) },
        { "a timeout below the client", new TimeoutException("The operation has timed out.") },
    };

    [Theory]
    [MemberData(nameof(LookupTimeouts))]
    public async Task ALookupThatTimesOut_IsUnknown_AndSaysWhatTimedOut(string _, Exception timeout)
    {
        var (client, _) = Client(ScriptedHandler.Throw(timeout));
        var app = new AppTarget("app-1", "cn-hangzhou:demo", null, "app-1");
        var change = new ApplicationChange(ApplicationAction.Rescale, app, location => RescaleApplicationCall.Horizontal(location, app, 1, ReleaseStrategy.Default), ["app-1"], "web (app-1)");

        OutcomeVerdict verdict = await OutcomeCheck.ResolveApplicationAsync(client, change, Location, SentAt, new ChangeOrderLedger(), CancellationToken.None);

        Assert.Equal(OutcomeKind.Unknown, verdict.Kind);
        Assert.Contains(timeout.GetType().Name + ": " + timeout.Message, verdict.Reason);
    }

    [Fact]
    public async Task ALookupWhoseOwnDeadlinePasses_IsUnknown()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Silent());
        var client = new SaeClient(new HttpMessageInvoker(handler), new SaeCredential("id", "secret", null, "t"),
            new SaeClientOptions { MaximumRetryCount = 0, Timeout = TimeSpan.FromMilliseconds(50) }, NullLog.Instance, new FakeClock(), () => 0.5, () => Guid.NewGuid().ToString("N"));

        OutcomeVerdict verdict = await OutcomeCheck.ResolveAsync(client, BatchAction.Start, Group, Location, SentAt, new ChangeOrderLedger(), CancellationToken.None);

        Assert.Equal(OutcomeKind.Unknown, verdict.Kind);
        Assert.Contains("RequestTimeout", verdict.Reason);
    }

    [Fact]
    public async Task TheCallersOwnCancellation_DuringTheLookup_StillStopsTheCall()
    {
        using var cancellation = new CancellationTokenSource();
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            (_, _) =>
            {
                cancellation.Cancel();
                return Task.FromException<HttpResponseMessage>(new OperationCanceledException(cancellation.Token));
            });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            BatchCaller.CallAsync(client, BatchAction.Start, Group, Location, null, new ChangeOrderLedger(), cancellation.Token));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ABugInTheLookup_IsNotTakenForAnUnknownOutcome()
    {
        var (client, _) = Client(ScriptedHandler.Reset(), ScriptedHandler.Throw(new NullReferenceException("a bug")));

        NullReferenceException bug = await Assert.ThrowsAsync<NullReferenceException>(() => Call(client));

        Assert.Equal("a bug", bug.Message);
    }

    [Fact]
    public async Task CallsOnOneNamespace_TakeTurns_SoASiblingsChangeOrderIsKnownBeforeTheCheck()
    {
        var ledger = new ChangeOrderLedger();
        IDisposable first = await ledger.TakeTurnAsync("ns", CancellationToken.None);

        // Asked while the first holds the namespace: the second turn is not given until the first is passed on. (The
        // minute is only so that a ledger that never passes a turn on fails rather than hangs.)
        Task<IDisposable> second = ledger.TakeTurnAsync("ns", CancellationToken.None);
        using (await ledger.TakeTurnAsync("other-ns", CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1)))
        {
            Assert.False(second.IsCompleted, "another namespace's turn passed this one's on");
        }

        Assert.False(second.IsCompleted, "the second call on the namespace got its turn while the first held it");
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromMinutes(1))).Dispose();
    }
}
