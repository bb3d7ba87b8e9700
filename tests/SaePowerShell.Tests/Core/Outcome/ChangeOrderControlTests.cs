using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>Confirming a waiting batch and aborting a change order: what they send, and how a lost or refused answer is found out.</summary>
public sealed class ChangeOrderControlTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");
    private static readonly SaeChangeOrder Known = new("co-1") { NamespaceId = "cn-hangzhou:demo", Action = "Deploy" };

    private static string Json(string data) => "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":" + data + "}";

    /// <summary>A two-batch release: batch 1 as given, batch 2 as given, the order's status and current batch.</summary>
    private static string Described(int status, int first, int second, string current = "p-2") => Json(
        "{\"ChangeOrderId\":\"co-1\",\"Status\":" + status + ",\"SubStatus\":0,\"CoTypeCode\":\"CoDeploy\",\"BatchType\":\"manual\",\"CurrentPipelineId\":\"" + current + "\","
        + "\"Pipelines\":[{\"PipelineId\":\"p-1\",\"PipelineName\":\"Batch 1\",\"Status\":" + first + "},{\"PipelineId\":\"p-2\",\"PipelineName\":\"Batch 2\",\"Status\":" + second + "}]}");

    private static (SaeClient Client, ScriptedHandler Handler) Client(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps) =>
        ScriptedClient.Create(steps);

    private static IEnumerable<string> Paths(ScriptedHandler handler) => handler.Requests.Select(r => r.RequestUri!.AbsolutePath.Split('/').Last());

    [Fact]
    public async Task Resume_ConfirmsTheBatchThatWaits_ByItsPipelineId()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(200, Described(8, 2, 8)),
            ScriptedHandler.Json(200, Json("""{"PipelineId":"p-2"}""")));

        SaeChangeOrder order = await ChangeOrderControl.ResumeAsync(client, Known, Location, CancellationToken.None);

        Assert.Equal(["DescribeChangeOrder", "ConfirmPipelineBatch"], Paths(handler));
        Assert.Contains("PipelineId=p-2", handler.Requests[1].RequestUri!.Query);
        Assert.Contains("Confirm=true", handler.Requests[1].RequestUri!.Query);
        Assert.Equal(SaeChangeOrderStatus.WaitingBatchConfirm, order.Status);
        Assert.Equal("Deploy", order.Action);
    }

    [Fact]
    public async Task Resume_UsesTheCurrentBatch_WhenNoBatchSaysItWaits()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(200, Described(8, 2, 0, current: "p-2")),
            ScriptedHandler.Json(200, Json("""{"PipelineId":"p-2"}""")));

        await ChangeOrderControl.ResumeAsync(client, Known, Location, CancellationToken.None);

        Assert.Contains("PipelineId=p-2", handler.Requests[1].RequestUri!.Query);
    }

    [Theory]
    [InlineData(1, 2, 1, "Executing")]
    [InlineData(2, 2, 2, "Succeeded")]
    public async Task Resume_OfAChangeOrderThatWaitsForNothing_IsNothingWaits_AndConfirmsNothing(int status, int first, int second, string expected)
    {
        var (client, handler) = Client(ScriptedHandler.Json(200, Described(status, first, second)));

        SaeChangeOrderException error = await Assert.ThrowsAsync<SaeChangeOrderException>(() => ChangeOrderControl.ResumeAsync(client, Known, Location, CancellationToken.None));

        Assert.Equal("NothingWaits", error.ErrorId);
        Assert.Contains("co-1", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Resume_WhoseConfirmIsRefused_ButWhoseBatchMovedOn_TookEffect()
    {
        var (client, handler) = Client(
            ScriptedHandler.Json(200, Described(8, 2, 8)),
            ScriptedHandler.Json(400, """{"Code":"400","ErrorCode":"InvalidParameter.WithMessage","Message":"The parameter is invalid {PipelineId}: not waiting","Success":false}"""),
            ScriptedHandler.Json(200, Described(1, 2, 1)));

        SaeChangeOrder order = await ChangeOrderControl.ResumeAsync(client, Known, Location, CancellationToken.None);

        Assert.Equal(SaeChangeOrderStatus.Executing, order.Status);
        Assert.Single(handler.Requests, r => r.RequestUri!.AbsolutePath.EndsWith("ConfirmPipelineBatch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resume_WhoseConfirmIsRefused_AndWhoseBatchStillWaits_IsTheRefusal()
    {
        var (client, _) = Client(
            ScriptedHandler.Json(200, Described(8, 2, 8)),
            ScriptedHandler.Json(400, """{"Code":"400","ErrorCode":"Application.InvalidStatus","Message":"The application status is abnormal.","Success":false}"""),
            ScriptedHandler.Json(200, Described(8, 2, 8)));

        SaeServiceException error = await Assert.ThrowsAsync<SaeServiceException>(() => ChangeOrderControl.ResumeAsync(client, Known, Location, CancellationToken.None));

        Assert.Equal("Application.InvalidStatus", error.Code);
    }

    [Fact]
    public async Task Resume_WhoseConfirmIsRefused_AndWhoseLookupTimesOut_IsTheRefusal()
    {
        var (client, _) = Client(
            ScriptedHandler.Json(200, Described(8, 2, 8)),
            ScriptedHandler.Json(400, """{"Code":"400","ErrorCode":"Application.InvalidStatus","Message":"The application status is abnormal.","Success":false}"""),
            ScriptedHandler.Throw(new TimeoutException("The operation has timed out.")));

        SaeServiceException error = await Assert.ThrowsAsync<SaeServiceException>(() => ChangeOrderControl.ResumeAsync(client, Known, Location, CancellationToken.None));

        Assert.Equal("Application.InvalidStatus", error.Code);
    }

    [Fact]
    public async Task Abort_SendsTheChangeOrderId_AndKeepsTheChangeOrder_WhenSaeNamesTheSameOne()
    {
        var (client, handler) = Client(ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-1"}""")));

        SaeChangeOrder order = await ChangeOrderControl.AbortAsync(client, Known, Location, rollback: false, CancellationToken.None);

        Assert.Equal("/pop/v1/sam/changeorder/AbortChangeOrder", handler.Requests[0].RequestUri!.AbsolutePath);
        Assert.Equal(HttpMethod.Put, handler.Requests[0].Method);
        Assert.Contains("ChangeOrderId=co-1", handler.Requests[0].RequestUri!.Query);
        Assert.Equal(("co-1", "Deploy"), (order.ChangeOrderId, order.Action));
    }

    [Fact]
    public async Task AbortAndRollback_FollowsTheChangeOrderSaeNames_WhenItIsAnotherOne()
    {
        var (client, handler) = Client(ScriptedHandler.Json(200, Json("""{"ChangeOrderId":"co-rollback"}""")));

        SaeChangeOrder order = await ChangeOrderControl.AbortAsync(client, Known, Location, rollback: true, CancellationToken.None);

        Assert.Equal("/pop/v1/sam/changeorder/AbortAndRollbackChangeOrder", handler.Requests[0].RequestUri!.AbsolutePath);
        Assert.Equal(("co-rollback", "Rollback", "cn-hangzhou:demo"), (order.ChangeOrderId, order.Action, order.NamespaceId));
    }

    [Fact]
    public async Task AnAbortWhoseAnswerIsLost_TookEffect_WhenTheChangeOrderIsTerminated_AndIsNotSentAgain()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, Described(6, 2, 6)));

        SaeChangeOrder order = await ChangeOrderControl.AbortAsync(client, Known, Location, rollback: false, CancellationToken.None);

        Assert.Equal(SaeChangeOrderStatus.Terminated, order.Status);
        Assert.Single(handler.Requests, r => r.Method == HttpMethod.Put);
    }

    [Fact]
    public async Task AnAbortWhoseAnswerIsLost_AndWhoseChangeOrderGoesOn_IsOutcomeUnknown_AndIsNotSentAgain()
    {
        var (client, handler) = Client(
            ScriptedHandler.Reset(),
            ScriptedHandler.Json(200, Described(8, 2, 8)));

        await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => ChangeOrderControl.AbortAsync(client, Known, Location, rollback: false, CancellationToken.None));

        Assert.Single(handler.Requests, r => r.Method == HttpMethod.Put);
    }

    [Fact]
    public async Task AnAbortWhoseAnswerIsLost_AndWhoseCredentialsCannotBeRefreshedToLook_IsOutcomeUnknown()
    {
        var clock = new FakeClock();
        var log = new RecordingLog();
        var (client, handler) = ScriptedClient.WithSource(new StsGoneAfterFirstFetch(clock), clock, log, ScriptedHandler.Reset());

        await Assert.ThrowsAsync<SaeOutcomeUnknownException>(() => ChangeOrderControl.AbortAsync(client, Known, Location, rollback: false, CancellationToken.None));

        Assert.Single(handler.Requests);
        Assert.Contains(log.Messages, m => m.Contains("StsUnreachable", StringComparison.Ordinal) && m.Contains("OutcomeUnknown stands", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAbortWhoseAnswerIsLost_AndWhoseLookupHitsABug_IsTheBug()
    {
        var (client, _) = Client(ScriptedHandler.Reset(), ScriptedHandler.Throw(new NullReferenceException("a bug")));

        await Assert.ThrowsAsync<NullReferenceException>(() => ChangeOrderControl.AbortAsync(client, Known, Location, rollback: false, CancellationToken.None));
    }
}
