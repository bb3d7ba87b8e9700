using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// A benchmark-sized account, 1,000 applications in 50 namespaces seeded through <c>PUT /_emulator/seed</c>, answered
/// right under concurrent requests. How long that takes is measured by the Bench task (tools/bench/ListingCalls.ps1
/// lists 20,000 applications), not asserted here: a unit test bounds no wall time.
/// </summary>
public sealed class ScaleTests
{
    private const int Namespaces = 50;
    private const int AppsPerNamespace = 20;

    [Fact]
    public async Task ListApplications_OverAThousandApplications_ListsEveryOne_EveryTime()
    {
        await using EmulatorTestHost host = await StartWithBigSeedAsync();

        for (int i = 0; i < 20; i++)
        {
            JsonElement data = await host.CallAsync(SaeRequest.ListApplications(("PageSize", "1000")));
            Assert.Equal(1000, data.GetProperty("TotalSize").GetInt32());
            Assert.Equal(1000, data.GetProperty("Applications").GetArrayLength());
        }

        JsonElement one = await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", Namespace(50)), ("PageSize", "100")));
        Assert.Equal(AppsPerNamespace, one.GetProperty("TotalSize").GetInt32());
        Assert.Equal(AppId(50, 1), one.GetProperty("Applications")[0].GetProperty("AppId").GetString());
    }

    [Fact]
    public async Task FiftyConcurrentBatchStarts_AllSucceed_AndEachApplicationStartsOnce()
    {
        await using EmulatorTestHost host = await StartWithBigSeedAsync();

        string[] orders = await Task.WhenAll(Enumerable.Range(1, Namespaces).Select(n => host.StartApplicationsAsync(Namespace(n))));

        Assert.Equal(Namespaces, orders.Distinct().Count());
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        JsonElement state = await host.GetStateAsync();
        JsonElement[] apps = state.GetProperty("applications").EnumerateArray().ToArray();
        Assert.Equal(Namespaces * AppsPerNamespace, apps.Length);
        Assert.All(apps, app =>
        {
            Assert.Equal(1, app.GetProperty("startedBy").GetArrayLength());
            Assert.Equal("RUNNING", app.GetProperty("status").GetString());
        });
        Assert.All(state.GetProperty("changeOrders").EnumerateArray(), o => Assert.Equal(2, o.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task ConcurrentStartsOfTheSameNamespace_StartItOnce()
    {
        await using EmulatorTestHost host = await StartWithBigSeedAsync();

        SaeReply[] replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.SendAsync(SaeRequest.BatchStart(("NamespaceId", Namespace(7))))));

        Assert.Single(replies, r => r.Status == HttpStatusCode.OK);
        Assert.All(replies.Where(r => r.Status != HttpStatusCode.OK), r => Assert.Equal("Application.ChangerOrderRunning", r.ErrorCode));
        Assert.Single(await host.ChangeOrderIdsAsync());
    }

    [Fact]
    public async Task AThousandFinishedChangeOrders_LeaveEachApplicationItsOwn()
    {
        await using EmulatorTestHost host = await StartWithBigSeedAsync(delayMs: 0);
        for (int round = 0; round < 10; round++)
        {
            await Task.WhenAll(Enumerable.Range(1, Namespaces).Select(n => round % 2 == 0 ? host.StartApplicationsAsync(Namespace(n)) : host.StopApplicationsAsync(Namespace(n))));
        }

        Assert.Equal(10 * Namespaces, (await host.ChangeOrderIdsAsync()).Length);
        for (int i = 0; i < 50; i++)
        {
            Assert.Equal(10, (await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", AppId(1, 1))))).GetProperty("TotalSize").GetInt32());
        }

        JsonElement listed = await host.CallAsync(SaeRequest.ListChangeOrders(("AppId", AppId(1, 1)), ("PageSize", "200")));
        Assert.Equal(10, listed.GetProperty("TotalSize").GetInt32());
    }

    private static string Namespace(int n) => $"cn-hangzhou:bench{n:D2}";

    private static string AppId(int ns, int app) => $"bench-{ns:D2}-{app:D2}";

    private static async Task<EmulatorTestHost> StartWithBigSeedAsync(int delayMs = 1500)
    {
        EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        var seed = new StringBuilder($$"""{ "changeOrderDelayMs": {{delayMs}}, "namespaces": [""");
        seed.AppendJoin(",", Enumerable.Range(1, Namespaces).Select(n => $$"""{ "namespaceId": "{{Namespace(n)}}" }"""));
        seed.Append("""], "applications": [""");
        seed.AppendJoin(",", Enumerable.Range(1, Namespaces).SelectMany(n => Enumerable.Range(1, AppsPerNamespace).Select(a =>
            $$"""{ "appId": "{{AppId(n, a)}}", "appName": "svc{{a}}", "namespaceId": "{{Namespace(n)}}", "instances": 2 }""")));
        seed.Append("] }");
        HttpResponseMessage put = await host.PutSeedAsync(seed.ToString());
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        return host;
    }
}
