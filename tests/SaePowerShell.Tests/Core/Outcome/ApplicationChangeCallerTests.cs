using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>
/// Never twice for single-application changes (deploy, rescale, rollback, instances): a lost answer is looked up in
/// the application's own change orders of the change's types before anything is sent again.
/// </summary>
public sealed class ApplicationChangeCallerTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");
    private static readonly AppTarget App = new("app-1", "cn-hangzhou:demo", null, "app-1");

    /// <summary>The fake clock's send time (2018-02-22 07:46:12Z) as SAE writes it, in China Standard Time.</summary>
    private const string AroundTheSend = "2018-02-22 15:46:13";

    private static string Json(string data) => "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":" + data + "}";

    private static string AppOrders(params string[] orders) =>
        Json("{\"CurrentPage\":1,\"PageSize\":50,\"TotalSize\":" + orders.Length + ",\"ChangeOrderList\":[" + string.Join(",", orders) + "]}");

    private static string AppOrder(string id, string type, string created) =>
        "{\"ChangeOrderId\":\"" + id + "\",\"Status\":1,\"CoTypeCode\":\"" + type + "\",\"CreateTime\":\"" + created + "\",\"AppId\":\"app-1\"}";

    private static (SaeClient Client, ScriptedHandler Handler) Client(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps) =>
        ScriptedClient.Create(steps);

    private static ApplicationChange Deploy() =>
        new(ApplicationAction.Deploy, App, location => DeployApplicationCall.Request(location, App, new DeploySpec("registry/web:2.0", null, null, null, null, ReleaseStrategy.Default, new Dictionary<string, object?>())), ["app-1"], "web (app-1)");

    private static ApplicationChange Rescale() =>
        new(ApplicationAction.Rescale, App, location => RescaleApplicationCall.Horizontal(location, App, 1, ReleaseStrategy.Default), ["app-1"], "web (app-1)");

    private static Task<SaeChangeOrder> Call(SaeClient client, ApplicationChange change) =>
        ApplicationChangeCaller.CallAsync(client, change, Location, new ChangeOrderLedger(), CancellationToken.None);

    [Fact]
    public async Task ADeployThatTookEffect_IsFoundInTheApplicationsChangeOrders_WithoutASecondDeploy()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, AppOrders(AppOrder("co-9", "CoDeploy", AroundTheSend))));

        SaeChangeOrder order = await Call(client, Deploy());

        Assert.Equal(("co-9", "Deploy", "app-1", "cn-hangzhou:demo"), (order.ChangeOrderId, order.Action, order.AppId, order.NamespaceId));
        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Post));
        Uri list = handler.Requests[1].RequestUri!;
        Assert.Equal("/pop/v1/sam/changeorder/ListChangeOrders", list.AbsolutePath);
        Assert.Contains("AppId=app-1", list.Query);
        Assert.Contains("CoType=CoDeploy", list.Query);
    }

    [Fact]
    public async Task ADeployWithNoChangeOrderOfItsType_IsSentOnceMore()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, AppOrders()),
            ScriptedHandler.Json(200, Json("""{"AppId":"app-1","ChangeOrderId":"co-new","IsNeedApproval":false}""")));

        SaeChangeOrder order = await Call(client, Deploy());

        Assert.Equal("co-new", order.ChangeOrderId);
        Assert.Equal(2, handler.Requests.Count(r => r.Method == HttpMethod.Post));
    }

    [Fact]
    public async Task ADeployAnsweredSuccessWithoutAChangeOrder_IsNeverSentAgain_EvenWhenNoneIsFound()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(200, Json("""{"AppId":"app-1"}""")),
            ScriptedHandler.Json(200, AppOrders()));

        SaeOutcomeUnknownException unknown = await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Call(client, Deploy()));

        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Post));
        Assert.Equal("DeployApplication", unknown.Api);
        Assert.Equal(["app-1"], unknown.AppIds);
    }

    [Fact]
    public async Task AnEarlierDeployOfTheDay_LeavesItUnknown_AndNothingIsSentAgain()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, AppOrders(AppOrder("co-old", "CoDeploy", "2018-02-22 15:10:00"))));

        SaeOutcomeUnknownException unknown = await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Call(client, Deploy()));

        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Post));
        Assert.Equal("OutcomeUnknown", unknown.ErrorId);
    }

    [Fact]
    public async Task ARescale_IsRecognisedByEitherOfItsTypes_ReadWithoutATypeFilter()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, AppOrders(AppOrder("co-deploy", "CoDeploy", AroundTheSend), AppOrder("co-in", "CoScaleIn", AroundTheSend))));

        SaeChangeOrder order = await Call(client, Rescale());

        Assert.Equal(("co-in", "Scale"), (order.ChangeOrderId, order.Action));
        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Put));
        Assert.DoesNotContain("CoType=", handler.Requests[1].RequestUri!.Query);
    }

    [Fact]
    public async Task AFailedLookUp_LeavesItUnknown()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(400, """{"Code":"400","ErrorCode":"InvalidAppId.NotFound","Message":"The specified AppId does not exist.","Success":false}"""));

        await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => Call(client, Deploy()));

        Assert.Equal(1, handler.Requests.Count(r => r.Method == HttpMethod.Post));
    }

    public static TheoryData<string[], string[], string> AppCases => new()
    {
        // orders as "id|type|created", ids this command already owns, verdict
        { ["co-1|CoScaleOut|2026-03-01 16:00:02"], [], "TookEffect" },
        { ["co-1|CoScaleIn|2026-03-01 16:00:02"], [], "TookEffect" },
        { ["co-1|CoScaleIn|2026-03-01 16:00:02", "co-2|CoScaleOut|2026-03-01 16:00:04"], [], "Unknown" },
        { ["co-1|CoDeploy|2026-03-01 16:00:02"], [], "DidNotTakeEffect" },
        { ["co-1|CoScaleOut|2026-02-20 16:00:02"], [], "DidNotTakeEffect" },
        { ["co-1|CoScaleOut|2026-03-01 15:20:00"], [], "Unknown" },
    };

    [Theory]
    [MemberData(nameof(AppCases))]
    public void AnApplicationsChangeOrders_OfEitherType_AreJudgedLeaningToUnknown(string[] orders, string[] owned, string expected)
    {
        var parsed = orders.Select(o => o.Split('|'))
            .Select(p => new SaeChangeOrder { ChangeOrderId = p[0], CoTypeCode = p[1], CreateTime = ServiceTime.Parse(p[2]) }).ToList();

        OutcomeVerdict verdict = OutcomeCheck.JudgeOrders(ApplicationAction.Rescale.ChangeOrderTypeCodes, "application app-1", parsed, owned.Contains,
            new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, verdict.Kind.ToString());
    }
}
