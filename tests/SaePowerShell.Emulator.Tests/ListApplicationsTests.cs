using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

public sealed class ListApplicationsTests
{
    [Fact]
    public async Task Namespace_ListsItsApplications_WithTheDocumentedFields_AndPagingAtTopLevelToo()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal((1, 10, 3), (reply.Data.GetProperty("CurrentPage").GetInt32(), reply.Data.GetProperty("PageSize").GetInt32(), reply.Data.GetProperty("TotalSize").GetInt32()));
        Assert.Equal((1, 10, 3), (reply.Body.GetProperty("CurrentPage").GetInt32(), reply.Body.GetProperty("PageSize").GetInt32(), reply.Body.GetProperty("TotalSize").GetInt32()));
        JsonElement[] apps = reply.Data.GetProperty("Applications").EnumerateArray().ToArray();
        Assert.Equal([DemoWebFrontend, DemoOrderApi, DemoPaymentWorker], apps.Select(a => a.GetProperty("AppId").GetString()));
        JsonElement app = apps[1];
        Assert.Equal("order-api", app.GetProperty("AppName").GetString());
        Assert.Equal("Demo order service", app.GetProperty("AppDescription").GetString());
        Assert.Equal("cn-hangzhou:demo", app.GetProperty("NamespaceId").GetString());
        Assert.Equal("Demo", app.GetProperty("NamespaceName").GetString());
        Assert.Equal("cn-hangzhou", app.GetProperty("RegionId").GetString());
        Assert.Equal(0, app.GetProperty("RunningInstances").GetInt32());
        Assert.Equal(3, app.GetProperty("Instances").GetInt32());
        Assert.False(app.GetProperty("AppDeletingStatus").GetBoolean());
        Assert.Empty(app.GetProperty("Tags").EnumerateArray());
        Assert.Equal("Image", app.GetProperty("AppType").GetString());
        Assert.Equal(2000, app.GetProperty("Cpu").GetInt32());
        Assert.Equal(4096, app.GetProperty("Mem").GetInt32());
        SurfaceFile.AssertConforms("ListApplications", reply.Body);
        string[] declared = SurfaceFile.Api("ListApplications").ResponseFields.Single(f => f.Name == "Data").Fields.Single(f => f.Name == "Applications").Fields.Select(f => f.Name).ToArray();
        Assert.Equal(declared.Order(StringComparer.Ordinal), app.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.StartsWith("registry.", app.GetProperty("ImageUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(("", "java", "false"), (app.GetProperty("PackageUrl").GetString(), app.GetProperty("ProgrammingLanguage").GetString(), app.GetProperty("EnableIdle").GetString()));
        Assert.False(string.IsNullOrEmpty(app.GetProperty("VpcId").GetString()));
    }

    [Fact]
    public async Task WithoutNamespace_ListsTheRegionOfTheRegionHeader_ElseEverything()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement all = await host.CallAsync(SaeRequest.ListApplications(("PageSize", "100")));
        JsonElement shanghai = await host.CallAsync(SaeRequest.ListApplications(("PageSize", "100")).Configure(r => r.RegionId = "cn-shanghai"));
        JsonElement nowhere = await host.CallAsync(SaeRequest.ListApplications().Configure(r => r.RegionId = "eu-central-1"));

        Assert.Equal(TotalApplications, all.GetProperty("TotalSize").GetInt32());
        Assert.Equal(ShanghaiApplications, shanghai.GetProperty("TotalSize").GetInt32());
        Assert.All(shanghai.GetProperty("Applications").EnumerateArray(), a => Assert.Equal("cn-shanghai", a.GetProperty("RegionId").GetString()));
        Assert.Equal(0, nowhere.GetProperty("TotalSize").GetInt32());
    }

    [Fact]
    public async Task DefaultNamespace_IsTheBareRegionId()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement data = await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou")));

        Assert.Equal(HangzhouDefaultApp, data.GetProperty("Applications").EnumerateArray().Single().GetProperty("AppId").GetString());
    }

    [Fact]
    public async Task Paging_Is1Based_StableInSeedOrder_AndPastTheEndEmpty()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(SeedWithApps(25));

