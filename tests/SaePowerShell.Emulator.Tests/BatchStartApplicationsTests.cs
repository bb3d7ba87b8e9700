using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

public sealed class BatchStartApplicationsTests
{
    [Fact]
    public async Task StartsTheListedApplications_WithOneExecutingChangeOrder()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        string changeOrderId = await host.StartApplicationsAsync("cn-hangzhou:demo", DemoWebFrontend, DemoOrderApi);

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", changeOrderId);
        JsonElement state = await host.GetStateAsync();
        JsonElement order = state.GetProperty("changeOrders").EnumerateArray().Single();
        Assert.Equal(changeOrderId, order.GetProperty("changeOrderId").GetString());
        Assert.Equal("cn-hangzhou:demo", order.GetProperty("namespaceId").GetString());
        Assert.Equal([DemoWebFrontend, DemoOrderApi], order.GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, order.GetProperty("status").GetInt32());
        Assert.Equal("CoBatchStartApplication", order.GetProperty("coTypeCode").GetString());
        Assert.Equal([changeOrderId], host.FindApp(state, DemoWebFrontend).GetProperty("startedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(host.FindApp(state, DemoPaymentWorker).GetProperty("startedBy").EnumerateArray());
    }

    [Fact]
    public async Task WithoutAppIds_StartsEveryApplicationOfTheNamespace()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        string changeOrderId = await host.StartApplicationsAsync("cn-hangzhou:demo");

        JsonElement order = (await host.GetStateAsync()).GetProperty("changeOrders").EnumerateArray().Single();
        Assert.Equal(changeOrderId, order.GetProperty("changeOrderId").GetString());
        Assert.Equal([DemoWebFrontend, DemoOrderApi, DemoPaymentWorker], order.GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task DuplicateAppIds_CountOnce()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.StartApplicationsAsync("cn-hangzhou:demo", DemoOrderApi, DemoWebFrontend, DemoOrderApi);

        JsonElement state = await host.GetStateAsync();
        Assert.Equal([DemoOrderApi, DemoWebFrontend], state.GetProperty("changeOrders")[0].GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Single(host.FindApp(state, DemoOrderApi).GetProperty("startedBy").EnumerateArray());
    }

    [Fact]
    public async Task AcceptsAValidVersion()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.CallAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DemoOrderApi), ("Version", "1.0")));

        Assert.Equal("1.0", (await host.GetStateAsync()).GetProperty("changeOrders")[0].GetProperty("version").GetString());
    }

    [Fact]
    public async Task BusinessError_HasSaesErrorEnvelope()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.BatchStart());

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("400", reply.Body.GetProperty("Code").GetString());
        Assert.Equal("InvalidParameter.NotEmpty", reply.Body.GetProperty("ErrorCode").GetString());
        Assert.Equal("You must specify the parameter NamespaceId.", reply.Message);
        Assert.False(reply.Body.GetProperty("Success").GetBoolean());
        Assert.Equal(JsonValueKind.Null, reply.Data.ValueKind);
        Assert.Matches("^[0-9a-f]{32}$", reply.Body.GetProperty("TraceId").GetString());
        Assert.Matches("^[0-9A-F-]{36}$", reply.Body.GetProperty("RequestId").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task MissingNamespaceId_IsNotEmpty(string? namespaceId)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.BatchStart(("AppIds", DemoOrderApi));
        if (namespaceId is not null)
        {
            request.With(("NamespaceId", namespaceId));
        }

        await AssertNothingStarted(host, request, HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty");
    }

    [Fact]
    public async Task UnknownNamespace_IsNamespaceNotFound()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertNothingStarted(host, SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:nope")), HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound");
    }

    [Theory]
    [InlineData("cn-hangzhou:billing", BillingInvoiceService, "user.indebt", "The user has an outstanding payment.")]
    [InlineData("cn-shanghai:upgrading", UpgradingBatchImporter, "System.Upgrading", "The system is being upgraded. Please try again later.")]
    public async Task NamespaceFault_AnswersEveryStart(string namespaceId, string appId, string code, string message)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply withIds = await AssertNothingStarted(host, SaeRequest.BatchStart(("NamespaceId", namespaceId), ("AppIds", appId)), HttpStatusCode.BadRequest, code);
        await AssertNothingStarted(host, SaeRequest.BatchStart(("NamespaceId", namespaceId)), HttpStatusCode.BadRequest, code);

        Assert.Equal(message, withIds.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData("a,,b")]
    [InlineData(",0d1e2f3a-0000-4000-8000-000000000202")]
    [InlineData("0d1e2f3a-0000-4000-8000-000000000202,")]
    [InlineData("0d1e2f3a-0000-4000-8000-000000000202, 0d1e2f3a-0000-4000-8000-000000000201")]
    [InlineData("a\tb")]
    [InlineData("a\u0001b")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123X")]
    public async Task MalformedAppIds_AreObviouslyInvalid(string appIds)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await AssertNothingStarted(host, SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", appIds)), HttpStatusCode.BadRequest, "InvalidParameter.Obviously");

        Assert.Equal("The specified parameter is invalid {AppIds}.", reply.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.0\n")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")]
    public async Task MalformedVersion_IsObviouslyInvalid(string version)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await AssertNothingStarted(
            host, SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DemoOrderApi), ("Version", version)), HttpStatusCode.BadRequest, "InvalidParameter.Obviously");

        Assert.Equal("The specified parameter is invalid {Version}.", reply.Message);
    }

    [Fact]
    public async Task AppIdThatExistsNowhere_IsAppIdNotFound()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertNothingStarted(
            host, SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DemoOrderApi + ",0d1e2f3a-0000-4000-8000-00000000dead")), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
    }

    [Fact]
    public async Task AppIdOfAnotherNamespace_IsNotSameNamespace()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await AssertNothingStarted(
            host, SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DemoOrderApi + "," + StagingWebFrontend)), HttpStatusCode.BadRequest, "Invalid.App.List.Not.Same.Namespace");

        Assert.Equal("The selected applications do not belong to the same namespace.", reply.Message);
    }

    [Fact]
    public async Task NamespaceWithoutApplications_IsMamespaceHaveNoApplications()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertNothingStarted(host, SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:empty")), HttpStatusCode.BadRequest, "Mamespace.Have.No.Applications");
    }

    [Fact]
    public async Task ApplicationWithAnExecutingChangeOrder_IsChangerOrderRunning_UntilItFinishes()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { ChangeOrderDelayMs = 1000 });
        string first = await host.StartApplicationsAsync("cn-hangzhou:demo", DemoOrderApi);

        // Another app alone is fine; the busy one, alone or in company, is not.
        await host.StartApplicationsAsync("cn-hangzhou:demo", DemoWebFrontend);
        host.Clock.Advance(TimeSpan.FromMilliseconds(999));
        SaeReply busy = await host.SendAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DemoPaymentWorker + "," + DemoOrderApi)));
        SaeReply busyAll = await host.SendAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo")));

        Assert.Equal((HttpStatusCode.BadRequest, "Application.ChangerOrderRunning"), (busy.Status, busy.ErrorCode));
        Assert.Equal((HttpStatusCode.BadRequest, "Application.ChangerOrderRunning"), (busyAll.Status, busyAll.ErrorCode));
        Assert.Equal(2, (await host.GetStateAsync()).GetProperty("changeOrders").GetArrayLength());

        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        string second = await host.StartApplicationsAsync("cn-hangzhou:demo", DemoOrderApi);

        JsonElement startedBy = host.FindApp(await host.GetStateAsync(), DemoOrderApi).GetProperty("startedBy");
        Assert.Equal([first, second], startedBy.EnumerateArray().Select(e => e.GetString()));
    }

    private static async Task<SaeReply> AssertNothingStarted(EmulatorTestHost host, SaeRequest request, HttpStatusCode status, string code)
    {
        SaeReply reply = await host.SendAsync(request);
        Assert.True(reply.Status == status && reply.ErrorCode == code, $"Expected {(int)status} {code}, got {(int)reply.Status}: {reply.Body}");
        Assert.Equal(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), reply.Body.GetProperty("Code").GetString());
        Assert.False(reply.Body.GetProperty("Success").GetBoolean());
        Assert.Empty((await host.GetStateAsync()).GetProperty("changeOrders").EnumerateArray());
        return reply;
    }
}
