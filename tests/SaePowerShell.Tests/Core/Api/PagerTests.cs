using System.Web;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>The one pager: strict about what the service says of its paging, stepping down a refused page size, bounded in pages.</summary>
public sealed class PagerTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    private const string RefusedSize = """{"RequestId":"r","Code":"InvalidParameter.PageSize","Message":"The PageSize is out of range."}""";

    private static string Apps(int total, params string[] ids) =>
        "{\"RequestId\":\"r\",\"Code\":\"200\",\"Success\":true,\"Data\":{\"TotalSize\":" + total + ",\"Applications\":["
        + string.Join(",", ids.Select(id => "{\"AppId\":\"" + id + "\",\"NamespaceId\":\"cn-hangzhou:demo\"}")) + "]}}";

    private static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Page(int total, params string[] ids) => ScriptedHandler.Json(200, Apps(total, ids));

    /// <summary>Every page brings one application no page brought before, and counts <paramref name="total"/>.</summary>
    private static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> OneNewEachPage(int total) => (request, token) =>
        ScriptedHandler.Json(200, Apps(total, "app-" + Query(request, "CurrentPage")))(request, token);

    private static string? Query(HttpRequestMessage request, string name) => HttpUtility.ParseQueryString(request.RequestUri!.Query)[name];

    private static Pager<SaeApplication> Pager(SaeClient client, int maximumPages = 100, IReadOnlyList<int>? pageSizes = null) =>
        new(client, (page, size) => ListApplicationsCall.Request(Location, "cn-hangzhou:demo", null, null, page, size), ListApplicationsCall.Parse, app => app.AppId,
            pageSizes ?? ListApplicationsCall.PageSizes, maximumPages);

    [Fact]
    public async Task ReadsEveryPage_AndHandsAnItemSeenTwiceOnOnce()
    {
        var (client, handler) = ScriptedClient.Create(Page(5, "a", "b"), Page(5, "b", "c", "d"), Page(5, "e"));
        Pager<SaeApplication> pager = Pager(client);

        IReadOnlyList<SaeApplication> apps = await pager.ReadAllAsync(CancellationToken.None);

        Assert.Equal(["a", "b", "c", "d", "e"], apps.Select(a => a.AppId));
        Assert.True(pager.Complete);
        Assert.Equal(["1", "2", "3"], handler.Requests.Select(r => Query(r, "CurrentPage")));
    }

    [Fact]
    public async Task ATotalThatGrows_StopsWhereTheFirstPageSaidTheListEnds_WithAnError()
    {
        var (client, handler) = ScriptedClient.Create(Page(3, "a"), OneNewEachPage(1_000_000_000));
        Pager<SaeApplication> pager = Pager(client);
        var read = new List<string>();

        while (pager.HasMore)
        {
            read.AddRange((await pager.NextAsync(CancellationToken.None)).Select(a => a.AppId));
        }

        // One a page and a first page that counts three: three pages, and the third's application is still handed on.
        Assert.Equal(["a", "app-2", "app-3"], read);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("IncompleteListing", pager.Failure!.Code);
        Assert.False(pager.Complete);
        await Assert.ThrowsAsync<SaeServiceException>(() => Pager(ScriptedClient.Create(Page(3, "a"), OneNewEachPage(1_000_000_000)).Client).ReadAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AHugeTotalWithShortPages_StopsAtThePageBound_AndTheCallerSaysWhatThatMeans()
    {
        var (client, handler) = ScriptedClient.Create(OneNewEachPage(1_000_000_000));
        Pager<SaeApplication> pager = Pager(client, maximumPages: 5);

        IReadOnlyList<SaeApplication> apps = await pager.ReadAllAsync(CancellationToken.None);

        Assert.Equal(5, apps.Count);
        Assert.Equal(5, handler.Requests.Count);
        Assert.True(pager.ReachedBound);
        Assert.False(pager.Complete);
        Assert.Null(pager.Failure);
        SaeServiceException error = pager.BoundError();
        Assert.Equal("IncompleteListing", error.Code);
        Assert.Contains("After 5 page(s)", error.Message);
    }

    [Fact]
    public async Task AListingThatEndsOnThePageBound_IsComplete()
    {
        var (client, _) = ScriptedClient.Create(Page(2, "a"), Page(2, "b"));
        Pager<SaeApplication> pager = Pager(client, maximumPages: 2);

        await pager.ReadAllAsync(CancellationToken.None);

        Assert.True(pager.Complete);
        Assert.False(pager.ReachedBound);
    }

    [Theory]
    [InlineData(new[] { "b" }, "ListingRepeats")]      // a page of items already read
    [InlineData(new string[0], "IncompleteListing")]   // an empty page before the total
    public async Task APageThatCannotBeTrusted_EndsTheListingWithAnError(string[] secondPage, string code)
    {
        var (client, handler) = ScriptedClient.Create(Page(4, "a", "b"), Page(4, secondPage), Page(4, "c", "d"));

        SaeServiceException error = await Assert.ThrowsAsync<SaeServiceException>(() => Pager(client).ReadAllAsync(CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ARefusedPageSize_StepsDownToTheNext_AndTheListingIsRead()
    {
        var (client, handler) = ScriptedClient.Create(ScriptedHandler.Json(400, RefusedSize), ScriptedHandler.Json(400, RefusedSize), Page(3, "a", "b"), Page(3, "c"));
        Pager<SaeApplication> pager = Pager(client);

        IReadOnlyList<SaeApplication> apps = await pager.ReadAllAsync(CancellationToken.None);

        Assert.Equal(["a", "b", "c"], apps.Select(a => a.AppId));
        Assert.Equal(["10000", "1000", "100", "100"], handler.Requests.Select(r => Query(r, "PageSize")));
        Assert.Equal(["1", "1", "1", "2"], handler.Requests.Select(r => Query(r, "CurrentPage")));
        Assert.Equal(2, pager.PagesRead);
        Assert.True(pager.Complete);
    }

    [Fact]
    public async Task ARefusalOfTheSmallestSize_OfAnotherKind_OrOfALaterPage_IsTheRefusal()
    {
        var (smallest, smallestHandler) = ScriptedClient.Create(ScriptedHandler.Json(400, RefusedSize));
        Assert.Equal("InvalidParameter.PageSize", (await Assert.ThrowsAsync<SaeServiceException>(() => Pager(smallest, pageSizes: [100]).ReadAllAsync(CancellationToken.None))).Code);
        Assert.Single(smallestHandler.Requests);

        var (other, otherHandler) = ScriptedClient.Create(ScriptedHandler.Json(400, """{"RequestId":"r","Code":"InvalidNamespaceId.NotFound","Message":"No such namespace."}"""));
        Assert.Equal("InvalidNamespaceId.NotFound", (await Assert.ThrowsAsync<SaeServiceException>(() => Pager(other).ReadAllAsync(CancellationToken.None))).Code);
        Assert.Single(otherHandler.Requests);

        var (later, laterHandler) = ScriptedClient.Create(Page(3, "a", "b"), ScriptedHandler.Json(400, RefusedSize));
        Assert.Equal("InvalidParameter.PageSize", (await Assert.ThrowsAsync<SaeServiceException>(() => Pager(later).ReadAllAsync(CancellationToken.None))).Code);
        Assert.Equal(2, laterHandler.Requests.Count);
    }

    [Fact]
    public async Task AServiceThatClampsThePageSize_IsFollowedAtTheSizeItGives()
    {
        var (client, handler) = ScriptedClient.Create(Page(5, "a", "b"), Page(5, "c", "d"), Page(5, "e"));
        Pager<SaeApplication> pager = Pager(client);

        IReadOnlyList<SaeApplication> apps = await pager.ReadAllAsync(CancellationToken.None);

        Assert.Equal(5, apps.Count);
        Assert.True(pager.Complete);
        Assert.All(handler.Requests, r => Assert.Equal("10000", Query(r, "PageSize")));
    }
}
