using System.Text;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Catalog;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Catalog;

public sealed class ApiCatalogTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    private static ApiRequest Build(string action, Dictionary<string, object?> given) => ApiCallBuilder.Build(ApiCatalog.Find(action)!, given, Location);

    [Fact]
    public void TheCatalogInTheAssembly_HoldsEveryOfficialApi_AsTheSurfaceFileDoes()
    {
        Assert.Equal(152, ApiCatalog.Apis.Count);
        Assert.Equal(Contract.ApiSurface.Apis.Keys.OrderBy(k => k), ApiCatalog.Apis.Keys.OrderBy(k => k));
        ApiDefinition web = ApiCatalog.Find("startwebapplication")!;
        Assert.Equal(("StartWebApplication", "POST", "/pop/v2/api/web/application-ops/{ApplicationId}/start"), (web.Action, web.Method, web.Path));
        Assert.True(web.Find("ApplicationId")!.InPath);
    }

    [Fact]
    public void AnApiFoundByName_IsTheOneInstanceTheWholeListHolds_AndANameSaeLacksIsNone()
    {
        ApiDefinition found = ApiCatalog.Find("DescribeApplicationStatus")!;

        Assert.Same(found, ApiCatalog.Apis["DescribeApplicationStatus"]);
        Assert.Same(found, ApiCatalog.Find("describeapplicationstatus"));
        Assert.Same(SaeApi.DescribeApplicationStatus, found.ToSaeApi());
        Assert.Null(ApiCatalog.Find("DescribeApplicationStatuses"));
    }

    [Theory]
    [InlineData("ListApplication", "ListApplications")]
    [InlineData("StartWebApp", "StartWebApplication")]
    [InlineData("DescribeChangeOrders", "DescribeChangeOrder")]
    public void AnUnknownName_GetsTheClosestOnes(string typo, string meant) =>
        Assert.Contains(meant, ApiCatalog.Closest(typo, ApiCatalog.Apis.Keys));

    [Fact]
    public void AnUnknownParameter_IsNamed_WithTheClosestOnes()
    {
        var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() => Build("ListApplications", new() { ["NameSpaceIdd"] = "x" }));

        Assert.Equal("UnknownParameter", ex.ErrorId);
        Assert.Contains("'NameSpaceIdd'", ex.Message);
        Assert.Contains("NamespaceId", ex.Message);
    }

    [Fact]
    public void AMissingRequiredParameter_IsNamed()
    {
        var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() => Build("RescaleApplication", new() { ["AppId"] = "a" }));

        Assert.Equal("MissingParameter", ex.ErrorId);
        Assert.Contains("Replicas", ex.Message);
    }

    [Theory]
    [InlineData("Replicas", "three", "a whole number")]
    [InlineData("AutoEnableApplicationScalingRule", "maybe", "true or false")]
    public void AValueThatIsNotOfItsType_IsNamed(string name, string value, string expected)
    {
        var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() => Build("RescaleApplication", new() { ["AppId"] = "a", ["Replicas"] = 2, [name] = value }));

        Assert.Equal("InvalidParameterValue", ex.ErrorId);
        Assert.Contains(name, ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void ValuesGoWhereTheSdkPutsThem_TypedAndJsonEncoded()
    {
        ApiRequest tags = Build("TagResources", new()
        {
            ["RegionId"] = "cn-hangzhou", ["ResourceType"] = "application", ["ResourceIds"] = new List<object?> { "app-1" },
            ["Tags"] = new List<object?> { new Dictionary<string, object?> { ["Key"] = "env", ["Value"] = "prod" } },
        });
        Assert.Empty(tags.Query);
        Assert.Equal("""["app-1"]""", tags.Body.Single(p => p.Key == "ResourceIds").Value);
        Assert.Equal("""[{"Key":"env","Value":"prod"}]""", tags.Body.Single(p => p.Key == "Tags").Value);

        ApiRequest web = Build("StartWebApplication", new() { ["ApplicationId"] = "app 1/x", ["NamespaceId"] = "cn-hangzhou:demo" });
        Assert.Equal("/pop/v2/api/web/application-ops/app%201%2Fx/start", SignedRequestFactory.PathWithParameters(web));
        Assert.Equal([new KeyValuePair<string, string>("NamespaceId", "cn-hangzhou:demo")], web.Query);

        ApiRequest rescale = Build("RescaleApplication", new() { ["AppId"] = "a", ["Replicas"] = "3" });
        Assert.Contains(new KeyValuePair<string, string>("Replicas", "3"), rescale.Query);
    }

    [Fact]
    public async Task AFormBodyAndAJsonBody_AreEncodedAndSignedAsTheSdkDoes()
    {
        var credential = new SaeCredential("testid", "testsecret", null, "test");
        ApiRequest tags = Build("TagResources", new() { ["ResourceType"] = "application", ["ResourceIds"] = new List<object?> { "app 1" } });
        using HttpRequestMessage form = SignedRequestFactory.Create(tags, credential, SaePowerShell.SaeSignatureMethod.Acs3HmacSha256, DateTimeOffset.UtcNow, "n", "ua");
        string formBody = Encoding.UTF8.GetString(await form.Content!.ReadAsByteArrayAsync());
        Assert.Equal("ResourceIds=%5B%22app+1%22%5D&ResourceType=application", formBody);
        Assert.Equal(RequestBody.FormContentType, form.Content.Headers.GetValues("Content-Type").Single());
        Assert.Equal(SaePowerShell.Core.Signing.Acs3HmacSha256Signature.HashPayload(Encoding.UTF8.GetBytes(formBody)), form.Headers.GetValues("x-acs-content-sha256").Single());
        Assert.Contains("content-type", form.Headers.GetValues("authorization").Single());

        ApiRequest config = Build("CreateConfigMap", new() { ["NamespaceId"] = "cn-hangzhou:demo", ["Name"] = "web", ["Data"] = new Dictionary<string, object?> { ["k1"] = "v1" } });
        using HttpRequestMessage json = SignedRequestFactory.Create(config, credential, SaePowerShell.SaeSignatureMethod.RoaHmacSha1, DateTimeOffset.UtcNow, "n", "ua");
        Assert.Equal("""{"Data":"{\"k1\":\"v1\"}"}""", Encoding.UTF8.GetString(await json.Content!.ReadAsByteArrayAsync()));
        Assert.Equal(RequestBody.JsonContentType, json.Content.Headers.GetValues("Content-Type").Single());
    }

    [Fact]
    public void AnApiWithoutBodyParameters_SendsNoBody()
    {
        ApiRequest regions = Build("DescribeRegions", new());
        using HttpRequestMessage message = SignedRequestFactory.Create(regions, new SaeCredential("testid", "testsecret", null, "test"), SaePowerShell.SaeSignatureMethod.Acs3HmacSha256, DateTimeOffset.UtcNow, "n", "ua");

        Assert.Null(message.Content);
    }
}
