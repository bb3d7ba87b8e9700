using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

public sealed class ListChangeOrdersTests
{
    [Fact]
    public async Task ListsEveryOrderThatIncludesTheApplication_NewestFirst_WithTheDocumentedFields()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string start = await host.StartApplicationsAsync("cn-hangzhou:demo");
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        await host.StartApplicationsAsync("cn-hangzhou:staging");
        await host.StopApplicationsAsync("cn-hangzhou:demo", DemoWebFrontend);
        string stop = await host.StopApplicationsAsync("cn-hangzhou:demo", DemoOrderApi, DemoPaymentWorker);

        JsonElement data = await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", DemoOrderApi)));

        Assert.Equal((1, 10, 2), (data.GetProperty("CurrentPage").GetInt32(), data.GetProperty("PageSize").GetInt32(), data.GetProperty("TotalSize").GetInt32()));
        JsonElement[] list = data.GetProperty("ChangeOrderList").EnumerateArray().ToArray();
        Assert.Equal([stop, start], list.Select(o => o.GetProperty("ChangeOrderId").GetString()));

        JsonElement running = list[0];
        Assert.Equal(DemoOrderApi, running.GetProperty("AppId").GetString());
        Assert.Equal(1, running.GetProperty("Status").GetInt32());
        Assert.Equal(("Batch Stop Applications", "CoBatchStopApplication"), (running.GetProperty("CoType").GetString(), running.GetProperty("CoTypeCode").GetString()));
        Assert.Equal(("2026-03-01 16:00:02", ""), (running.GetProperty("CreateTime").GetString(), running.GetProperty("FinishTime").GetString()));
        Assert.Equal("Batch Stop Applications: 2 application(s) in cn-hangzhou:demo", running.GetProperty("Description").GetString());
        Assert.Equal((2, "auto", "", "console"), (
            running.GetProperty("BatchCount").GetInt32(),
            running.GetProperty("BatchType").GetString(),
            running.GetProperty("GroupId").GetString(),
            running.GetProperty("Source").GetString()));
        Assert.Equal("sae-emulator", running.GetProperty("UserId").GetString());
        Assert.Equal("sae-emulator", running.GetProperty("CreateUserId").GetString());

