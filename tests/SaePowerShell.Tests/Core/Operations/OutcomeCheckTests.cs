using System.Net;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Operations;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Operations;

public sealed class OutcomeCheckTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero); // 16:00 in China
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");
    private static readonly BatchGroup Group = new(0, "cn-hangzhou:demo", null, [new AppTarget("app-1", "cn-hangzhou:demo", null, "app-1"), new AppTarget("app-2", "cn-hangzhou:demo", null, "app-2")]);

    private static SaeChangeOrder Last(string type, string created) => new() { ChangeOrderId = "co-x", AppId = "app-1", CoTypeCode = type, CreateTime = created };

    [Theory]
    [InlineData("CoBatchStartApplication", "2026-03-01 16:00:03", false, "TookEffect")]      // ours, created just after we sent
    [InlineData("CoBatchStartApplication", "2026-03-01 15:59:00", true, "TookEffect")]       // ours and still running
    [InlineData("CoBatchStartApplication", "2026-02-28 10:00:00", false, "DidNotTakeEffect")] // a day old
    [InlineData("CoBatchStopApplication", "2026-02-28 10:00:00", true, "DidNotTakeEffect")]   // another kind, a day old
    [InlineData("CoBatchStopApplication", "2026-03-01 16:00:03", false, "Unknown")]          // someone else acted just now
    [InlineData("CoBatchStartApplication", "2026-03-01 08:00:03", false, "Unknown")]         // eight hours off: a zone we cannot be sure of
    [InlineData("CoBatchStartApplication", "2026-03-01 15:30:00", false, "Unknown")]         // ours, finished, half an hour ago
    [InlineData("CoBatchStartApplication", "garbage", false, "Unknown")]
    public void Judges_LeaningToUnknown(string type, string created, bool running, string expected)
    {
        Assert.Equal(expected, OutcomeCheck.Judge(BatchAction.Start, Last(type, created), running, SentAt).Kind.ToString());
    }

    private static string Json(string data) => "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":" + data + "}";

    private static (SaeClient Client, ScriptedHandler Handler) Client(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps)
    {
        var handler = new ScriptedHandler(steps);
        var client = new SaeClient(new HttpMessageInvoker(handler), new SaeCredential("id", "secret", null, "t"),
            new SaeClientOptions { MaximumRetryCount = 0 }, NullLog.Instance, new FakeClock(), () => 0.5, () => Guid.NewGuid().ToString("N"));
        return (client, handler);
    }

    [Fact]
    public async Task ACallThatTookEffect_ReturnsItsChangeOrder_WithoutASecondStart()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, Json("""{"AppId":"app-1","CurrentStatus":"STOPPED","LastChangeOrderId":"co-9","LastChangeOrderRunning":true}""")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-9","Status":1,"CoTypeCode":"CoBatchStartApplication","CreateTime":"2000-01-01 00:00:00"}""")));

        SaeChangeOrder order = await BatchCaller.CallAsync(client, BatchAction.Start, Group, Location, null, CancellationToken.None);

        Assert.Equal("co-9", order.ChangeOrderId);
        Assert.Equal(["app-1", "app-2"], order.AppIds);
        Assert.Equal("Start", order.Action);
        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task ACallThatDidNotTakeEffect_IsSentOnceMore()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, Json("""{"AppId":"app-1","CurrentStatus":"STOPPED","LastChangeOrderId":""}""")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-new"}""")));

        SaeChangeOrder order = await BatchCaller.CallAsync(client, BatchAction.Start, Group, Location, null, CancellationToken.None);

        Assert.Equal("co-new", order.ChangeOrderId);
        Assert.Equal(2, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task ACallWhoseEffectCannotBeTold_StaysOutcomeUnknown()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, Json("""{"AppId":"app-1","LastChangeOrderId":"co-7","LastChangeOrderRunning":false}""")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-7","Status":2,"CoTypeCode":"CoBatchStopApplication","CreateTime":"2099-01-01 00:00:00"}""")));

        await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => BatchCaller.CallAsync(client, BatchAction.Start, Group, Location, null, CancellationToken.None));

        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task EveryUnansweredSend_IsChecked_SoAResendThatTookEffectIsFound()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, Json("""{"AppId":"app-1","LastChangeOrderId":""}""")),
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, Json("""{"AppId":"app-1","LastChangeOrderId":"co-2","LastChangeOrderRunning":true}""")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-2","Status":1,"CoTypeCode":"CoBatchStartApplication"}""")));

        SaeChangeOrder order = await BatchCaller.CallAsync(client, BatchAction.Start, Group, Location, null, CancellationToken.None);

        Assert.Equal("co-2", order.ChangeOrderId);
        Assert.Equal(2, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task ResendsAreCapped_AndThenTheOutcomeIsReported()
    {
        var noChangeOrder = ScriptedHandler.Json(200, Json("""{"AppId":"app-1","LastChangeOrderId":""}"""));
        var (client, handler) = Client(
            ScriptedHandler.Reset(), noChangeOrder, ScriptedHandler.Reset(), noChangeOrder, ScriptedHandler.Reset(), noChangeOrder, ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"never"}""")));

        await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => BatchCaller.CallAsync(client, BatchAction.Start, Group, Location, null, CancellationToken.None));

        Assert.Equal(BatchCaller.MaximumSends, handler.Requests.Count(r => r.Method == HttpMethod.Put));
    }

    [Fact]
    public async Task AWholeNamespaceCall_CannotBeChecked_AndStaysUnknown()
    {
        var (client, handler) = Client(ScriptedHandler.Reset());

        await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => BatchCaller.CallAsync(client, BatchAction.Start, BatchGroup.WholeNamespace("cn-hangzhou:demo", null), Location, null, CancellationToken.None));

        Assert.Single(handler.Requests);
    }
}
