using System.Text;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>The secret requests' shapes, and what an answer becomes: SecretData in the query as JSON of base64 values, never on the public object.</summary>
public sealed class SecretCallsTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    private static string Query(ApiRequest request, string name) => request.Query.Single(p => p.Key == name).Value;

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void ACreate_SendsTheValues_Base64_InTheSdksSecretDataObject_Opaque()
    {
        ApiRequest request = SecretCalls.Create(Location, "cn-hangzhou:demo", "db-login", SecretPayload.OfValues(new Dictionary<string, string> { ["B"] = "two", ["A"] = "one" }));

        Assert.Equal("POST", request.Api.Method);
        Assert.Equal("db-login", Query(request, "SecretName"));
        Assert.Equal("Opaque", Query(request, "SecretType"));
        Assert.Equal("cn-hangzhou:demo", Query(request, "NamespaceId"));
        // As the official SDK sends it: {"SecretData": the JSON text of the base64 values}.
        Assert.Equal("{\"A\":\"" + Base64("one") + "\",\"B\":\"" + Base64("two") + "\"}", (string)JObject.Parse(Query(request, "SecretData"))["SecretData"]!);
        Assert.Empty(request.Body);
    }

    [Fact]
    public void ARegistryLogin_IsSaesDockerConfigJson_WithTheAuthOfUserAndPassword()
    {
        ApiRequest request = SecretCalls.Create(Location, "cn-hangzhou:demo", "registry-auth", SecretPayload.OfRegistry("registry.cn-hangzhou.aliyuncs.com", "user", "p@ss"));

        Assert.Equal("kubernetes.io/dockerconfigjson", Query(request, "SecretType"));
        var data = JObject.Parse((string)JObject.Parse(Query(request, "SecretData"))["SecretData"]!);
        Assert.Equal([".dockerconfigjson"], data.Properties().Select(p => p.Name));
        JObject config = JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String((string)data[".dockerconfigjson"]!)));
        JToken login = config["auths"]!["registry.cn-hangzhou.aliyuncs.com"]!;
        Assert.Equal("user", (string)login["username"]!);
        Assert.Equal("p@ss", (string)login["password"]!);
        Assert.Equal(Base64("user:p@ss"), (string)login["auth"]!);
    }

    [Fact]
    public void ARequestCarryingData_NamesEveryFormOfIt_AsSensitive_AndOthersNone()
    {
        ApiRequest update = SecretCalls.Update(Location, new SaeSecret { SecretId = 16, Name = "db-login", NamespaceId = "cn-hangzhou:demo" },
            SecretPayload.OfValues(new Dictionary<string, string> { ["DB_URL"] = "mysql://secret-host" }));

        Assert.Equal("PUT", update.Api.Method);
        Assert.Equal("16", Query(update, "SecretId"));
        Assert.Contains(Query(update, "SecretData"), update.Sensitive);
        Assert.Contains(Base64("mysql://secret-host"), update.Sensitive);
        Assert.Contains("mysql://secret-host", update.Sensitive);
        Assert.Empty(SecretCalls.List(Location, "cn-hangzhou:demo").Sensitive);
        Assert.Empty(SecretCalls.Delete(Location, new SaeSecret { SecretId = 16, Name = "db-login", NamespaceId = "cn-hangzhou:demo" }).Sensitive);
    }

    [Fact]
    public void SecretData_IsSensitive_HoweverTheCallIsBuilt_InvokeSaeApiToo()
    {
        ApiRequest request = SaePowerShell.Core.Catalog.ApiCallBuilder.Build(SaePowerShell.Core.Catalog.ApiCatalog.Find("CreateSecret")!,
            new Dictionary<string, object?> { ["NamespaceId"] = "cn-hangzhou:demo", ["SecretName"] = "x", ["SecretType"] = "Opaque", ["SecretData"] = new Dictionary<string, string> { ["K"] = "dmFsdWU=" } }, Location);

        Assert.Contains("{\"K\":\"dmFsdWU=\"}", request.Sensitive);
        Assert.Contains("dmFsdWU=", request.Sensitive);
        Assert.DoesNotContain("cn-hangzhou:demo", request.Sensitive);
    }

    [Fact]
    public void EveryCall_NamesTheNamespace_AndTheReadsTakeTheIdAsANumber()
    {
        ApiRequest describe = SecretCalls.Describe(Location, 16, "cn-hangzhou:demo");
        ApiRequest delete = SecretCalls.Delete(Location, new SaeSecret { SecretId = 16, Name = "db-login", NamespaceId = "cn-hangzhou:demo" });

        Assert.Equal(("GET", "cn-hangzhou:demo", "16"), (describe.Api.Method, Query(describe, "NamespaceId"), Query(describe, "SecretId")));
        Assert.Equal(("DELETE", "cn-hangzhou:demo", "16"), (delete.Api.Method, Query(delete, "NamespaceId"), Query(delete, "SecretId")));
        Assert.Equal("cn-hangzhou:demo", Query(SecretCalls.List(Location, "cn-hangzhou:demo"), "NamespaceId"));
    }

    [Fact]
    public void ADescribedSecret_ShowsItsKeys_AndKeepsItsValuesOffThePublicObject()
    {
        var response = new ApiResponse(200, JObject.Parse("{\"Data\":{\"SecretId\":16,\"SecretName\":\"db-login\",\"NamespaceId\":\"cn-hangzhou:demo\",\"SecretType\":\"Opaque\",\"SecretData\":{\"B\":\"" + Base64("two") + "\",\"A\":\"" + Base64("one") + "\"},\"CreateTime\":1593746835111,\"UpdateTime\":1593746835111,\"RelateApps\":[{\"AppId\":\"app-1\",\"AppName\":\"web\"}]}}"), "n");

        SaeSecret secret = SecretCalls.ParseOne(response, "cn-hangzhou:demo", Location);

        Assert.Equal((16L, "db-login", "Opaque", "cn-hangzhou"), (secret.SecretId, secret.Name, secret.SecretType, secret.RegionId));
        Assert.Equal(["A", "B"], secret.Keys);
        Assert.Null(secret.Data);
        Assert.Equal(Base64("one"), secret.Encoded!["A"]);
        Assert.Equal("web", secret.RelateApps.Single().AppName);
        Assert.DoesNotContain(typeof(SaeSecret).GetProperties(), p => p.Name == "Encoded" || p.Name == "SecretData");
    }

    [Fact]
    public void AListedSecret_HasNoKeys_SinceListSecretsHasNoData()
    {
        var response = new ApiResponse(200, JObject.Parse("{\"Data\":{\"Secrets\":[{\"SecretId\":16,\"SecretName\":\"db-login\",\"NamespaceId\":\"cn-hangzhou:demo\",\"SecretType\":\"Opaque\"}]}}"), "n");

        SaeSecret secret = Assert.Single(SecretCalls.ParseList(response, "cn-hangzhou:demo", Location));

        Assert.Equal("db-login", secret.Name);
        Assert.Empty(secret.Keys);
        Assert.Null(secret.Encoded);
    }
}
