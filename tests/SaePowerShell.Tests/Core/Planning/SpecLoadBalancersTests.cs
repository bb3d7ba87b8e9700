using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Planning;
using Xunit;

namespace SaePowerShell.Tests.Core.Planning;

/// <summary>A spec's load-balancer bindings: read and checked, mapped for another region, and planned against the live ones with the fewest calls.</summary>
public sealed class SpecLoadBalancersTests
{
    private static SaeApplicationLoadBalancer Clb(string side, string id, params (int Port, string Protocol)[] listeners) => new()
    {
        Kind = "Clb", AddressType = side, LoadBalancerId = id, Listeners = listeners.Select(l => new SaeLoadBalancerListener(l.Port, 8080, l.Protocol)).ToList(),
    };

    private static SaeApplicationLoadBalancer Nlb(string id, string? addressType, params (int Port, string Protocol)[] listeners) => new()
    {
        Kind = "Nlb", AddressType = addressType, LoadBalancerId = id, Listeners = listeners.Select(l => new SaeLoadBalancerListener(l.Port, 8080, l.Protocol)).ToList(),
    };

    private static string[] Calls(IReadOnlyList<SaeApplicationLoadBalancer> wanted, IReadOnlyList<SaeApplicationLoadBalancer> live) =>
        SpecLoadBalancers.Plan(wanted, live).Select(c => c.Action + ":" + c.Spec.Kind + "/" + (c.Spec.AddressType ?? "-") + "/" + (c.Spec.LoadBalancerId ?? "new") + "/" + string.Join(",", c.Spec.Listeners.Select(l => l.Port))).ToArray();

    [Fact]
    public void AsWanted_IsNoCall()
    {
        SaeApplicationLoadBalancer[] same = [Clb("Internet", "lb-1", (80, "HTTP")), Nlb("nlb-1", "Intranet", (53, "UDP"))];
        Assert.Empty(SpecLoadBalancers.Plan(same, same));
    }

    [Fact]
    public void AListenerAdded_IsOneBindOfIt_OneTakenAway_AnUnbindOfTheSideAndABindOfWhatIsLeft()
    {
        Assert.Equal(["BindSlb:Clb/Internet/lb-1/443"], Calls([Clb("Internet", "lb-1", (80, "HTTP"), (443, "TCP"))], [Clb("Internet", "lb-1", (80, "HTTP"))]));
        Assert.Equal(["UnbindSlb:Clb/Internet/lb-1/", "BindSlb:Clb/Internet/lb-1/443"], Calls([Clb("Internet", "lb-1", (443, "TCP"))], [Clb("Internet", "lb-1", (80, "HTTP"), (443, "TCP"))]));
    }

    [Fact]
    public void ASideOnAnotherClb_IsUnboundAndBound_AndASideNotWanted_IsUnbound()
    {
        Assert.Equal(["UnbindSlb:Clb/Internet/lb-1/", "BindSlb:Clb/Internet/lb-2/80"], Calls([Clb("Internet", "lb-2", (80, "HTTP"))], [Clb("Internet", "lb-1", (80, "HTTP"))]));
        Assert.Equal(["UnbindSlb:Clb/Intranet/lb-9/"], Calls([Clb("Internet", "lb-1", (80, "HTTP"))], [Clb("Internet", "lb-1", (80, "HTTP")), Clb("Intranet", "lb-9", (8080, "TCP"))]));
    }

    [Fact]
    public void Nlbs_AreMatchedById_OrByAddressType_ListenersAddedAndTakenAwayOneByOne_AndOneNotWantedUnbound()
    {
        Assert.Equal(["UnbindNlb:Nlb/Intranet/nlb-1/53", "BindNlb:Nlb/Intranet/nlb-1/443"], Calls([Nlb("nlb-1", "Intranet", (443, "TCP"))], [Nlb("nlb-1", "Intranet", (53, "UDP"))]));
        Assert.Empty(Calls([Nlb("", "Intranet", (53, "UDP"))], [Nlb("nlb-7", "Intranet", (53, "UDP"))]));
        Assert.Equal(["UnbindNlb:Nlb/Internet/nlb-8/", "BindNlb:Nlb/Intranet/new/53"], Calls([Nlb("", "Intranet", (53, "UDP"))], [Nlb("nlb-8", "Internet", (80, "TCP"))]));
    }

    [Fact]
    public void AnIdOfAnotherRegion_MustBeMapped_ToAnotherIdOrToOneSaeBuys()
    {
        var spec = new SaeApplicationSpec { AppName = "web", NamespaceId = "cn-hangzhou:demo", Source = "web.json", LoadBalancers = [Clb("Internet", "lb-1", (80, "HTTP"))] };

        SaeConfigurationException refused = Assert.Throws<SaeConfigurationException>(() => SpecLoadBalancers.Mapped(spec, otherRegion: true, new Dictionary<string, string?>()));
        Assert.Equal("RegionBoundValue", refused.ErrorId);
        Assert.Contains("web.json, application web: its load balancer lb-1", refused.Message, StringComparison.Ordinal);
        Assert.Equal("lb-9", SpecLoadBalancers.Mapped(spec, true, new Dictionary<string, string?> { ["lb-1"] = "lb-9" })[0].LoadBalancerId);
        Assert.Equal("", SpecLoadBalancers.Mapped(spec, true, new Dictionary<string, string?> { ["lb-1"] = null })[0].LoadBalancerId);
        Assert.Equal("lb-1", SpecLoadBalancers.Mapped(spec, false, new Dictionary<string, string?>())[0].LoadBalancerId);
    }

    [Theory]
    [InlineData("""[{"kind":"Alb","listeners":[]}]""", "Alb")]
    [InlineData("""[{"kind":"Clb","addressType":"Internet","listeners":[{"port":70000,"protocol":"HTTP"}]}]""", "70000")]
    [InlineData("""[{"kind":"Clb","addressType":"Internet","listeners":[{"port":80,"protocol":"HTTP","weight":1}]}]""", "'weight'")]
    [InlineData("""[{"kind":"Clb","addressType":"Internet","listeners":[{"port":80,"protocol":"HTTP"}]},{"kind":"Clb","addressType":"Internet","listeners":[{"port":81,"protocol":"HTTP"}]}]""", "two Internet CLBs")]
    [InlineData("""{"kind":"Clb"}""", "not a list")]
    public void ABadBinding_IsRefused_NamingIt(string json, string said)
    {
        Exception refused = Assert.ThrowsAny<Exception>(() => SpecLoadBalancers.Read(JToken.Parse(json), what => new InvalidOperationException(what)));
        Assert.Contains(said, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrittenAndReadBack_IsTheSame()
    {
        SaeApplicationLoadBalancer[] bindings = [Nlb("nlb-1", "Intranet", (53, "UDP")), Clb("Internet", "lb-1", (443, "TCP"), (80, "HTTP"))];
        JArray json = SpecLoadBalancers.ToJson(bindings);

        Assert.Equal("Clb", (string)json[0]!["kind"]!);
        Assert.Equal([80, 443], json[0]!["listeners"]!.Select(l => (int)l["port"]!).OrderBy(p => p));
        Assert.Equal(json.ToString(), SpecLoadBalancers.ToJson(SpecLoadBalancers.Read(json, what => new InvalidOperationException(what))).ToString());
    }
}
