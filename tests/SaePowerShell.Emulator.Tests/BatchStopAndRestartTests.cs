using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>BatchStopApplications and BatchRestartApplications, and what all three batch APIs share.</summary>
public sealed class BatchStopAndRestartTests
{
    public static readonly TheoryData<string> StopAndRestart = new() { "BatchStopApplications", "BatchRestartApplications" };

    public static readonly TheoryData<string> EveryBatchApi = new(BatchApis);

    private static string[] BatchApis => ["BatchStartApplications", "BatchStopApplications", "BatchRestartApplications"];

    [Fact]
    public async Task Stop_StopsRunningApplications_WithABatchStopChangeOrder()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(3, delayMs: 300, status: "RUNNING"));

        string id = await host.StopApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppId(1), TestSeeds.AppId(2));

        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal("CoBatchStopApplication", order.GetProperty("CoTypeCode").GetString());
        Assert.Equal("Batch Stop Applications", order.GetProperty("CoType").GetString());
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(1)));

        host.Clock.Advance(TimeSpan.FromMilliseconds(300));

        Assert.Equal(2, (await host.DescribeChangeOrderAsync(id)).GetProperty("Status").GetInt32());
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(1)));
        Assert.Equal(("STOPPED", 0), await host.AppStateAsync(TestSeeds.AppId(2)));
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync(TestSeeds.AppId(3)));
        JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(TestSeeds.AppId(2)));
        Assert.Equal(("STOPPED", 0, id, "SUCCESS"), (
            status.GetProperty("CurrentStatus").GetString(),
            status.GetProperty("RunningInstances").GetInt32(),
            status.GetProperty("LastChangeOrderId").GetString(),
            status.GetProperty("LastChangeOrderStatus").GetString()));
        JsonElement admin = (await host.GetStateAsync()).GetProperty("changeOrders").EnumerateArray().Single();
        Assert.Equal("CoBatchStopApplication", admin.GetProperty("coTypeCode").GetString());
        Assert.Empty(host.FindApp(await host.GetStateAsync(), TestSeeds.AppId(1)).GetProperty("startedBy").EnumerateArray());
    }

    [Fact]
    public async Task StartThenStop_RoundTripsTheDefaultSeedsApplications()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.StartApplicationsAsync("cn-hangzhou:demo");
        host.Clock.Advance(TimeSpan.FromMilliseconds(EmulatorOptions.DefaultChangeOrderDelayMs));
        Assert.Equal(("RUNNING", 3), await host.AppStateAsync(DemoOrderApi));

        string stop = await host.StopApplicationsAsync("cn-hangzhou:demo");
        host.Clock.Advance(TimeSpan.FromMilliseconds(EmulatorOptions.DefaultChangeOrderDelayMs));

        Assert.Equal(3, (await host.DescribeChangeOrderAsync(stop)).GetProperty("BatchCount").GetInt32());
        foreach (string app in new[] { DemoWebFrontend, DemoOrderApi, DemoPaymentWorker })
        {
            Assert.Equal(("STOPPED", 0), await host.AppStateAsync(app));
        }
    }

    [Fact]
    public async Task Restart_MakesStoppedAndRunningApplicationsRun_WithARestartChangeOrder()
    {
        const string seed = """
            { "changeOrderDelayMs": 100, "namespaces": [ { "namespaceId": "cn-hangzhou:r" } ],
              "applications": [ { "appId": "up", "appName": "up", "namespaceId": "cn-hangzhou:r", "instances": 3, "runningInstances": 1, "status": "RUNNING" },
                                { "appId": "down", "appName": "down", "namespaceId": "cn-hangzhou:r", "instances": 2 } ] }
            """;
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(seed);

        string id = await host.RestartApplicationsAsync("cn-hangzhou:r", "up", "down");

        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal("CoRestartApplication", order.GetProperty("CoTypeCode").GetString());
        Assert.Equal("Batch Restart Applications", order.GetProperty("CoType").GetString());
        Assert.Equal(("RUNNING", 1), await host.AppStateAsync("up"));
        host.Clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(("RUNNING", 3), await host.AppStateAsync("up"));
        Assert.Equal(("RUNNING", 2), await host.AppStateAsync("down"));

        // startedBy proves that Start-SaeApplication never starts twice; a restart is not a start.
        JsonElement state = await host.GetStateAsync();
        Assert.Empty(host.FindApp(state, "down").GetProperty("startedBy").EnumerateArray());
    }

    [Fact]
    public async Task Stop_AcceptsAVersion_AndRejectsAMalformedOne()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.CallAsync(SaeRequest.BatchStop(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DemoOrderApi), ("Version", "2.1")));
        SaeReply bad = await host.SendAsync(SaeRequest.BatchStop(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DemoWebFrontend), ("Version", "")));

        Assert.Equal("2.1", (await host.GetStateAsync()).GetProperty("changeOrders")[0].GetProperty("version").GetString());
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "The specified parameter is invalid {Version}."), (bad.Status, bad.ErrorCode, bad.Message));
    }

    [Fact]
    public async Task Restart_IgnoresVersion_ItHasNone()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.CallAsync(SaeRequest.BatchRestart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DemoOrderApi), ("Version", "")));

        Assert.Equal(JsonValueKind.Null, (await host.GetStateAsync()).GetProperty("changeOrders")[0].GetProperty("version").ValueKind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Restart_RequiresAppIds_AsTheOfficialSurfaceDoes_AndRefusesAMissingOneLikeAMissingNamespaceId(string? appIds)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.BatchRestart(("NamespaceId", "cn-hangzhou:demo"));
        if (appIds is not null)
        {
            request.With(("AppIds", appIds));
        }

        SaeReply reply = await host.SendAsync(request);
        SaeReply noNamespace = await host.SendAsync(SaeRequest.BatchRestart(("AppIds", DemoOrderApi)));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "You must specify the parameter AppIds."), (reply.Status, reply.ErrorCode, reply.Message));
        Assert.Equal((reply.Status, reply.ErrorCode), (noNamespace.Status, noNamespace.ErrorCode));
        Assert.Equal("You must specify the parameter NamespaceId.", noNamespace.Message);
        Assert.Empty(await host.ChangeOrderIdsAsync());
    }

    [Theory]
    [InlineData("BatchStartApplications")]
    [InlineData("BatchStopApplications")]
    public async Task WithoutAppIds_StartAndStopChangeEveryApplicationOfTheNamespace_AndDuplicatesCountOnce(string api)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.RunBatchAsync(api, "cn-hangzhou:demo");
        await host.RunBatchAsync(api, "cn-hangzhou:staging", StagingWebFrontend, StagingWebFrontend);

        JsonElement[] orders = (await host.GetStateAsync()).GetProperty("changeOrders").EnumerateArray().ToArray();
        Assert.Equal([DemoWebFrontend, DemoOrderApi, DemoPaymentWorker], orders[0].GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([StagingWebFrontend], orders[1].GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
    }

    public static readonly TheoryData<string, string[], HttpStatusCode, string> SharedErrors = Combine(
        [
            ([], HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty"),
            (["NamespaceId", " "], HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty"),
            (["NamespaceId", "cn-hangzhou:nope"], HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound"),
            (["NamespaceId", "cn-hangzhou:billing", "AppIds", BillingInvoiceService], HttpStatusCode.BadRequest, "user.indebt"),
            (["NamespaceId", "cn-shanghai:upgrading"], HttpStatusCode.BadRequest, "System.Upgrading"),
            (["NamespaceId", "cn-hangzhou:demo", "AppIds", ""], HttpStatusCode.BadRequest, "InvalidParameter.Obviously"),
            (["NamespaceId", "cn-hangzhou:demo", "AppIds", DemoOrderApi + ","], HttpStatusCode.BadRequest, "InvalidParameter.Obviously"),
            (["NamespaceId", "cn-hangzhou:demo", "AppIds", "a b"], HttpStatusCode.BadRequest, "InvalidParameter.Obviously"),
            (["NamespaceId", "cn-hangzhou:demo", "AppIds", new string('x', 65)], HttpStatusCode.BadRequest, "InvalidParameter.Obviously"),
            (["NamespaceId", "cn-hangzhou:demo", "AppIds", DemoOrderApi + ",0d1e2f3a-0000-4000-8000-00000000dead"], HttpStatusCode.NotFound, "InvalidAppId.NotFound"),
            (["NamespaceId", "cn-hangzhou:demo", "AppIds", DemoOrderApi + "," + StagingWebFrontend], HttpStatusCode.BadRequest, "Invalid.App.List.Not.Same.Namespace"),
            (["NamespaceId", "cn-hangzhou:empty"], HttpStatusCode.BadRequest, "Mamespace.Have.No.Applications"),
        ]);

    [Theory]
    [MemberData(nameof(SharedErrors))]
    public async Task StopAndRestart_AnswerBatchStartsErrors_AndCreateNothing(string api, string[] query, HttpStatusCode status, string code)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.Batch(api);
        for (int i = 0; i < query.Length; i += 2)
        {
            request.With((query[i], query[i + 1]));
        }

        SaeReply reply = await host.SendAsync(request);

        Assert.True(reply.Status == status && reply.ErrorCode == code, $"Expected {(int)status} {code}, got {(int)reply.Status}: {reply.Body}");
        Assert.False(reply.Body.GetProperty("Success").GetBoolean());
        Assert.Equal(JsonValueKind.Null, reply.Data.ValueKind);
        Assert.Empty((await host.GetStateAsync()).GetProperty("changeOrders").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(EveryBatchApi))]
    public async Task AnApplicationIsBusy_WhileAnyOfItsChangeOrdersExecutes_WhateverTheKinds(string second)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(4, delayMs: 900));
        foreach (string first in BatchApis)
        {
            await host.Http.PostAsync("_emulator/reset", null);

            // Four applications make three batches of 300 ms; app-1 and app-2 share the first, which is over at 300 ms,
            // yet app-1 stays busy until the whole order has ended.
            string id = await host.RunBatchAsync(first, TestSeeds.Namespace, TestSeeds.AppIds(1, 4));
            host.Clock.Advance(TimeSpan.FromMilliseconds(300));
            Assert.Equal(2, (await host.DescribeChangeOrderAsync(id)).GetProperty("Pipelines")[0].GetProperty("Status").GetInt32());

            SaeReply busy = await host.SendAsync(SaeRequest.Batch(second, ("NamespaceId", TestSeeds.Namespace), ("AppIds", TestSeeds.AppId(1))));
            Assert.True(busy.ErrorCode == "Application.ChangerOrderRunning", $"{first} then {second}: {busy.Body}");
            JsonElement status = await host.CallAsync(SaeRequest.DescribeApplicationStatus(TestSeeds.AppId(1)));
            Assert.True(status.GetProperty("LastChangeOrderRunning").GetBoolean());
            Assert.Equal("RUNNING", status.GetProperty("LastChangeOrderStatus").GetString());

            host.Clock.Advance(TimeSpan.FromMilliseconds(600));
            await host.RunBatchAsync(second, TestSeeds.Namespace, TestSeeds.AppId(1));
            host.Clock.Advance(TimeSpan.FromMilliseconds(900));
        }
    }

    [Theory]
    [MemberData(nameof(StopAndRestart))]
    public async Task RequestLog_RecordsTheNamespaceAndAppIds(string api)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.RunBatchAsync(api, "cn-hangzhou:demo", DemoOrderApi, DemoWebFrontend);
        await host.SendAsync(SaeRequest.Batch(api, ("NamespaceId", "cn-hangzhou:billing"), ("AppIds", BillingInvoiceService)));

        JsonElement[] log = await host.GetRequestLogAsync();
        Assert.Equal([api, api], log.Select(e => e.GetProperty("api").GetString()));
        Assert.Equal(("PUT", 200, "cn-hangzhou:demo"), (log[0].GetProperty("method").GetString(), log[0].GetProperty("status").GetInt32(), log[0].GetProperty("namespaceId").GetString()));
        Assert.Equal([DemoOrderApi, DemoWebFrontend], log[0].GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal((400, "user.indebt", "cn-hangzhou:billing"), (log[1].GetProperty("status").GetInt32(), log[1].GetProperty("code").GetString(), log[1].GetProperty("namespaceId").GetString()));
        Assert.Equal([BillingInvoiceService], log[1].GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
    }

    private static TheoryData<string, string[], HttpStatusCode, string> Combine((string[] Query, HttpStatusCode Status, string Code)[] cases)
    {
        var data = new TheoryData<string, string[], HttpStatusCode, string>();
        foreach (string api in new[] { "BatchStopApplications", "BatchRestartApplications" })
        {
            foreach ((string[] query, HttpStatusCode status, string code) in cases)
            {
                if (api == "BatchRestartApplications" && !query.Contains("AppIds") && query.Length == 2 && !string.IsNullOrWhiteSpace(query[1]))
                {
                    // Restart requires AppIds, so its namespace-level errors are reached only with one; "the whole
                    // namespace" (Mamespace.Have.No.Applications) does not exist for it.
                    string? app = FirstAppOf(query[1]);
                    if (app is not null)
                    {
                        data.Add(api, [.. query, "AppIds", app], status, code);
                    }

                    continue;
                }

                data.Add(api, query, status, api == "BatchRestartApplications" && query is [.., "AppIds", ""] ? "InvalidParameter.NotEmpty" : code);
            }
        }

        return data;
    }

    private static string? FirstAppOf(string namespaceId) => namespaceId switch
    {
        "cn-hangzhou:nope" => DemoOrderApi,
        "cn-shanghai:upgrading" => UpgradingBatchImporter,
        _ => null,
    };
}
