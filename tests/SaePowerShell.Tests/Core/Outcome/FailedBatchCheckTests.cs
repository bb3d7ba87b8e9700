using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>After a batch order ended without success: per application, reached, not reached, or not known (and why), from one listing.</summary>
public sealed class FailedBatchCheckTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    private static string Listing(params (string Id, int Running, int Instances)[] apps) =>
        "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":{\"CurrentPage\":1,\"PageSize\":10000,\"TotalSize\":" + apps.Length + ",\"Applications\":["
        + string.Join(",", apps.Select(a => "{\"AppId\":\"" + a.Id + "\",\"AppName\":\"n-" + a.Id + "\",\"NamespaceId\":\"cn-hangzhou:demo\",\"RunningInstances\":" + a.Running + ",\"Instances\":" + a.Instances + "}"))
        + "]}}";

    [Fact]
    public async Task AStart_IsReachedWhereEveryInstanceRuns_NotWhereNoneDoes_AndUnknownForAnApplicationNotListed_InOneFilteredCall()
    {
        var (client, handler) = ScriptedClient.Create(ScriptedHandler.Json(200, Listing(("a", 2, 2), ("b", 0, 2))));

        IReadOnlyList<AppFinding> found = await FailedBatchCheck.FindAsync(client, BatchAction.Start, "cn-hangzhou:demo", ["a", "b", "c"], Location, CancellationToken.None);

        Assert.Equal([true, false, null], found.Select(f => f.Reached));
        Assert.Contains("2 of 2 instance(s) running", found[0].Reason);
        Assert.Contains("did not list it", found[2].Reason);
        HttpRequestMessage sent = Assert.Single(handler.Requests);
        Assert.Contains("FieldType=appIds", sent.RequestUri!.Query);
        Assert.Contains("FieldValue=a%2Cb%2Cc", sent.RequestUri!.Query);
    }

    [Fact]
    public async Task AStop_IsReachedWhereNothingRuns()
    {
        var (client, _) = ScriptedClient.Create(ScriptedHandler.Json(200, Listing(("a", 0, 2), ("b", 1, 2))));

        IReadOnlyList<AppFinding> found = await FailedBatchCheck.FindAsync(client, BatchAction.Stop, "cn-hangzhou:demo", ["a", "b"], Location, CancellationToken.None);

        Assert.Equal([true, false], found.Select(f => f.Reached));
    }

    [Fact]
    public async Task ARestart_CannotBeToldFromAListing_SoNothingIsCalled_AndEveryApplicationIsUnknown()
    {
        var (client, handler) = ScriptedClient.Create();

        IReadOnlyList<AppFinding> found = await FailedBatchCheck.FindAsync(client, BatchAction.Restart, "cn-hangzhou:demo", ["a", "b"], Location, CancellationToken.None);

        Assert.All(found, f => Assert.Null(f.Reached));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task AListingThatFails_LeavesEveryApplicationUnknown_WithTheFailureInTheReason()
    {
        var (client, _) = ScriptedClient.Create(ScriptedHandler.Json(400, """{"Code":"Forbidden.RAM","Message":"no"}"""));

        IReadOnlyList<AppFinding> found = await FailedBatchCheck.FindAsync(client, BatchAction.Start, "cn-hangzhou:demo", ["a", "b"], Location, CancellationToken.None);

        Assert.All(found, f =>
        {
            Assert.Null(f.Reached);
            Assert.Contains("Forbidden.RAM", f.Reason);
        });
    }
}
