using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// CreateIngress, DescribeIngress, ListIngresses, UpdateIngress and DeleteIngress: ingresses per namespace with
/// their default rule and rules, the refusals, and a saved world.
/// </summary>
public sealed class IngressTests
{
    private static readonly string DefaultRule = $$"""{"appId":"{{Web}}","containerPort":8080}""";
    private static readonly string TwoRules = $$"""[{"appId":"{{Web}}","containerPort":8080,"domain":"www.shop.example","path":"/"},{"appId":"{{Idle}}","containerPort":9090,"domain":"www.shop.example","path":"/admin","backendProtocol":"https"}]""";

    [Fact]
    public async Task Create_ThenDescribe_AnswersEveryRule_WithTheApplicationsNames_AndTheDefaults()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply created = await host.SendAsync(Create(TwoRules, ("Description", "the shop"), ("EnableGzip", "true"), ("CorsConfig", """{"Enable":"true","AllowOrigin":"*"}""")));

        SurfaceFile.AssertConforms("CreateIngress", created.Body);
        long id = created.Data.GetProperty("IngressId").GetInt64();
        Assert.Equal(1, id);
        SaeReply described = await host.SendAsync(Describe(id));
        SurfaceFile.AssertConforms("DescribeIngress", described.Body);
        JsonElement data = described.Data;
        Assert.Equal((Namespace, "clb", "internet", 80, "HTTP"), (data.GetProperty("NamespaceId").GetString(), data.GetProperty("LoadBalanceType").GetString(), data.GetProperty("SlbType").GetString(), data.GetProperty("ListenerPort").GetInt32(), data.GetProperty("ListenerProtocol").GetString()));
        string slbId = data.GetProperty("SlbId").GetString()!;
        Assert.StartsWith("lb-", slbId, StringComparison.Ordinal);
        Assert.StartsWith(slbId + "-80-", data.GetProperty("Name").GetString(), StringComparison.Ordinal);
        Assert.True(data.GetProperty("CreatedBySae").GetBoolean());
        Assert.Equal(("the shop", true, 15, 60), (data.GetProperty("Description").GetString(), data.GetProperty("EnableGzip").GetBoolean(), data.GetProperty("IdleTimeout").GetInt32(), data.GetProperty("RequestTimeout").GetInt32()));
        Assert.Equal((Web, "web", 8080, "http"), (data.GetProperty("DefaultRule").GetProperty("AppId").GetString(), data.GetProperty("DefaultRule").GetProperty("AppName").GetString(), data.GetProperty("DefaultRule").GetProperty("ContainerPort").GetInt32(), data.GetProperty("DefaultRule").GetProperty("BackendProtocol").GetString()));
        JsonElement[] rules = data.GetProperty("Rules").EnumerateArray().ToArray();
        Assert.Equal(["/", "/admin"], rules.Select(r => r.GetProperty("Path").GetString()));
        Assert.Equal(("idle", 9090, "https", "www.shop.example"), (rules[1].GetProperty("AppName").GetString(), rules[1].GetProperty("ContainerPort").GetInt32(), rules[1].GetProperty("BackendProtocol").GetString(), rules[1].GetProperty("Domain").GetString()));
        Assert.Equal("*", data.GetProperty("CorsConfig").GetProperty("AllowOrigin").GetString());
    }

    [Fact]
    public async Task List_IsPerNamespace_FiltersByApplication_AndPages()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.CallAsync(Create(TwoRules));
        await host.CallAsync(Create("[]", ("ListenerPort", "8080")));
        AssertError(await host.SendAsync(Create("[]", ("NamespaceId", "cn-hangzhou:quiet"), ("DefaultRule", """{"appId":"none","containerPort":1}"""))), HttpStatusCode.NotFound, "InvalidAppId.NotFound");

        SaeReply all = await host.SendAsync(List(Namespace));
        SaeReply idle = await host.SendAsync(List(Namespace, ("AppId", Idle)));
        SaeReply page = await host.SendAsync(List(Namespace, ("PageSize", "1"), ("CurrentPage", "2")));

        SurfaceFile.AssertConforms("ListIngresses", all.Body);
        Assert.Equal(2, all.Data.GetProperty("TotalSize").GetInt32());
        JsonElement first = all.Data.GetProperty("IngressList")[0];
        Assert.Equal("80", first.GetProperty("ListenerPort").GetString());
        Assert.True(first.GetProperty("CreateTime").GetInt64() > 0);
        Assert.Equal([1L], idle.Data.GetProperty("IngressList").EnumerateArray().Select(i => i.GetProperty("Id").GetInt64()));
        Assert.Equal([2L], page.Data.GetProperty("IngressList").EnumerateArray().Select(i => i.GetProperty("Id").GetInt64()));
        Assert.Equal(0, (await host.CallAsync(List("cn-hangzhou:quiet"))).GetProperty("TotalSize").GetInt32());
        AssertError(await host.SendAsync(List("cn-hangzhou:none")), HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound");
    }

    [Fact]
    public async Task Create_Refuses_AnUnknownNamespaceOrApplication_AnotherNamespacesApplication_AndAListenerTaken()
    {
        await using EmulatorTestHost host = await StartAsync();
        long first = (await host.CallAsync(Create("[]", ("SlbId", "lb-shared")))).GetProperty("IngressId").GetInt64();

        AssertError(await host.SendAsync(Create("[]", ("NamespaceId", "cn-hangzhou:none"))), HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound");
        AssertError(await host.SendAsync(Create("[]", ("DefaultRule", """{"appId":"app-none","containerPort":80}"""))), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(Create("[]", ("NamespaceId", "cn-hangzhou:quiet"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "DefaultRule", "not in the namespace");
        AssertError(await host.SendAsync(Create("[]", ("SlbId", "lb-shared"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "ListenerPort", $"ingress {first}");
        AssertError(await host.SendAsync(Create($$"""[{"appId":"{{Web}}","containerPort":80,"domain":"a.example","path":"/x"},{"appId":"{{Web}}","containerPort":81,"domain":"A.example","path":"/x"}]""")), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "given twice");
        AssertError(await host.SendAsync(Create($$"""[{"appId":"{{Web}}","containerPort":80,"path":"x"}]""")), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "does not start with /");
        AssertError(await host.SendAsync(Create($$"""[{"appId":"{{Web}}","containerPort":0}]""")), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "containerPort");
        AssertError(await host.SendAsync(Create($$"""[{"appId":"{{Web}}","containerPort":80,"weight":1}]""")), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "weight");
        AssertError(await host.SendAsync(Create("{}")), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "Rules");
        AssertError(await host.SendAsync(Create("[]", ("ListenerProtocol", "HTTPS"), ("ListenerPort", "443"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "CertId");
        AssertError(await host.SendAsync(Create("[]", ("ListenerPort", "70000"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "ListenerPort");
        AssertError(await host.SendAsync(Create("[]", ("LoadBalanceType", "nlb"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "LoadBalanceType");
        AssertError(await host.SendAsync(Create("[]", ("LoadBalanceType", "alb"), ("SlbId", "lb-shared"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "alb-");
        Assert.Equal(1, (await host.CallAsync(List(Namespace))).GetProperty("TotalSize").GetInt32());
    }

    [Fact]
    public async Task Update_ReplacesWhatIsGiven_KeepsTheRest_AndRefusesAnotherLoadBalancerOrATakenPort()
    {
        await using EmulatorTestHost host = await StartAsync();
        long id = (await host.CallAsync(Create(TwoRules, ("Description", "kept"), ("SlbId", "lb-shared")))).GetProperty("IngressId").GetInt64();
        long other = (await host.CallAsync(Create("[]", ("SlbId", "lb-shared"), ("ListenerPort", "8080")))).GetProperty("IngressId").GetInt64();

        SaeReply updated = await host.SendAsync(Update(id, $$"""[{"appId":"{{Idle}}","containerPort":7070,"domain":"new.example","path":"/n"}]""", ("ListenerPort", "443"), ("ListenerProtocol", "HTTPS"), ("CertId", "cert-1")));

        SurfaceFile.AssertConforms("UpdateIngress", updated.Body);
        Assert.Equal(id, updated.Data.GetProperty("IngressId").GetInt64());
        JsonElement data = await host.CallAsync(Describe(id));
        Assert.Equal(("kept", 443, "HTTPS", "cert-1"), (data.GetProperty("Description").GetString(), data.GetProperty("ListenerPort").GetInt32(), data.GetProperty("ListenerProtocol").GetString(), data.GetProperty("CertId").GetString()));
        Assert.Equal(["new.example"], data.GetProperty("Rules").EnumerateArray().Select(r => r.GetProperty("Domain").GetString()));
        Assert.Equal(Web, data.GetProperty("DefaultRule").GetProperty("AppId").GetString());
        Assert.StartsWith("lb-shared-443-", data.GetProperty("Name").GetString(), StringComparison.Ordinal);

        AssertError(await host.SendAsync(Update(id, null, ("ListenerPort", "8080"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", $"ingress {other}");
        AssertError(await host.SendAsync(Update(id, null, ("LoadBalanceType", "alb"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "cannot change");
        AssertError(await host.SendAsync(Update(id, null, ("DefaultRule", """{"appId":"app-none","containerPort":80}"""))), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(Update(99, null)), HttpStatusCode.NotFound, "InvalidIngressId.NotFound", "99");
    }

    [Fact]
    public async Task Delete_RemovesTheIngress_AndItsIdIsNotReused()
    {
        await using EmulatorTestHost host = await StartAsync();
        long id = (await host.CallAsync(Create("[]"))).GetProperty("IngressId").GetInt64();

        SaeReply deleted = await host.SendAsync(Delete(id));

        SurfaceFile.AssertConforms("DeleteIngress", deleted.Body);
        Assert.Equal(id, deleted.Data.GetProperty("IngressId").GetInt64());
        AssertError(await host.SendAsync(Describe(id)), HttpStatusCode.NotFound, "InvalidIngressId.NotFound");
        AssertError(await host.SendAsync(Delete(id)), HttpStatusCode.NotFound, "InvalidIngressId.NotFound");
        Assert.Equal(id + 1, (await host.CallAsync(Create("[]"))).GetProperty("IngressId").GetInt64());
    }

    [Fact]
    public async Task ASavedWorld_KeepsTheIngresses_AndTheNextId()
    {
        await using EmulatorTestHost original = await StartAsync();
        long id = (await original.CallAsync(Create(TwoRules))).GetProperty("IngressId").GetInt64();
        string before = (await original.CallAsync(Describe(id))).GetRawText();
        string snapshot = await (await original.Http.GetAsync("_emulator/snapshot")).Content.ReadAsStringAsync();

        await using EmulatorTestHost copy = await StartAsync();
        HttpResponseMessage put = await copy.Http.PutAsync("_emulator/snapshot", new StringContent(snapshot, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(before, (await copy.CallAsync(Describe(id))).GetRawText());
        Assert.Equal(id + 1, (await copy.CallAsync(Create("[]", ("ListenerPort", "81")))).GetProperty("IngressId").GetInt64());
    }

    private static SaeRequest Create(string rules, params (string Key, string Value)[] query)
    {
        var all = new List<(string Key, string Value)> { ("NamespaceId", Namespace), ("ListenerPort", "80"), ("DefaultRule", DefaultRule) };
        foreach ((string key, string value) in query)
        {
            all.RemoveAll(p => p.Key == key);
            all.Add((key, value));
        }

        return SaeRequest.Api("CreateIngress", "POST", "/pop/v1/sam/ingress/Ingress", [.. all]).WithFormBody(("Rules", rules));
    }

    private static SaeRequest Update(long id, string? rules, params (string Key, string Value)[] query)
    {
        SaeRequest request = SaeRequest.Api("UpdateIngress", "PUT", "/pop/v1/sam/ingress/Ingress", [("IngressId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. query]);
        return rules is null ? request : request.WithFormBody(("Rules", rules));
    }

    private static SaeRequest Describe(long id) => SaeRequest.Api("DescribeIngress", "GET", "/pop/v1/sam/ingress/Ingress", ("IngressId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static SaeRequest Delete(long id) => SaeRequest.Api("DeleteIngress", "DELETE", "/pop/v1/sam/ingress/Ingress", ("IngressId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static SaeRequest List(string namespaceId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("ListIngresses", "GET", "/pop/v1/sam/ingress/IngressList", [("NamespaceId", namespaceId), .. query]);
}
