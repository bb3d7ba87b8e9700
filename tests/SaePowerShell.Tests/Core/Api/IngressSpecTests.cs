using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>New-SaeIngress's and Set-SaeIngress's values: the checks before any call, the wire, what differs, and the create's look-up.</summary>
public sealed class IngressSpecTests
{
    private const string Web = "0d1e2f3a-0000-4000-8000-000000000201";
    private const string Order = "0d1e2f3a-0000-4000-8000-000000000202";

    private static readonly SaeIngressRule Default = new() { AppId = Web, ContainerPort = 8080 };

    private static IngressSpec Spec(int port = 80, string? protocol = null, string? certIds = null, string? type = null, string? lb = null, params SaeIngressRule[] rules) =>
        new(type, lb, null, port, protocol, null, certIds, Default, rules, null);

    [Theory]
    [InlineData(0, null, null, null, null, "port 0")]
    [InlineData(65536, null, null, null, null, "port 65536")]
    [InlineData(80, "FTP", null, null, null, "'FTP'")]
    [InlineData(443, "HTTPS", null, null, null, "certificate")]
    [InlineData(80, null, null, "nlb", null, "'nlb'")]
    [InlineData(80, null, null, "alb", "lb-1", "'lb-1'")]
    public void Refuses_WhatSaeDoesNotTake_NamingTheValue(int port, string? protocol, string? certIds, string? type, string? lb, string said) =>
        Assert.Contains(said, Spec(port, protocol, certIds, type, lb).Problem(), StringComparison.Ordinal);

    [Fact]
    public void Refuses_ABadRule_NamingIt()
    {
        Assert.Contains("'orders'", Spec(rules: new SaeIngressRule { AppId = Order, ContainerPort = 80, Path = "orders" }).Problem(), StringComparison.Ordinal);
        Assert.Contains("container port 0", Spec(rules: new SaeIngressRule { AppId = Order, ContainerPort = 0, Path = "/" }).Problem(), StringComparison.Ordinal);
        Assert.Contains("'tcp'", Spec(rules: new SaeIngressRule { AppId = Order, ContainerPort = 80, BackendProtocol = "tcp" }).Problem(), StringComparison.Ordinal);
        SaeIngressRule twice = new() { AppId = Order, ContainerPort = 80, Domain = "a.example", Path = "/x" };
        Assert.Contains("twice", Spec(rules: [twice, new SaeIngressRule { AppId = Web, ContainerPort = 81, Domain = "A.example", Path = "/x" }]).Problem(), StringComparison.Ordinal);
        Assert.Null(Spec(443, "HTTPS", "cert-1", "alb", "alb-1", twice).Problem());
    }

    [Fact]
    public void TheWire_HoldsOnlyWhatIsGiven_TheRulesAsSaesJson()
    {
        IReadOnlyDictionary<string, object?> wire = Spec(rules: new SaeIngressRule { AppId = Order, ContainerPort = 9090, Domain = "shop.example", Path = "/orders" }).Wire();

        Assert.Equal(["DefaultRule", "ListenerPort", "Rules"], wire.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal($$"""{"appId":"{{Web}}","containerPort":8080}""", wire["DefaultRule"]);
        Assert.Equal($$"""[{"appId":"{{Order}}","containerPort":9090,"domain":"shop.example","path":"/orders"}]""", wire["Rules"]);
    }

    [Fact]
    public void Differing_IsEmpty_WhenTheIngressHasItAll_SaesDefaultsAndRuleOrderIncluded()
    {
        var current = new SaeIngress
        {
            IngressId = 7, Name = "lb-1-80-ab", NamespaceId = "cn-hangzhou:demo", ListenerPort = 80, ListenerProtocol = "HTTP",
            DefaultRule = new SaeIngressRule { AppId = Web, ContainerPort = 8080, BackendProtocol = "http" },
            Rules = [new SaeIngressRule { AppId = Order, ContainerPort = 9090, Domain = "b.example", Path = "/", BackendProtocol = "http" }, new SaeIngressRule { AppId = Web, ContainerPort = 8080, Domain = "a.example", Path = "/", BackendProtocol = "http" }],
        };
        var same = new IngressSpec(null, null, null, 80, "HTTP", null, null, Default,
            [new SaeIngressRule { AppId = Web, ContainerPort = 8080, Domain = "a.example", Path = "/" }, new SaeIngressRule { AppId = Order, ContainerPort = 9090, Domain = "b.example", Path = "/" }], null);

        Assert.True(same.Differing(current).IsEmpty);
        Assert.Equal(["ListenerPort"], (same with { ListenerPort = 8080 }).Differing(current).Wire().Keys);
        Assert.Equal(["Rules"], (same with { Rules = [new SaeIngressRule { AppId = Web, ContainerPort = 8080, Domain = "a.example", Path = "/" }] }).Differing(current).Wire().Keys);
    }

    [Fact]
    public void ACreate_LookedUp_IsOurs_WhenExactlyOneNewIngressIsOnTheListener()
    {
        IngressSpec spec = Spec(8080, lb: "lb-1");
        SaeIngress Ingress(long id, int port, string lb = "lb-1") => new() { IngressId = id, Name = "n" + id, NamespaceId = "cn-hangzhou:demo", ListenerPort = port, LoadBalancerId = lb };

        Assert.Equal((OutcomeKind.TookEffect, 3L), (IngressChanges.JudgeCreated([Ingress(1, 8080), Ingress(3, 8080)], spec, [1L], "ns").Kind, IngressChanges.JudgeCreated([Ingress(1, 8080), Ingress(3, 8080)], spec, [1L], "ns").Result));
        Assert.Equal(OutcomeKind.DidNotTakeEffect, IngressChanges.JudgeCreated([Ingress(1, 8080), Ingress(3, 80), Ingress(4, 8080, "lb-2")], spec, [1L], "ns").Kind);
        Assert.Equal(OutcomeKind.Unknown, IngressChanges.JudgeCreated([Ingress(3, 8080), Ingress(4, 8080)], spec, [], "ns").Kind);
    }
}
