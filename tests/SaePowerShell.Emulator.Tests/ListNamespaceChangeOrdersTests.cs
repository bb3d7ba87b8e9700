using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

public sealed class ListNamespaceChangeOrdersTests
{
    private const string Demo = "cn-hangzhou:demo";

    [Fact]
    public async Task ListsTheNamespacesBatchStartsAndStops_NewestFirst_WithTheOfficialFields()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string start = await host.StartApplicationsAsync(Demo);
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        await host.StartApplicationsAsync("cn-hangzhou:staging");
        string stop = await host.StopApplicationsAsync(Demo, DemoWebFrontend);
        string restart = await host.RestartApplicationsAsync(Demo, DemoOrderApi);

        JsonElement data = await host.CallAsync(SaeRequest.ListNamespaceChangeOrders(("NamespaceId", Demo)));

        // The restart belongs to the namespace too, but the API lists batch starts and stops only.
        Assert.Equal((1, 10, 2), (data.GetProperty("CurrentPage").GetInt32(), data.GetProperty("PageSize").GetInt32(), data.GetProperty("TotalSize").GetInt32()));
        JsonElement[] list = data.GetProperty("ChangeOrderList").EnumerateArray().ToArray();
        Assert.Equal([stop, start], list.Select(o => o.GetProperty("ChangeOrderId").GetString()));
        Assert.DoesNotContain(restart, list.Select(o => o.GetProperty("ChangeOrderId").GetString()));

        JsonElement running = list[0];
        Assert.Equal(
            new[] { "ChangeOrderId", "NamespaceId", "Status", "CoType", "CoTypeCode", "CreateTime", "FinishTime", "Description", "BatchCount", "BatchType", "GroupId", "Source", "UserId", "CreateUserId" }.Order(StringComparer.Ordinal),
            running.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal((Demo, 1), (running.GetProperty("NamespaceId").GetString(), running.GetProperty("Status").GetInt32()));
        Assert.Equal(("Batch Stop Applications", "CoBatchStopApplication"), (running.GetProperty("CoType").GetString(), running.GetProperty("CoTypeCode").GetString()));
        Assert.Equal(("2026-03-01 16:00:02", ""), (running.GetProperty("CreateTime").GetString(), running.GetProperty("FinishTime").GetString()));
        Assert.Equal("Batch Stop Applications: 1 application(s) in cn-hangzhou:demo", running.GetProperty("Description").GetString());
        Assert.Equal((1, "auto", "", "console", "sae-emulator", "sae-emulator"), (
            running.GetProperty("BatchCount").GetInt32(),
            running.GetProperty("BatchType").GetString(),
            running.GetProperty("GroupId").GetString(),
            running.GetProperty("Source").GetString(),
            running.GetProperty("UserId").GetString(),
            running.GetProperty("CreateUserId").GetString()));

        JsonElement finished = list[1];
        Assert.Equal((2, 3, "CoBatchStartApplication"), (finished.GetProperty("Status").GetInt32(), finished.GetProperty("BatchCount").GetInt32(), finished.GetProperty("CoTypeCode").GetString()));
        Assert.Equal(("2026-03-01 16:00:00", "2026-03-01 16:00:01"), (finished.GetProperty("CreateTime").GetString(), finished.GetProperty("FinishTime").GetString()));
    }