        JsonElement finished = list[1];
        Assert.Equal((2, 3, "CoBatchStartApplication"), (finished.GetProperty("Status").GetInt32(), finished.GetProperty("BatchCount").GetInt32(), finished.GetProperty("CoTypeCode").GetString()));
        Assert.Equal(("2026-03-01 16:00:00", "2026-03-01 16:00:01"), (finished.GetProperty("CreateTime").GetString(), finished.GetProperty("FinishTime").GetString()));
    }

    [Fact]
    public async Task AnApplicationWithoutOrders_HasAnEmptyList()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.StartApplicationsAsync("cn-hangzhou:demo", DemoWebFrontend);

        JsonElement data = await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", DemoOrderApi)));

        Assert.Equal(0, data.GetProperty("TotalSize").GetInt32());
        Assert.Equal(JsonValueKind.Array, data.GetProperty("ChangeOrderList").ValueKind);
        Assert.Empty(data.GetProperty("ChangeOrderList").EnumerateArray());
    }

    [Fact]
    public async Task Pages_AreOneBased_AndCoverEveryOrderOnce()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(1, delayMs: 10));
        List<string> created = await CreateOrders(host, 5);

        var seen = new List<string>();
        for (int page = 1; page <= 3; page++)
        {
            JsonElement data = await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", TestSeeds.AppId(1)), ("CurrentPage", page.ToString()), ("PageSize", "2")));
            Assert.Equal((page, 2, 5), (data.GetProperty("CurrentPage").GetInt32(), data.GetProperty("PageSize").GetInt32(), data.GetProperty("TotalSize").GetInt32()));
            seen.AddRange(data.GetProperty("ChangeOrderList").EnumerateArray().Select(o => o.GetProperty("ChangeOrderId").GetString()!));
        }

        JsonElement beyond = await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", TestSeeds.AppId(1)), ("CurrentPage", "4"), ("PageSize", "2")));
        JsonElement widest = await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", TestSeeds.AppId(1)), ("PageSize", "200")));

        Assert.Equal(Enumerable.Reverse(created), seen);
        Assert.Empty(beyond.GetProperty("ChangeOrderList").EnumerateArray());
        Assert.Equal(5, widest.GetProperty("ChangeOrderList").GetArrayLength());
    }

    [Fact]
    public async Task CoTypeAndCoStatus_Filter_AloneAndTogether()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(1, delayMs: 10));
        List<string> created = await CreateOrders(host, 4);   // start, stop, start, stop: all finished
        string running = await host.RestartApplicationsAsync(TestSeeds.Namespace, TestSeeds.AppId(1));

        Assert.Equal([created[3], created[1]], await ListIds(host, ("CoType", "CoBatchStopApplication")));
        Assert.Equal([running], await ListIds(host, ("CoType", "CoRestartApplication")));
        Assert.Equal([running], await ListIds(host, ("CoStatus", "1")));
        Assert.Equal(Enumerable.Reverse(created), await ListIds(host, ("CoStatus", "2")));
        Assert.Equal([created[2], created[0]], await ListIds(host, ("CoType", "CoBatchStartApplication"), ("CoStatus", "2")));
        Assert.Empty(await ListIds(host, ("CoType", "CoBatchStartApplication"), ("CoStatus", "1")));
        Assert.Empty(await ListIds(host, ("CoType", "CoDeploy")));
        Assert.Equal(5, (await ListIds(host, ("CoType", ""), ("CoStatus", ""))).Length);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty")]
    [InlineData("", HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty")]
    [InlineData("  ", HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty")]
    [InlineData("0d1e2f3a-0000-4000-8000-00000000dead", HttpStatusCode.NotFound, "InvalidAppId.NotFound")]
    public async Task AMissingOrUnknownAppId_IsRefused(string? appId, HttpStatusCode status, string code)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListChangeOrders();
        if (appId is not null)
        {
            request.With(("AppId", appId));
        }

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal((status, code), (reply.Status, reply.ErrorCode));
        Assert.Equal(code == "InvalidAppId.NotFound" ? "The specified AppId does not exist." : "You must specify the parameter AppId.", reply.Message);
    }

    [Theory]
    [InlineData("CurrentPage", "0")]
    [InlineData("CurrentPage", "-1")]
    [InlineData("CurrentPage", "one")]
    [InlineData("PageSize", "0")]
    [InlineData("PageSize", "201")]
    [InlineData("PageSize", "1.5")]
    [InlineData("PageSize", "")]
    [InlineData("CoStatus", "done")]
    [InlineData("CoStatus", "-1")]
    public async Task BadPagingOrStatus_IsObviouslyInvalid(string parameter, string value)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.ListChangeOrders(("AppId", DemoOrderApi), (parameter, value)));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.Obviously"), (reply.Status, reply.ErrorCode));
        Assert.Equal($"The specified parameter is invalid {{{parameter}}}.", reply.Message);
    }

    /// <summary>Alternately starts and stops app-1 <paramref name="count"/> times, letting each order finish; oldest first.</summary>
    private static async Task<List<string>> CreateOrders(EmulatorTestHost host, int count)
    {
        var ids = new List<string>();
        for (int i = 0; i < count; i++)
        {
            ids.Add(i % 2 == 0 ? await host.StartApplicationsAsync(TestSeeds.Namespace) : await host.StopApplicationsAsync(TestSeeds.Namespace));
            host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        return ids;
    }

    private static async Task<string[]> ListIds(EmulatorTestHost host, params (string Key, string Value)[] filters)
    {
        JsonElement data = await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", TestSeeds.AppId(1))).With(filters));
        return data.GetProperty("ChangeOrderList").EnumerateArray().Select(o => o.GetProperty("ChangeOrderId").GetString()!).ToArray();
    }
}
