using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>An instance call SAE refuses whole for an id the application does not have loses only that id.</summary>
public sealed class InstanceChangeCallerTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");
    private static readonly AppTarget App = new("app-1", "cn-hangzhou:demo", null, "app-1");

    private static string Json(string data) => "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":" + data + "}";

    private const string Refused = """{"Code":"400","ErrorCode":"InvalidParameter.WithMessage","Message":"The parameter is invalid {InstanceIds}: gone-1","Success":false}""";

    private static (SaeClient Client, ScriptedHandler Handler) Client(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps) =>
        ScriptedClient.Create(steps);

    private static Task<InstanceChangeResult> Call(SaeClient client, params string[] ids) =>
        InstanceChangeCaller.CallAsync(client, new ApplicationChange(ApplicationAction.RestartInstances, App, l => InstancesCall.Request(ApplicationAction.RestartInstances, l, App, ids), ids, "app-1", ids),
            ids, Location, new ChangeOrderLedger(), CancellationToken.None);

    private static string Instances(params string[] ids) =>
        Json("{\"CurrentPage\":1,\"PageSize\":10000,\"TotalSize\":" + ids.Length + ",\"Instances\":[" + string.Join(",", ids.Select(i => "{\"InstanceId\":\"" + i + "\"}")) + "]}");

    private static IEnumerable<string> Sent(ScriptedHandler handler) =>
        handler.Requests.Where(r => r.RequestUri!.AbsolutePath.EndsWith("restartInstances", StringComparison.Ordinal))
            .Select(r => Uri.UnescapeDataString(System.Web.HttpUtility.ParseQueryString(r.RequestUri!.Query)["InstanceIds"]!));

    [Fact]
    public async Task ARefusalForAnIdTheApplicationDoesNotHave_SendsTheOthersAgain_AndNamesWhatWasLeftOut()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(400, Refused),
            ScriptedHandler.Json(200, Json("""[{"GroupId":"g-1"}]""")),
            ScriptedHandler.Json(200, Instances("i-1", "i-2", "i-3")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-1"}""")));

        InstanceChangeResult result = await Call(client, "i-1", "gone-1", "i-2");

        Assert.Equal("co-1", result.ChangeOrder.ChangeOrderId);
        Assert.Equal(["gone-1"], result.LeftOut);
        Assert.Equal("InvalidParameter.WithMessage", result.Refusal!.Code);
        Assert.Equal(["i-1,gone-1,i-2", "i-1,i-2"], Sent(handler));
    }

    [Fact]
    public async Task ARefusalForAnIdTheApplicationDoesNotHave_IsStillSortedOut_WhenTheInstanceListingsPageSizeIsRefused()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(400, Refused),
            ScriptedHandler.Json(200, Json("""[{"GroupId":"g-1"}]""")),
            ScriptedHandler.Json(400, """{"RequestId":"r","Code":"InvalidParameter.PageSize","Message":"The PageSize is out of range."}"""),
            ScriptedHandler.Json(200, Instances("i-1", "i-2")),
            ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-1"}""")));

        InstanceChangeResult result = await Call(client, "i-1", "gone-1", "i-2");

        Assert.Equal("co-1", result.ChangeOrder.ChangeOrderId);
        Assert.Equal(["gone-1"], result.LeftOut);
        Assert.Equal(["i-1,gone-1,i-2", "i-1,i-2"], Sent(handler));
    }

    [Fact]
    public async Task ARefusalWhenEveryIdIsKnown_IsTheRefusal_AndNothingIsSentAgain()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(400, Refused),
            ScriptedHandler.Json(200, Json("""[{"GroupId":"g-1"}]""")),
            ScriptedHandler.Json(200, Instances("i-1", "i-2")));

        SaeServiceException error = await Assert.ThrowsAsync<SaeServiceException>(() => Call(client, "i-1", "i-2"));

        Assert.Equal("InvalidParameter.WithMessage", error.Code);
        Assert.Single(Sent(handler));
    }

    [Fact]
    public async Task ARefusalWhenNoIdIsKnown_IsTheRefusal()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(400, Refused),
            ScriptedHandler.Json(200, Json("""[{"GroupId":"g-1"}]""")),
            ScriptedHandler.Json(200, Instances("i-9")));

        await Assert.ThrowsAsync<SaeServiceException>(() => Call(client, "gone-1", "gone-2"));

        Assert.Single(Sent(handler));
    }

    [Fact]
    public async Task OneInstance_OrARefusalOfAnotherKind_IsNeverLookedInto()
    {
        var (client, handler) = Client(ScriptedHandler.Json(400, Refused));
        await Assert.ThrowsAsync<SaeServiceException>(() => Call(client, "gone-1"));
        Assert.Single(handler.Requests);

        var (busy, busyHandler) = Client(ScriptedHandler.Json(400, """{"Code":"400","ErrorCode":"Application.ChangerOrderRunning","Message":"An application change process is in progress.","Success":false}"""));
        await Assert.ThrowsAsync<SaeServiceException>(() => Call(busy, "i-1", "i-2"));
        Assert.Single(busyHandler.Requests);
    }

    [Fact]
    public async Task ARefusalWhoseInstanceListingTimesOut_IsTheRefusal_AndNothingIsSentAgain()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(400, Refused),
            ScriptedHandler.Throw(new TimeoutException("The operation has timed out.")));

        SaeServiceException error = await Assert.ThrowsAsync<SaeServiceException>(() => Call(client, "i-1", "gone-1"));

        Assert.Equal("InvalidParameter.WithMessage", error.Code);
        Assert.Single(Sent(handler));
    }

    [Fact]
    public async Task ARefusalWhoseInstanceListingHitsABug_IsTheBug()
    {
        var (client, _) = Client(ScriptedHandler.Json(400, Refused), ScriptedHandler.Throw(new NullReferenceException("a bug")));

        await Assert.ThrowsAsync<NullReferenceException>(() => Call(client, "i-1", "gone-1"));
    }
}
