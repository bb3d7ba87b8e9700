using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>ListWebApplications, StopWebApplication and DescribeInstanceSpecifications, on the default seed.</summary>
public sealed class MoreReadsTests
{
    private const string Gallery = "0d1e2f3a-0000-4000-8000-000000000901";
    private const string Docs = "0d1e2f3a-0000-4000-8000-000000000902";

    [Fact]
    public async Task ListWebApplications_ByNamespaceAndPrefix_PagedByNextToken()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply all = await host.SendAsync(ListWeb(("Limit", "1")));
        string token = all.Data.GetProperty("NextToken").GetString()!;
        SaeReply next = await host.SendAsync(ListWeb(("Limit", "1"), ("NextToken", token)));

        SurfaceFile.AssertConforms("ListWebApplications", all.Body);
        Assert.Equal([Gallery], Ids(all.Data));
        Assert.Equal([Docs], Ids(next.Data));
        Assert.Equal("", next.Data.GetProperty("NextToken").GetString());
        Assert.Equal(0, all.Data.GetProperty("WebApplicationWithInstanceCount")[0].GetProperty("InstanceCount").GetInt64());
        Assert.Equal([Docs], Ids((await host.CallAsync(ListWeb(("NamespaceId", "cn-shanghai:prod"))))));
        Assert.Empty(Ids(await host.CallAsync(ListWeb(("Prefix", "web-x")))));
        AssertError(await host.SendAsync(ListWeb(("NamespaceId", "cn-hangzhou:none"))), HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound");
        AssertError(await host.SendAsync(ListWeb(("NextToken", "zz"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "NextToken");
    }

    [Fact]
    public async Task StopWebApplication_AnswersTheApplication_AndMovesLastModifiedTime()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string before = (await host.CallAsync(SaeRequest.DescribeWebApplication(Gallery, "cn-hangzhou:demo"))).GetProperty("LastModifiedTime").GetString()!;
        host.Clock.Advance(TimeSpan.FromSeconds(5));

        SaeReply stopped = await host.SendAsync(Stop(Gallery, "cn-hangzhou:demo"));

        SurfaceFile.AssertConforms("StopWebApplication", stopped.Body);
        Assert.Equal(Gallery, stopped.Data.GetProperty("ApplicationId").GetString());
        Assert.NotEqual(before, stopped.Data.GetProperty("LastModifiedTime").GetString());
        AssertError(await host.SendAsync(Stop(Gallery, "cn-shanghai:prod")), HttpStatusCode.NotFound, "InvalidAppId.NotFound", Gallery);
    }

    [Fact]
    public async Task DescribeInstanceSpecifications_AnswersThePairsCreateApplicationTakes()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply specs = await host.SendAsync(SaeRequest.Api("DescribeInstanceSpecifications", "GET", "/pop/v1/paas/quota/instanceSpecifications"));

        SurfaceFile.AssertConforms("DescribeInstanceSpecifications", specs.Body);
        JsonElement[] pairs = specs.Data.EnumerateArray().ToArray();
        Assert.Equal((500, 1024, 1), (pairs[0].GetProperty("Cpu").GetInt32(), pairs[0].GetProperty("Memory").GetInt32(), pairs[0].GetProperty("Id").GetInt32()));
        Assert.Contains(pairs, p => p.GetProperty("Cpu").GetInt32() == 32000 && p.GetProperty("Memory").GetInt32() == 131072);
        Assert.All(pairs, p => Assert.True(p.GetProperty("Enable").GetBoolean()));
        Assert.Equal(pairs.Length, pairs.Select(p => (p.GetProperty("Cpu").GetInt32(), p.GetProperty("Memory").GetInt32())).Distinct().Count());
    }

    private static string[] Ids(JsonElement data) =>
        data.GetProperty("WebApplicationWithInstanceCount").EnumerateArray().Select(w => w.GetProperty("WebApplication").GetProperty("ApplicationId").GetString()!).ToArray();

    private static SaeRequest ListWeb(params (string Key, string Value)[] query) => SaeRequest.Api("ListWebApplications", "GET", "/pop/v2/api/web/applications", query);

    private static SaeRequest Stop(string applicationId, string namespaceId) =>
        SaeRequest.Api("StopWebApplication", "POST", "/pop/v2/api/web/application-ops/{ApplicationId}/stop", ("NamespaceId", namespaceId)).WithPath("ApplicationId", applicationId);
}
