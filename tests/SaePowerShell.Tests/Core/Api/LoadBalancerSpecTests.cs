using SaePowerShell.Core.Api;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>A load balancer's binding checked before anything is sent, each problem naming the value; and the listener lists as SAE takes them.</summary>
public sealed class LoadBalancerSpecTests
{
    [Theory]
    [InlineData("Clb", "Internet", null, 0, 8080, "HTTP", "port 0")]
    [InlineData("Clb", "Internet", null, 80, 70000, "HTTP", "port 70000")]
    [InlineData("Clb", "Internet", null, 80, 8080, "TCPSSL", "'TCPSSL'")]
    [InlineData("Nlb", null, null, 80, 8080, "HTTP", "'HTTP'")]
    [InlineData("Clb", "Internet", null, 443, 8443, "HTTPS", "CertIds")]
    [InlineData("Nlb", null, null, 443, 8443, "TCPSSL", "CertIds")]
    [InlineData("Clb", null, null, 80, 8080, "HTTP", "-AddressType")]
    [InlineData("Clb", "Internet", "nlb-1", 80, 8080, "HTTP", "'nlb-1'")]
    public void ABadBinding_IsAProblemNamingTheValue(string kind, string? side, string? id, int port, int targetPort, string protocol, string named)
    {
        string? problem = LoadBalancerSpec.Of(kind, side, id, [new SaeLoadBalancerListener(port, targetPort, protocol)]).BindProblem();

        Assert.NotNull(problem);
        Assert.Contains(named, problem);
    }

    [Fact]
    public void ProtocolsAreSpelledAsSaeSpellsThem_AndTheNlbsAreTheSurfaces()
    {
        LoadBalancerSpec spec = LoadBalancerSpec.Of("clb", "internet", null, [new SaeLoadBalancerListener(80, 8080, "http")]);

        Assert.Null(spec.BindProblem());
        Assert.Equal(("Clb", "Internet", "HTTP"), (spec.Kind, spec.AddressType, spec.Listeners[0].Protocol));
        Assert.Equal(["TCP", "UDP", "TCPSSL"], LoadBalancerSpec.NlbProtocols);
        Assert.Contains("twice", LoadBalancerSpec.Of("Clb", "Internet", null, [new SaeLoadBalancerListener(80, 8080, "HTTP"), new SaeLoadBalancerListener(80, 8081, "TCP")]).BindProblem());
        Assert.Null(LoadBalancerSpec.Of("Nlb", null, null, [new SaeLoadBalancerListener(53, 53, "TCP"), new SaeLoadBalancerListener(53, 53, "UDP")]).BindProblem());
    }

    [Fact]
    public void ACLBSide_KeepsItsOtherListeners_AndTheOnesGivenReplaceThoseOnTheirPorts()
    {
        var bound = new SaeApplicationLoadBalancer { Kind = "Clb", AddressType = "Internet", LoadBalancerId = "lb-1", Listeners = [new SaeLoadBalancerListener(80, 8000, "HTTP"), new SaeLoadBalancerListener(22, 22, "TCP")] };
        LoadBalancerSpec spec = LoadBalancerSpec.Of("Clb", "Internet", null, [new SaeLoadBalancerListener(80, 8080, "HTTP")]);

        Assert.Equal("[{\"port\":22,\"targetPort\":22,\"protocol\":\"TCP\"},{\"port\":80,\"targetPort\":8080,\"protocol\":\"HTTP\"}]", LoadBalancerSpec.ClbJson(spec.SideWith(bound)));
        Assert.Equal("[{\"Port\":443,\"TargetPort\":8443,\"Protocol\":\"TCPSSL\",\"CertIds\":\"c-1\"}]",
            LoadBalancerSpec.Of("Nlb", null, null, [new SaeLoadBalancerListener(443, 8443, "TCPSSL") { CertIds = "c-1" }]).NlbJson());
    }

    [Fact]
    public void AnUnbind_NamesACLBBySide_AndAnNLBByIdAndOneListenerOrNone()
    {
        Assert.Null(LoadBalancerSpec.Of("Clb", "Intranet", null, []).UnbindProblem());
        Assert.Contains("-LoadBalancerId", LoadBalancerSpec.Of("Nlb", null, null, []).UnbindProblem());
        Assert.Contains("-Port", LoadBalancerSpec.Of("Clb", "Internet", null, [new SaeLoadBalancerListener(80, 80, "TCP")]).UnbindProblem());
        Assert.Contains("'HTTP'", LoadBalancerSpec.Of("Nlb", null, "nlb-1", [new SaeLoadBalancerListener(80, 80, "HTTP")]).UnbindProblem());
        Assert.Null(LoadBalancerSpec.Of("Nlb", null, "nlb-1", [new SaeLoadBalancerListener(80, 80, "udp")]).UnbindProblem());
    }
}