        var seen = new List<string>();
        foreach ((int page, int expected) in new[] { (1, 10), (2, 10), (3, 5), (4, 0) })
        {
            JsonElement data = await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:big"), ("CurrentPage", page.ToString()), ("PageSize", "10")));
            Assert.Equal(page, data.GetProperty("CurrentPage").GetInt32());
            Assert.Equal(25, data.GetProperty("TotalSize").GetInt32());
            Assert.Equal(expected, data.GetProperty("Applications").GetArrayLength());
            seen.AddRange(data.GetProperty("Applications").EnumerateArray().Select(a => a.GetProperty("AppId").GetString()!));
        }

        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"app-{i:D3}"), seen);
    }

    [Theory]
    [InlineData("CurrentPage", "0")]
    [InlineData("CurrentPage", "-1")]
    [InlineData("CurrentPage", "one")]
    [InlineData("CurrentPage", "1.5")]
    [InlineData("CurrentPage", "")]
    [InlineData("PageSize", "0")]
    [InlineData("PageSize", "10001")]
    [InlineData("PageSize", "ten")]
    [InlineData("PageSize", "99999999999")]
    public async Task BadPaging_IsObviouslyInvalid(string name, string value)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.ListApplications((name, value)));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.Obviously"), (reply.Status, reply.ErrorCode));
        Assert.Equal($"The specified parameter is invalid {{{name}}}.", reply.Message);
    }

    [Fact]
    public async Task MaximumPageSize_IsAccepted()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement data = await host.CallAsync(SaeRequest.ListApplications(("PageSize", "10000")));

        Assert.Equal(TotalApplications, data.GetProperty("Applications").GetArrayLength());
    }

    [Fact]
    public async Task UnknownNamespace_IsNamespaceNotFound()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:nope")));

        Assert.Equal((HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound"), (reply.Status, reply.ErrorCode));
        Assert.Equal("404", reply.Body.GetProperty("Code").GetString());
    }

    [Fact]
    public async Task AppName_FiltersBySubstring_IgnoringCase()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement data = await host.CallAsync(SaeRequest.ListApplications(("AppName", "FRONT")));

        Assert.Equal(3, data.GetProperty("TotalSize").GetInt32());
        Assert.All(data.GetProperty("Applications").EnumerateArray(), a => Assert.Equal("web-frontend", a.GetProperty("AppName").GetString()));
    }

    [Fact]
    public async Task FieldTypeAppIds_MatchesExactIds_AndFieldTypeAppName_MatchesSubstrings()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement byIds = await host.CallAsync(SaeRequest.ListApplications(("FieldType", "appIds"), ("FieldValue", $"{ProdWebFrontend},{DemoOrderApi},{DemoOrderApi[..10]}")));
        JsonElement byName = await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", "cn-shanghai:prod"), ("FieldType", "appName"), ("FieldValue", "order")));
        SaeReply badType = await host.SendAsync(SaeRequest.ListApplications(("FieldType", "color"), ("FieldValue", "blue")));

        Assert.Equal([DemoOrderApi, ProdWebFrontend], byIds.GetProperty("Applications").EnumerateArray().Select(a => a.GetProperty("AppId").GetString()));
        Assert.Equal(["order-api"], byName.GetProperty("Applications").EnumerateArray().Select(a => a.GetProperty("AppName").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.Obviously"), (badType.Status, badType.ErrorCode));
    }

    [Fact]
    public async Task FieldTypeAppIds_InANamespace_ListsExactlyThoseOfItsApplications_OnePageForAll()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(SeedWithApps(25));
        string[] wanted = ["app-020", "app-003", "app-011", "app-007", "app-001", "app-025", "app-014", "app-009", "app-018", "app-002", "app-022", "app-016"];

        SaeReply reply = await host.SendAsync(SaeRequest.ListApplications(
            ("NamespaceId", "cn-hangzhou:big"), ("FieldType", "appIds"), ("FieldValue", string.Join(",", wanted.Append(DemoOrderApi).Append("app-0"))), ("PageSize", "100")));

        SurfaceFile.AssertConforms("ListApplications", reply.Body);
        Assert.Equal(wanted.Length, reply.Data.GetProperty("TotalSize").GetInt32());
        Assert.Equal(wanted.Order(StringComparer.Ordinal), reply.Data.GetProperty("Applications").EnumerateArray().Select(a => a.GetProperty("AppId").GetString()));
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task Tags_KeepTheApplicationsCarryingEveryGivenTag(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await TaggedHostAsync();

        async Task<string[]> ListAsync(string tags, params (string Key, string Value)[] more)
        {
            SaeReply reply = await host.SendAsync(SaeRequest.ListApplications([("Tags", tags), ("PageSize", "100"), .. more]).WithScheme(scheme));
            SurfaceFile.AssertConforms("ListApplications", reply.Body);
            Assert.Equal(HttpStatusCode.OK, reply.Status);
            JsonElement[] apps = reply.Data.GetProperty("Applications").EnumerateArray().ToArray();
            Assert.Equal(apps.Length, reply.Data.GetProperty("TotalSize").GetInt32());
            return apps.Select(a => a.GetProperty("AppId").GetString()!).ToArray();
        }

        Assert.Equal([DemoWebFrontend, ProdWebFrontend], await ListAsync("""[{"key":"team","value":"shop"}]"""));
        Assert.Equal([DemoWebFrontend], await ListAsync("""[{"key":"team","value":"shop"}]""", ("NamespaceId", "cn-hangzhou:demo")));
        Assert.Empty(await ListAsync("""[{"key":"team","value":"nobody"}]"""));
        Assert.Empty(await ListAsync("""[{"key":"owner","value":"shop"}]"""));
        Assert.Equal([DemoWebFrontend], await ListAsync("""[{"key":"team","value":"shop"},{"key":"env","value":"demo"}]"""));
        Assert.Empty(await ListAsync("""[{"key":"team","value":"orders"},{"key":"env","value":"prod"}]"""));
        Assert.Equal([DemoWebFrontend, DemoOrderApi, ProdWebFrontend], await ListAsync("""[{"key":"env"}]"""));
        Assert.Equal([DemoWebFrontend, ProdWebFrontend], await ListAsync("""[{"key":"env"},{"key":"team","value":"shop"}]"""));
        Assert.Equal([ProdWebFrontend], await ListAsync("""[{"Key":"env","Value":"prod"}]"""));

        // The value must match exactly, and an empty Tags does not filter.
        Assert.Empty(await ListAsync("""[{"key":"team","value":"SHOP"}]"""));
        Assert.Equal(TotalApplications, (await ListAsync("")).Length);
    }

    [Theory]
    [InlineData("team=shop")]
    [InlineData("""{"key":"team","value":"shop"}""")]
    [InlineData("""[{"value":"shop"}]""")]
    [InlineData("""[{"key":"team","value":7}]""")]
    public async Task MalformedTags_AreRefusedNamingTags(string tags)
    {
        await using EmulatorTestHost host = await TaggedHostAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.ListApplications(("Tags", tags)));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.WithMessage"), (reply.Status, reply.ErrorCode));
        Assert.StartsWith("The parameter is invalid {Tags}: ", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsRunningInstances_AfterAStart()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.StartApplicationsAsync("cn-hangzhou:demo", DemoWebFrontend);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        JsonElement data = await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo"), ("FieldType", "appIds"), ("FieldValue", DemoWebFrontend)));

        Assert.Equal(2, data.GetProperty("Applications")[0].GetProperty("RunningInstances").GetInt32());
    }

    /// <summary>The default world with web-frontend (demo) team=shop env=demo, order-api team=orders env=demo, web-frontend (prod) team=shop env=prod.</summary>
    private static async Task<EmulatorTestHost> TaggedHostAsync()
    {
        EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.CallAsync(SaeRequest.TagApplications([DemoWebFrontend], [("team", "shop"), ("env", "demo")]));
        await host.CallAsync(SaeRequest.TagApplications([DemoOrderApi], [("team", "orders"), ("env", "demo")]));
        await host.CallAsync(SaeRequest.TagApplications([ProdWebFrontend], [("team", "shop"), ("env", "prod")]));
        return host;
    }

    internal static string SeedWithApps(int count)
    {
        var json = new StringBuilder("""{ "namespaces": [ { "namespaceId": "cn-hangzhou:big" } ], "applications": [""");
        json.AppendJoin(",", Enumerable.Range(1, count).Select(i => $$"""{ "appId": "app-{{i:D3}}", "appName": "app{{i}}", "namespaceId": "cn-hangzhou:big" }"""));
        return json.Append("] }").ToString();
    }
}
