using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>One emulated API of each kind, answering the official field names and JSON types.</summary>
public sealed class NewApiTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task DescribeRegions_ListsTheWorldsRegions(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.DescribeRegions().WithScheme(scheme));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        SurfaceFile.AssertConforms("DescribeRegions", reply.Body);
        Assert.Equal(200, reply.Body.GetProperty("Code").GetInt32());
        string[] regions = reply.Body.GetProperty("Regions").GetProperty("Region").EnumerateArray().Select(r => r.GetProperty("RegionId").GetString()!).ToArray();
        Assert.Equal(["cn-hangzhou", "cn-shanghai"], regions);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task TagResources_TagsApplications_AndListApplicationsShowsThem(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply tagged = await host.SendAsync(SaeRequest.TagApplications([DefaultSeedIds.DemoOrderApi, DefaultSeedIds.DemoWebFrontend], [("team", "shop"), ("env", "demo")]).WithScheme(scheme));
        SurfaceFile.AssertConforms("TagResources", tagged.Body);
        await host.CallAsync(SaeRequest.TagApplications([DefaultSeedIds.DemoOrderApi], [("team", "orders")]).WithScheme(scheme));

        SaeReply list = await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")).WithScheme(scheme));
        SurfaceFile.AssertConforms("ListApplications", list.Body);
        Dictionary<string, string> TagsOf(string id) => list.Data.GetProperty("Applications").EnumerateArray()
            .Single(a => a.GetProperty("AppId").GetString() == id).GetProperty("Tags").EnumerateArray()
            .ToDictionary(t => t.GetProperty("Key").GetString()!, t => t.GetProperty("Value").GetString()!);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "orders", ["env"] = "demo" }, TagsOf(DefaultSeedIds.DemoOrderApi));
        Assert.Equal(new Dictionary<string, string> { ["team"] = "shop", ["env"] = "demo" }, TagsOf(DefaultSeedIds.DemoWebFrontend));
        Assert.Empty(TagsOf(DefaultSeedIds.DemoPaymentWorker));
    }

    [Fact]
    public async Task TagResources_WithAnUnknownId_TagsNothing()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.TagApplications([DefaultSeedIds.DemoOrderApi, "no-such-app"], [("team", "x")]));
        SaeReply badType = await host.SendAsync(SaeRequest.TagResources(("ResourceType", "cluster"), ("ResourceIds", "[\"a\"]")));
        SaeReply badIds = await host.SendAsync(SaeRequest.TagResources(("ResourceType", "application"), ("ResourceIds", "a,b")));

        Assert.Equal((HttpStatusCode.NotFound, "InvalidAppId.NotFound"), (reply.Status, reply.ErrorCode));
        Assert.Equal("InvalidParameter.WithMessage", badType.ErrorCode);
        Assert.Contains("{ResourceIds}", badIds.Message);
        JsonElement list = await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")));
        Assert.All(list.GetProperty("Applications").EnumerateArray(), a => Assert.Empty(a.GetProperty("Tags").EnumerateArray()));
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task CreateConfigMap_CanBeReadBack(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest create = SaeRequest.CreateConfigMap("app-settings", "cn-hangzhou:demo", """{"k1":"v1","n":2}""")
            .With(("Description", "settings for the demo")).WithScheme(scheme);

        SaeReply created = await host.SendAsync(create);
        SaeReply second = await host.SendAsync(SaeRequest.CreateConfigMap("other", "cn-hangzhou:demo", "{}").WithScheme(scheme));
        SaeReply duplicate = await host.SendAsync(SaeRequest.CreateConfigMap("app-settings", "cn-hangzhou:demo", "{}").WithScheme(scheme));
        SaeReply notObject = await host.SendAsync(SaeRequest.CreateConfigMap("bad", "cn-hangzhou:demo", "[1]").WithScheme(scheme));

        SurfaceFile.AssertConforms("CreateConfigMap", created.Body);
        long id = created.Data.GetProperty("ConfigMapId").GetInt64();
        Assert.Equal(id + 1, second.Data.GetProperty("ConfigMapId").GetInt64());
        Assert.Equal("InvalidParameter.WithMessage", duplicate.ErrorCode);
        Assert.Contains("{Data}", notObject.Message);

        SaeReply described = await host.SendAsync(SaeRequest.DescribeConfigMap(id).WithScheme(scheme));
        SurfaceFile.AssertConforms("DescribeConfigMap", described.Body);
        Assert.Equal("app-settings", described.Data.GetProperty("Name").GetString());
        Assert.Equal("settings for the demo", described.Data.GetProperty("Description").GetString());
        Assert.Equal("v1", described.Data.GetProperty("Data").GetProperty("k1").GetString());
        Assert.Equal(2, described.Data.GetProperty("Data").GetProperty("n").GetInt32());
        Assert.Equal(host.Clock.GetUtcNow().ToUnixTimeMilliseconds(), described.Data.GetProperty("CreateTime").GetInt64());

        SaeReply listed = await host.SendAsync(SaeRequest.ListNamespacedConfigMaps("cn-hangzhou:demo").WithScheme(scheme));
        SurfaceFile.AssertConforms("ListNamespacedConfigMaps", listed.Body);
        Assert.Equal(["app-settings", "other"], listed.Data.GetProperty("ConfigMaps").EnumerateArray().Select(c => c.GetProperty("Name").GetString()!));
        Assert.Empty((await host.CallAsync(SaeRequest.ListNamespacedConfigMaps("cn-hangzhou:staging"))).GetProperty("ConfigMaps").EnumerateArray());

        SaeReply unknown = await host.SendAsync(SaeRequest.DescribeConfigMap(404).WithScheme(scheme));
        Assert.Equal((HttpStatusCode.NotFound, "InvalidConfigMapId.NotFound"), (unknown.Status, unknown.ErrorCode));
        Assert.Equal("InvalidNamespaceId.NotFound", (await host.SendAsync(SaeRequest.ListNamespacedConfigMaps("cn-hangzhou:nope"))).ErrorCode);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task ConfigMap_IsUpdatedWhole_ThenDeleted_AndItsIdIsNeverReused(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        long id = (await host.CallAsync(SaeRequest.CreateConfigMap("web", "cn-hangzhou:demo", """{"a":"1","b":"2"}"""))).GetProperty("ConfigMapId").GetInt64();
        long created = host.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        SaeReply updated = await host.SendAsync(SaeRequest.UpdateConfigMap(id, """{"a":"9"}""").With(("Description", "new")).WithScheme(scheme));
        SaeReply described = await host.SendAsync(SaeRequest.DescribeConfigMap(id));
        SaeReply deleted = await host.SendAsync(SaeRequest.DeleteConfigMap(id).WithScheme(scheme));
        SaeReply gone = await host.SendAsync(SaeRequest.DescribeConfigMap(id));
        SaeReply again = await host.SendAsync(SaeRequest.DeleteConfigMap(id));
        long next = (await host.CallAsync(SaeRequest.CreateConfigMap("web", "cn-hangzhou:demo", "{}"))).GetProperty("ConfigMapId").GetInt64();

        SurfaceFile.AssertConforms("UpdateConfigMap", updated.Body);
        SurfaceFile.AssertConforms("DeleteConfigMap", deleted.Body);
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), updated.Data.GetProperty("ConfigMapId").GetString());
        Assert.Equal("""{"a":"9"}""", described.Data.GetProperty("Data").GetRawText());
        Assert.Equal("new", described.Data.GetProperty("Description").GetString());
        Assert.Equal(created, described.Data.GetProperty("CreateTime").GetInt64());
        Assert.Equal(created + 60_000, described.Data.GetProperty("UpdateTime").GetInt64());
        Assert.Equal(id, deleted.Data.GetProperty("ConfigMapId").GetInt64());
        Assert.Equal("InvalidConfigMapId.NotFound", gone.ErrorCode);
        Assert.Equal("InvalidConfigMapId.NotFound", again.ErrorCode);
        Assert.Equal(id + 1, next);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task WebApplication_IsDescribedAndStarted_ByItsPathParameter(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        const string id = "0d1e2f3a-0000-4000-8000-000000000901";

        SaeReply described = await host.SendAsync(SaeRequest.DescribeWebApplication(id, "cn-hangzhou:demo").WithScheme(scheme));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        SaeReply started = await host.SendAsync(SaeRequest.StartWebApplication(id, "cn-hangzhou:demo").WithScheme(scheme));

        SurfaceFile.AssertConforms("DescribeWebApplication", described.Body);
        SurfaceFile.AssertConforms("StartWebApplication", started.Body);
        Assert.Equal(200, described.Body.GetProperty("Code").GetInt32());
        Assert.Equal("web-gallery", described.Data.GetProperty("ApplicationName").GetString());
        Assert.Equal(id, started.Data.GetProperty("ApplicationId").GetString());
        Assert.NotEqual(described.Data.GetProperty("LastModifiedTime").GetString(), started.Data.GetProperty("LastModifiedTime").GetString());
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task PathParameter_WithCharactersThatNeedEncoding_IsDecodedAndSigned(SigningScheme scheme)
    {
        const string awkward = "web app/1+2:3*~ü";
        string seed = $$"""
            { "namespaces": [ { "namespaceId": "cn-hangzhou:w" } ],
              "webApplications": [ { "applicationId": {{JsonSerializer.Serialize(awkward)}}, "applicationName": "awkward", "namespaceId": "cn-hangzhou:w" } ] }
            """;
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(seed);
        SaeRequest request = SaeRequest.DescribeWebApplication(awkward, "cn-hangzhou:w").WithScheme(scheme);
        Assert.Contains("/web%20app%2F1%2B2%3A3%2A~%C3%BC", request.WirePath);

        SaeReply found = await host.SendAsync(request);
        SaeReply started = await host.SendAsync(SaeRequest.StartWebApplication(awkward, "cn-hangzhou:w").WithScheme(scheme));
        SaeReply missing = await host.SendAsync(SaeRequest.DescribeWebApplication("web app/2", "cn-hangzhou:w").WithScheme(scheme));
        SaeReply otherNamespace = await host.SendAsync(SaeRequest.DescribeWebApplication("0d1e2f3a-0000-4000-8000-000000000901", "cn-hangzhou:w").WithScheme(scheme));

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal(awkward, found.Data.GetProperty("ApplicationId").GetString());
        Assert.Equal(HttpStatusCode.OK, started.Status);
        Assert.Equal((HttpStatusCode.NotFound, "InvalidAppId.NotFound", "The specified ApplicationId does not exist: web app/2."), (missing.Status, missing.ErrorCode, missing.Message));
        Assert.Equal("InvalidAppId.NotFound", otherNamespace.ErrorCode);
    }

    [Fact]
    public async Task WebApplication_WithoutItsNamespace_IsRefusedByName()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.Api("DescribeWebApplication", "GET", "/pop/v2/api/web/applications/{ApplicationId}")
            .WithPath("ApplicationId", "0d1e2f3a-0000-4000-8000-000000000901");

        Assert.Equal("You must specify the parameter NamespaceId.", (await host.SendAsync(request)).Message);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task ListApplications_PagedOneByOne_ReturnsEveryApplicationOnce(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        var seen = new List<string>();
        int total = int.MaxValue;
        for (int page = 1; seen.Count < total; page++)
        {
            SaeReply reply = await host.SendAsync(SaeRequest.ListApplications(("PageSize", "1"), ("CurrentPage", page.ToString(System.Globalization.CultureInfo.InvariantCulture))).WithScheme(scheme));
            SurfaceFile.AssertConforms("ListApplications", reply.Body);
            total = reply.Body.GetProperty("TotalSize").GetInt32();
            JsonElement[] apps = reply.Data.GetProperty("Applications").EnumerateArray().ToArray();
            Assert.Single(apps);
            Assert.Equal(page, reply.Data.GetProperty("CurrentPage").GetInt32());
            seen.Add(apps[0].GetProperty("AppId").GetString()!);
            Assert.True(page <= DefaultSeedIds.TotalApplications, "paging did not end");
        }

        Assert.Equal(DefaultSeedIds.TotalApplications, seen.Distinct().Count());
        JsonElement past = await host.CallAsync(SaeRequest.ListApplications(("PageSize", "1"), ("CurrentPage", "99")));
        Assert.Empty(past.GetProperty("Applications").EnumerateArray());
    }
}
