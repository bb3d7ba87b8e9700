using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using SaePowerShell.Emulator.Seed;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// How a fault plan chooses the requests it bends: count, rate and always; rule order; api and namespace matching; and
/// where the plan comes from (the seed, the admin endpoints, a reset).
/// </summary>
public sealed class FaultPlanTests
{
    [Fact]
    public async Task ACountedRule_FiresOnTheFirstNMatchingRequests_ThenNeverAgain()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "api": "ListApplications", "count": 3, "fault": "error:Throttling.User" } ] }""");

        IReadOnlyList<string?> codes = await ListApplicationsCodesAsync(host, 6);

        Assert.Equal(["Throttling.User", "Throttling.User", "Throttling.User", null, null, null], codes);
    }

    [Fact]
    public async Task ARuleWithNeitherCountNorRate_FiresOnEveryMatchingRequest()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "api": "ListApplications", "fault": "error:ServiceUnavailable" } ] }""");

        Assert.All(await ListApplicationsCodesAsync(host, 5), code => Assert.Equal("ServiceUnavailable", code));
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SaeRequest.DescribeNamespaceList())).Status);
    }

    [Fact]
    public async Task ARateRule_FiresOnTheRequestsItsSeededRandomNumbersPick_TheSameOnEveryReplay()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        const string plan = """{ "randomSeed": 1234, "faults": [ { "api": "ListApplications", "rate": 0.3, "fault": "error:Throttling" } ] }""";
        var draws = new Random(1234);
        bool[] expected = Enumerable.Range(0, 60).Select(_ => draws.NextDouble() < 0.3).ToArray();

        await host.PutFaultsAsync(plan);
        bool[] first = (await ListApplicationsCodesAsync(host, 60)).Select(code => code == "Throttling").ToArray();
        await host.PutFaultsAsync(plan);
        bool[] replay = (await ListApplicationsCodesAsync(host, 60)).Select(code => code == "Throttling").ToArray();

        Assert.Equal(expected, first);
        Assert.Equal(expected, replay);
        Assert.InRange(first.Count(f => f), 10, 30);
    }

    [Fact]
    public async Task RateZeroNeverFires_RateOneAlwaysFires()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""
            { "faults": [ { "api": "ListApplications", "rate": 0, "fault": "error:Throttling" },
                          { "api": "DescribeNamespaceList", "rate": 1, "fault": "error:Throttling" } ] }
            """);

        Assert.All(await ListApplicationsCodesAsync(host, 10), code => Assert.Null(code));
        for (int i = 0; i < 10; i++)
        {
            Assert.Equal("Throttling", (await host.SendAsync(SaeRequest.DescribeNamespaceList())).ErrorCode);
        }
    }

    [Fact]
    public async Task CountAndRateTogether_FireAtTheRate_AtMostCountTimes()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "randomSeed": 7, "faults": [ { "api": "ListApplications", "count": 2, "rate": 0.5, "fault": "error:Throttling" } ] }""");
        var draws = new Random(7);
        var expected = new List<bool>();
        int fired = 0;
        for (int i = 0; i < 20; i++)
        {
            // Once spent, the rule no longer draws.
            bool fires = fired < 2 && draws.NextDouble() < 0.5;
            fired += fires ? 1 : 0;
            expected.Add(fires);
        }

        bool[] actual = (await ListApplicationsCodesAsync(host, 20)).Select(code => code == "Throttling").ToArray();

        Assert.Equal(expected, actual);
        Assert.Equal(2, actual.Count(f => f));
    }

    [Fact]
    public async Task RulesAreTriedInOrder_TheFirstThatFiresWins_ASpentOrUnluckyRuleLeavesTheRequestToTheNext()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""
            { "faults": [
                { "api": "ListApplications", "count": 2, "fault": "error:Throttling.User" },
                { "api": "ListApplications", "rate": 0, "fault": "error:InternalError" },
                { "api": null, "count": 1, "fault": "error:ServiceUnavailable" },
                { "api": "ListApplications", "fault": "error:Throttling.Api" } ] }
            """);

        IReadOnlyList<string?> codes = await ListApplicationsCodesAsync(host, 5);

        // Two from rule 1; rule 2 never fires; rule 3 takes the next one (so it is spent); rule 4 every one after.
        Assert.Equal(["Throttling.User", "Throttling.User", "ServiceUnavailable", "Throttling.Api", "Throttling.Api"], codes);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SaeRequest.DescribeNamespaceList())).Status);
    }

    [Fact]
    public async Task OnlyTheRuleThatFires_CountsTheRequest()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""
            { "faults": [ { "api": "ListApplications", "namespaceId": "cn-hangzhou:demo", "fault": "latency" },
                          { "api": "ListApplications", "count": 1, "fault": "error:Throttling" } ] }
            """);

        // Rule 1 takes these, so rule 2, which matches them too, does not count them...
        for (int i = 0; i < 3; i++)
        {
            Assert.Null((await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")))).ErrorCode);
        }

        // ...and still has its one firing for the first request rule 1 does not take.
        Assert.Equal(["Throttling", null], await ListApplicationsCodesAsync(host, 2));
        Assert.Equal(
            ["latency", "latency", "latency", "error:Throttling", null],
            (await host.GetRequestLogAsync()).Select(e => e.GetProperty("fault").GetString()));
    }

    [Fact]
    public async Task ARuleMatchesItsApiAndNamespace_Only()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "api": "BatchStartApplications", "namespaceId": "cn-hangzhou:staging", "fault": "error:System.Upgrading" } ] }""");

        Assert.Equal("System.Upgrading", (await host.SendAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:staging")))).ErrorCode);
        Assert.Null((await host.SendAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo")))).ErrorCode);
        Assert.Null((await host.SendAsync(SaeRequest.BatchStop(("NamespaceId", "cn-hangzhou:staging")))).ErrorCode);
        Assert.Null((await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:staging")))).ErrorCode);
        Assert.Equal("System.Upgrading", (await host.SendAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:staging")))).ErrorCode);
    }

    [Fact]
    public async Task ANamespaceRule_DoesNotMatchRequestsWithoutANamespaceId_AnAnyRuleDoes()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "namespaceId": "cn-hangzhou:demo", "fault": "error:Throttling" } ] }""");

        Assert.Null((await host.SendAsync(SaeRequest.DescribeApplicationStatus(DemoOrderApi))).ErrorCode);
        Assert.Null((await host.SendAsync(SaeRequest.ListApplications())).ErrorCode);
        Assert.Equal("Throttling", (await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")))).ErrorCode);

        await host.PutFaultsAsync("""{ "faults": [ { "fault": "error:Throttling" } ] }""");
        Assert.Equal("Throttling", (await host.SendAsync(SaeRequest.DescribeApplicationStatus(DemoOrderApi))).ErrorCode);
    }

    [Fact]
    public async Task Faults_NeverTouchAdminEndpoints_OrRequestsForAnUnknownApi()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "fault": "resetBeforeEffect" } ] }""");

        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("_emulator/state")).StatusCode);
        SaeReply unknown = await host.SendAsync(SaeRequest.Custom("GET", "/pop/v1/sam/app/nope"));
        Assert.Equal("InvalidApi.NotFound", unknown.ErrorCode);
        SaeReply wrongVersion = await host.SendAsync(SaeRequest.ListApplications().Configure(r => r.Version = "2017-08-01"));
        Assert.Equal("InvalidApi.NotFound", wrongVersion.ErrorCode);

        JsonElement[] log = await host.GetRequestLogAsync();
        Assert.All(log, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("fault").ValueKind));
        Assert.Equal(2, log.Length);
    }

    [Fact]
    public async Task TheLog_RecordsNoFault_ForAnOrdinaryRequest()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.CallAsync(SaeRequest.ListApplications());

        Assert.Equal(JsonValueKind.Null, (await host.GetRequestLogAsync()).Single().GetProperty("fault").ValueKind);
    }

    [Fact]
    public async Task ThePlanFromTheSeed_IsInForce_ShownByGet_ReplacedByPut_ClearedByDelete_AndRestoredByReset()
    {
        SeedDocument seed = SeedLoader.Parse("""
            { "randomSeed": 5,
              "faults": [ { "api": "ListApplications", "count": 1, "fault": "error:Throttling.User" } ],
              "namespaces": [ { "namespaceId": "cn-hangzhou:a" } ],
              "applications": [ { "appId": "a-1", "appName": "web", "namespaceId": "cn-hangzhou:a" } ] }
            """);
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(seed: seed);

        JsonElement shown = await host.GetFaultsAsync();
        Assert.Equal(5, shown.GetProperty("randomSeed").GetInt32());
        JsonElement rule = Assert.Single(shown.GetProperty("faults").EnumerateArray());
        Assert.Equal(
            """{"api":"ListApplications","namespaceId":null,"count":1,"rate":null,"fault":"error:Throttling.User","latencyMs":0}""",
            rule.GetRawText());
        Assert.Equal(["Throttling.User", null], await ListApplicationsCodesAsync(host, 2));

        // PUT: the new plan, counted from zero; a bare array of rules is a plan too.
        await host.PutFaultsAsync("""[ { "api": "ListApplications", "count": 1, "fault": "error:Throttling" } ]""");
        Assert.Equal(0, (await host.GetFaultsAsync()).GetProperty("randomSeed").GetInt32());
        Assert.Equal(["Throttling", null], await ListApplicationsCodesAsync(host, 2));

        // DELETE: no plan at all.
        Assert.Equal(HttpStatusCode.NoContent, (await host.Http.DeleteAsync("_emulator/faults")).StatusCode);
        Assert.Empty((await host.GetFaultsAsync()).GetProperty("faults").EnumerateArray());
        Assert.Equal([null, null], await ListApplicationsCodesAsync(host, 2));

        // Reset: the seed's plan again, its count unspent.
        Assert.Equal(HttpStatusCode.NoContent, (await host.Http.PostAsync("_emulator/reset", null)).StatusCode);
        Assert.Equal("error:Throttling.User", Assert.Single((await host.GetFaultsAsync()).GetProperty("faults").EnumerateArray()).GetProperty("fault").GetString());
        Assert.Equal(["Throttling.User", null], await ListApplicationsCodesAsync(host, 2));
    }

    [Fact]
    public async Task PuttingASeed_ReplacesThePlanWithThatSeeds()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "fault": "error:Throttling" } ] }""");

        Assert.Equal(HttpStatusCode.NoContent, (await host.PutSeedAsync("""
            { "faults": [ { "api": "DescribeNamespaceList", "fault": "error:user.indebt" } ], "namespaces": [ { "namespaceId": "cn-hangzhou:a" } ] }
            """)).StatusCode);

        Assert.Null((await host.SendAsync(SaeRequest.ListApplications())).ErrorCode);
        Assert.Equal("user.indebt", (await host.SendAsync(SaeRequest.DescribeNamespaceList())).ErrorCode);

        Assert.Equal(HttpStatusCode.NoContent, (await host.PutSeedAsync("""{ "namespaces": [ { "namespaceId": "cn-hangzhou:a" } ] }""")).StatusCode);
        Assert.Empty((await host.GetFaultsAsync()).GetProperty("faults").EnumerateArray());
    }

    [Fact]
    public async Task AnOfficialApiTheEmulatorDoesNotEmulate_CanBeFaulted_SoAClientCanTestALostAnswerOfIt()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        HttpResponseMessage response = await host.TryPutFaultsAsync("""{ "faults": [ { "api": "DeleteApplication", "count": 1, "fault": "closeAfterEffect" } ] }""");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("DeleteApplication", (await host.GetFaultsAsync()).GetProperty("faults")[0].GetProperty("api").GetString());
    }

    [Theory]
    [InlineData("not json", "not valid")]
    [InlineData("null", "null")]
    [InlineData("""{ "faults": [ { "api": "StartApp", "fault": "latency" } ] }""", "unknown api 'StartApp'")]
    [InlineData("""{ "faults": [ { "api": "listApplications", "fault": "latency" } ] }""", "unknown api 'listApplications'")]
    [InlineData("""{ "faults": [ { "fault": "slow" } ] }""", "unknown fault 'slow'")]
    [InlineData("""{ "faults": [ { "fault": "error:Throttling.user" } ] }""", "'Throttling.user' is not a documented")]
    [InlineData("""{ "faults": [ { "fault": "http:404" } ] }""", "unknown fault 'http:404'")]
    [InlineData("""{ "faults": [ { "api": "ListApplications" } ] }""", "needs a fault")]
    [InlineData("""{ "faults": [ { "fault": "latency" }, { "fault": "latency", "rate": 1.5 } ] }""", "fault rule #2 has the rate 1.5")]
    [InlineData("""{ "faults": [ { "fault": "latency", "count": -1 } ] }""", "negative count")]
    [InlineData("""{ "faults": [ { "fault": "latency", "latencyMs": -1 } ] }""", "latencyMs -1")]
    [InlineData("""{ "faults": [ { "fault": "latency", "namespaceId": "" } ] }""", "empty namespaceId")]
    [InlineData("""{ "faults": [ { "fault": "latency", "namespceId": "cn-hangzhou:demo" } ] }""", "namespceId")]
    [InlineData("""{ "faults": [ null ] }""", "fault rule #1 is null")]
    [InlineData("""{ "randomSeed": "x", "faults": [] }""", "not valid")]
    public async Task AnInvalidPlan_Is400WithAMessage_AndTheOldPlanStays(string json, string messagePart)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "api": "ListApplications", "fault": "error:Throttling" } ] }""");

        HttpResponseMessage response = await host.TryPutFaultsAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(messagePart, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString());
        Assert.Equal("Throttling", (await host.SendAsync(SaeRequest.ListApplications())).ErrorCode);
    }

    [Theory]
    [InlineData("""{ "faults": [ { "fault": "error:Nope" } ] }""", "'Nope' is not a documented")]
    [InlineData("""{ "faults": [ { "api": "Nope", "fault": "latency" } ] }""", "fault rule #1 names the unknown api 'Nope'")]
    [InlineData("""{ "latencyMs": -5 }""", "latencyMs")]
    [InlineData("""{ "faults": [ { "fault": "latency", "latencyMs": 600001 } ] }""", "latencyMs 600001")]
    public void ASeedWithAnInvalidPlan_IsRefused(string json, string messagePart)
    {
        SeedException e = Assert.Throws<SeedException>(() => SeedLoader.Parse(json));

        Assert.Contains(messagePart, e.Message);
    }

    [Fact]
    public void TheDefaultSeed_HasNoFaultsAndNoLatency()
    {
        SeedDocument seed = SeedLoader.LoadDefault();

        Assert.Empty(seed.Faults);
        Assert.Null(seed.LatencyMs);
    }

    [Fact]
    public async Task TheAdminState_ShowsWhichChangeOrdersStartedStoppedAndRestartedEachApplication()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(2, delayMs: 0));
        string started = await host.StartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppId(1));
        string restarted = await host.RestartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppIds(1, 2));
        string stopped = await host.StopApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppId(2));

        JsonElement state = await host.GetStateAsync();

        JsonElement first = host.FindApp(state, TestSeeds.AppId(1));
        JsonElement second = host.FindApp(state, TestSeeds.AppId(2));
        Assert.Equal([started], Ids(first, "startedBy"));
        Assert.Equal([restarted], Ids(first, "restartedBy"));
        Assert.Empty(Ids(first, "stoppedBy"));
        Assert.Empty(Ids(second, "startedBy"));
        Assert.Equal([restarted], Ids(second, "restartedBy"));
        Assert.Equal([stopped], Ids(second, "stoppedBy"));
    }

    [Fact]
    public void TheCommandLine_TakesLatencyMs()
    {
        Assert.Equal(50, EmulatorOptions.Parse(["--latency-ms", "50"]).LatencyMs);
        Assert.Equal(0, EmulatorOptions.Parse(["--latency-ms=0"]).LatencyMs);
        Assert.Null(EmulatorOptions.Parse([]).LatencyMs);
        Assert.Throws<EmulatorOptionsException>(() => EmulatorOptions.Parse(["--latency-ms", "-1"]));
        Assert.Throws<EmulatorOptionsException>(() => EmulatorOptions.Parse(["--latency-ms", "soon"]));
        Assert.Throws<EmulatorOptionsException>(() => EmulatorOptions.Parse(["--latency-ms", "600001"]));
    }

    private static IReadOnlyList<string?> Ids(JsonElement app, string property) => app.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();

    /// <summary>Sends <paramref name="count"/> ListApplications one after the other; the error code of each (null for success).</summary>
    private static async Task<IReadOnlyList<string?>> ListApplicationsCodesAsync(EmulatorTestHost host, int count)
    {
        var codes = new List<string?>();
        for (int i = 0; i < count; i++)
        {
            codes.Add((await host.SendAsync(SaeRequest.ListApplications())).ErrorCode);
        }

        return codes;
    }
}
