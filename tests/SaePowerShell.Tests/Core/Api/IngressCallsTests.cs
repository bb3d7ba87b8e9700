using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>The ingress reads' requests, and what their answers become: typed ingresses with typed rules, from either answer's shape.</summary>
public sealed class IngressCallsTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    private static string Query(ApiRequest request, string name) => request.Query.Single(p => p.Key == name).Value;

    private static ApiResponse Answer(object data) => new ApiResponse(200, JObject.FromObject(new { Code = "200", Data = data }), "n");

    [Fact]
    public void AListing_AsksForOnePageOfTheNamespace_AndTheApplicationOnlyWhenGiven()
    {
        ApiRequest all = IngressCalls.List(Location, "cn-hangzhou:demo", null, 2, 100);
        ApiRequest one = IngressCalls.List(Location, "cn-hangzhou:demo", "app-1", 1, 100);

        Assert.Equal("GET", all.Api.Method);
        Assert.Equal("cn-hangzhou:demo", Query(all, "NamespaceId"));
        Assert.Equal("2", Query(all, "CurrentPage"));
        Assert.Equal("100", Query(all, "PageSize"));
        Assert.DoesNotContain(all.Query, p => p.Key == "AppId");
        Assert.Equal("app-1", Query(one, "AppId"));
        Assert.Equal("7", Query(IngressCalls.Describe(Location, 7, null), "IngressId"));
    }

    [Fact]
    public void AListedIngress_IsTyped_ItsStringPortANumber_ItsRulesAndDefaultRuleRecords_PlacedInItsRegion()
    {
        Page<SaeIngress> page = IngressCalls.ParsePage(Answer(new
        {
            TotalSize = 3,
            IngressList = new[]
            {
                new
                {
                    Id = 18L, Name = "lb-1-80-ab", NamespaceId = "cn-hangzhou:demo", LoadBalanceType = "alb", SlbId = "alb-1", SlbType = "internet",
                    ListenerPort = "443", ListenerProtocol = "HTTPS", CertIds = "87-cn-hangzhou", Description = "web",
                    DefaultRule = new { AppId = "app-1", AppName = "order-api", BackendProtocol = "http", ContainerPort = 8080 },
                    Rules = new[] { new { AppId = "app-2", AppName = "web", BackendProtocol = "http", ContainerPort = 80, Domain = "a.example.com", Path = "/", RewritePath = "" } },
                },
            },
        }), "cn-hangzhou:demo", Location);

        Assert.Equal(3, page.TotalSize);
        SaeIngress ingress = Assert.Single(page.Items);
        Assert.Equal(18, ingress.IngressId);
        Assert.Equal(443, ingress.ListenerPort);
        Assert.Equal("alb", ingress.LoadBalancerType);
        Assert.Equal("alb-1", ingress.LoadBalancerId);
        Assert.Equal("cn-hangzhou", ingress.RegionId);
        Assert.Equal("app-1", ingress.DefaultRule!.AppId);
        Assert.Equal(8080, ingress.DefaultRule.ContainerPort);
        SaeIngressRule rule = Assert.Single(ingress.Rules);
        Assert.Equal(("a.example.com", "/", "app-2", 80), (rule.Domain, rule.Path, rule.AppId, rule.ContainerPort));
        Assert.Null(rule.RewritePath);
        Assert.Equal(["a.example.com"], ingress.Domains);
    }

    [Fact]
    public void ADescribedIngress_WithoutADefaultRule_HasNone()
    {
        SaeIngress ingress = IngressCalls.ParseOne(Answer(new { Id = 9L, Name = "n", NamespaceId = "cn-hangzhou:demo", ListenerPort = 80, Rules = Array.Empty<object>() }), null, Location);

        Assert.Equal(80, ingress.ListenerPort);
        Assert.Null(ingress.DefaultRule);
        Assert.Equal("cn-hangzhou:demo", ingress.NamespaceId);
    }
}