    [Fact]
    public async Task CoTypeCoStatusAndKey_Filter_AndEmptyValuesDoNot()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(1, delayMs: 10));
        var created = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            created.Add(i % 2 == 0 ? await host.StartApplicationsAsync(TestSeeds.Namespace) : await host.StopApplicationsAsync(TestSeeds.Namespace));
            host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        string running = await host.StartApplicationsAsync(TestSeeds.Namespace);

        Assert.Equal([created[3], created[1]], await ListIds(host, ("CoType", "CoBatchStopApplication")));
        Assert.Equal([running], await ListIds(host, ("CoStatus", "1")));
        Assert.Equal(Enumerable.Reverse(created), await ListIds(host, ("CoStatus", "2")));
        Assert.Equal([created[2], created[0]], await ListIds(host, ("CoType", "CoBatchStartApplication"), ("CoStatus", "2")));
        Assert.Empty(await ListIds(host, ("CoType", "CoRestartApplication")));
        Assert.Equal([created[1]], await ListIds(host, ("Key", created[1][..8].ToUpperInvariant())));
        Assert.Equal(3, (await ListIds(host, ("Key", "batch start"))).Length);
        Assert.Equal(5, (await ListIds(host, ("CoType", ""), ("CoStatus", ""), ("Key", ""))).Length);
    }

    [Fact]
    public async Task Pages_AreOneBased_AndCoverEveryOrderOnce()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(TestSeeds.Line(1, delayMs: 0));
        var created = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            created.Add(i % 2 == 0 ? await host.StartApplicationsAsync(TestSeeds.Namespace) : await host.StopApplicationsAsync(TestSeeds.Namespace));
        }

        var seen = new List<string>();
        for (int page = 1; page <= 3; page++)
        {
            JsonElement data = await host.CallAsync(SaeRequest.ListNamespaceChangeOrders(("NamespaceId", TestSeeds.Namespace), ("CurrentPage", $"{page}"), ("PageSize", "2")));
            Assert.Equal((page, 2, 5), (data.GetProperty("CurrentPage").GetInt32(), data.GetProperty("PageSize").GetInt32(), data.GetProperty("TotalSize").GetInt32()));
            seen.AddRange(data.GetProperty("ChangeOrderList").EnumerateArray().Select(o => o.GetProperty("ChangeOrderId").GetString()!));
        }

        Assert.Equal(Enumerable.Reverse(created), seen);
        JsonElement beyond = await host.CallAsync(SaeRequest.ListNamespaceChangeOrders(("NamespaceId", TestSeeds.Namespace), ("CurrentPage", "4"), ("PageSize", "2")));
        Assert.Empty(beyond.GetProperty("ChangeOrderList").EnumerateArray());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "You must specify the parameter NamespaceId.")]
    [InlineData(" ", HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "You must specify the parameter NamespaceId.")]
    [InlineData("cn-hangzhou:nope", HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound", "The specified NamespaceId does not exist.")]
    public async Task AMissingOrUnknownNamespace_IsRefused_AsListApplicationsRefusesIt(string? namespaceId, HttpStatusCode status, string code, string message)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListNamespaceChangeOrders();
        if (namespaceId is not null)
        {
            request.With(("NamespaceId", namespaceId));
        }

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal((status, code, message), (reply.Status, reply.ErrorCode, reply.Message));
        if (namespaceId == "cn-hangzhou:nope")
        {
            SaeReply listApplications = await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", namespaceId)));
            Assert.Equal((listApplications.Status, listApplications.ErrorCode), (reply.Status, reply.ErrorCode));
        }
    }

    [Theory]
    [InlineData("CurrentPage", "0")]
    [InlineData("PageSize", "201")]
    [InlineData("PageSize", "x")]
    [InlineData("CoStatus", "done")]
    public async Task BadPagingOrStatus_IsObviouslyInvalid(string parameter, string value)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.ListNamespaceChangeOrders(("NamespaceId", Demo), (parameter, value)));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.Obviously", $"The specified parameter is invalid {{{parameter}}}."), (reply.Status, reply.ErrorCode, reply.Message));
    }

    private static async Task<string[]> ListIds(EmulatorTestHost host, params (string Key, string Value)[] filters)
    {
        JsonElement data = await host.CallAsync(SaeRequest.ListNamespaceChangeOrders(("NamespaceId", TestSeeds.Namespace)).With(filters));
        return data.GetProperty("ChangeOrderList").EnumerateArray().Select(o => o.GetProperty("ChangeOrderId").GetString()!).ToArray();
    }
}
