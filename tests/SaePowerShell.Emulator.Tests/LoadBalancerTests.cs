using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// BindSlb, UnbindSlb, DescribeApplicationSlbs, BindNlb, UnbindNlb and DescribeApplicationNlbs: the bindings per
/// application and side, the one-batch change orders that hold the application, the refusals, and a saved world.
/// </summary>
public sealed class LoadBalancerTests
{
    private const string Tcp80 = """[{"port":80,"targetPort":8080,"protocol":"TCP"}]""";

    [Fact]
    public async Task AnApplicationWithoutLoadBalancers_AnswersEmptySides_AndNoNlbs()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply slbs = await host.SendAsync(DescribeSlbs(Web));
        SaeReply nlbs = await host.SendAsync(DescribeNlbs(Web));

        SurfaceFile.AssertConforms("DescribeApplicationSlbs", slbs.Body);
        SurfaceFile.AssertConforms("DescribeApplicationNlbs", nlbs.Body);
        Assert.Equal((Web, "web"), (slbs.Data.GetProperty("AppId").GetString(), slbs.Data.GetProperty("AppName").GetString()));
        Assert.Empty(slbs.Data.GetProperty("Internet").EnumerateArray());
        Assert.Equal("", slbs.Data.GetProperty("InternetSlbId").GetString());
        Assert.Empty(nlbs.Data.GetProperty("Instances").EnumerateObject());
    }

    [Fact]
    public async Task BindSlb_IsAChangeOrder_AndTheListenersAreThoseGiven_OnANewClb()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply bound = await host.SendAsync(BindSlb(Web, ("Internet", Tcp80), ("Intranet", """[{"port":443,"targetPort":8443,"protocol":"HTTPS","httpsCertId":"cert-1"}]"""), ("IntranetSlbChargeType", "PayByCLCU")));

        SurfaceFile.AssertConforms("BindSlb", bound.Body);
        string orderId = bound.Data.GetProperty("ChangeOrderId").GetString()!;
        AssertError(await host.SendAsync(BindSlb(Web, ("Internet", Tcp80))), HttpStatusCode.BadRequest, "Application.ChangerOrderRunning");
        host.Pass(2);
        JsonElement order = await host.DescribeChangeOrderAsync(orderId);
        Assert.Equal(("CoBindSlb", 2), (order.GetProperty("CoTypeCode").GetString(), order.GetProperty("Status").GetInt32()));

        JsonElement data = (await host.SendAsync(DescribeSlbs(Web))).Data;
        JsonElement internet = data.GetProperty("Internet").EnumerateArray().Single();
        Assert.Equal((80, 8080, "TCP"), (internet.GetProperty("Port").GetInt32(), internet.GetProperty("TargetPort").GetInt32(), internet.GetProperty("Protocol").GetString()));
        Assert.StartsWith("lb-", data.GetProperty("InternetSlbId").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("47.", data.GetProperty("InternetIp").GetString(), StringComparison.Ordinal);
        Assert.Equal("PayBySpec", data.GetProperty("InternetSlbChargeType").GetString());
        JsonElement intranet = data.GetProperty("Intranet").EnumerateArray().Single();
        Assert.Equal(("HTTPS", "cert-1"), (intranet.GetProperty("Protocol").GetString(), intranet.GetProperty("HttpsCertId").GetString()));
        Assert.StartsWith("192.168.", data.GetProperty("IntranetIp").GetString(), StringComparison.Ordinal);
        Assert.Equal("PayByCLCU", data.GetProperty("IntranetSlbChargeType").GetString());
    }

    [Fact]
    public async Task BindSlbAgain_ReplacesThatSidesListeners_OnTheSameClb_AndLeavesTheOtherSide()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(BindSlb(Idle, ("Internet", Tcp80), ("IntranetSlbId", "lb-given0001"), ("Intranet", Tcp80)));
        host.Pass(2);
        string clb = (await host.SendAsync(DescribeSlbs(Idle))).Data.GetProperty("InternetSlbId").GetString()!;

        await host.OrderAsync(BindSlb(Idle, ("Internet", """[{"port":81,"targetPort":8081,"protocol":"HTTP"},{"port":53,"targetPort":53,"protocol":"UDP"}]""")));
        host.Pass(2);

        JsonElement data = (await host.SendAsync(DescribeSlbs(Idle))).Data;
        Assert.Equal(clb, data.GetProperty("InternetSlbId").GetString());
        Assert.Equal([81, 53], data.GetProperty("Internet").EnumerateArray().Select(l => l.GetProperty("Port").GetInt32()));
        Assert.Equal("lb-given0001", data.GetProperty("IntranetSlbId").GetString());
        Assert.Single(data.GetProperty("Intranet").EnumerateArray());
    }

    [Theory]
    [InlineData("Internet", """[{"port":80,"targetPort":8080,"protocol":"TCP"},{"port":80,"targetPort":9090,"protocol":"HTTP"}]""", "the port 80 is given twice")]
    [InlineData("Internet", """[{"port":0,"targetPort":8080,"protocol":"TCP"}]""", "port")]
    [InlineData("Internet", """[{"port":80,"targetPort":8080,"protocol":"SCTP"}]""", "protocol")]
    [InlineData("Internet", """[{"port":443,"targetPort":8080,"protocol":"HTTPS"}]""", "httpsCertId")]
    [InlineData("Internet", """[{"port":80,"targetPort":8080,"protocol":"TCP","sticky":true}]""", "sticky")]
    [InlineData("Intranet", "not json", "not JSON")]
    [InlineData("Intranet", "[]", "one or more")]
    public async Task BindSlb_WithABadListenerList_IsRefused_NamingIt(string side, string listeners, string reason)
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(BindSlb(Web, (side, listeners)));

        SurfaceFile.AssertConforms("BindSlb", reply.Body);
        AssertError(reply, HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", side, reason);
        Assert.Equal("", (await host.SendAsync(DescribeSlbs(Web))).Data.GetProperty(side + "SlbId").GetString());
    }

    [Fact]
    public async Task BindSlb_Refuses_AnUnknownApplication_NoSide_ABadChargeType_AndAnotherClbOnABoundSide()
    {
        await using EmulatorTestHost host = await StartAsync();

        AssertError(await host.SendAsync(BindSlb("app-none", ("Internet", Tcp80))), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(BindSlb(Web)), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "Internet");
        AssertError(await host.SendAsync(BindSlb(Web, ("Internet", Tcp80), ("InternetSlbChargeType", "Free"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "InternetSlbChargeType");
        AssertError(await host.SendAsync(BindSlb(Web, ("Internet", Tcp80), ("InternetSlbId", "slb 1"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "InternetSlbId");
        await host.OrderAsync(BindSlb(Web, ("Internet", Tcp80), ("InternetSlbId", "lb-first")));
        host.Pass(2);
        AssertError(await host.SendAsync(BindSlb(Web, ("Internet", Tcp80), ("InternetSlbId", "lb-second"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "lb-first");
        AssertError(await host.SendAsync(BindSlb(Web, ("Intranet", Tcp80), ("IntranetSlbId", "lb-first"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "lb-first");
    }

    [Fact]
    public async Task UnbindSlb_TakesTheNamedSideOff_InAChangeOrder_AndRefusesASideWithoutOne()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(BindSlb(Web, ("Internet", Tcp80), ("Intranet", Tcp80)));
        host.Pass(2);

        SaeReply unbound = await host.SendAsync(UnbindSlb(Web, ("Internet", "true")));

        SurfaceFile.AssertConforms("UnbindSlb", unbound.Body);
        string orderId = unbound.Data.GetProperty("ChangeOrderId").GetString()!;
        host.Pass(2);
        Assert.Equal("CoUnbindSlb", (await host.DescribeChangeOrderAsync(orderId)).GetProperty("CoTypeCode").GetString());
        JsonElement data = (await host.SendAsync(DescribeSlbs(Web))).Data;
        Assert.Equal("", data.GetProperty("InternetSlbId").GetString());
        Assert.Single(data.GetProperty("Intranet").EnumerateArray());
        AssertError(await host.SendAsync(UnbindSlb(Web, ("Internet", "true"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "no Internet SLB");
        AssertError(await host.SendAsync(UnbindSlb(Web)), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "Internet");
        AssertError(await host.SendAsync(UnbindSlb("app-none", ("Intranet", "true"))), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
    }

    [Fact]
    public async Task BindNlb_CreatesAnNlb_ConfiguringWhileItsOrderRuns_ThenAddsListeners_AndRefusesAPortBoundTwice()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply bound = await host.SendAsync(BindNlb(Web, ("AddressType", "Intranet"), ("Listeners", """[{"Port":3306,"TargetPort":3306,"Protocol":"TCP"}]""")));

        SurfaceFile.AssertConforms("BindNlb", bound.Body);
        SaeReply during = await host.SendAsync(DescribeNlbs(Web));
        SurfaceFile.AssertConforms("DescribeApplicationNlbs", during.Body);
        JsonProperty nlb = during.Data.GetProperty("Instances").EnumerateObject().Single();
        Assert.StartsWith("nlb-", nlb.Name, StringComparison.Ordinal);
        Assert.EndsWith(".cn-hangzhou.nlb.aliyuncs.com", nlb.Value.GetProperty("DnsName").GetString(), StringComparison.Ordinal);
        Assert.True(nlb.Value.GetProperty("CreatedBySae").GetBoolean());
        Assert.Equal("Configuring", nlb.Value.GetProperty("Listeners").GetProperty("TCP:3306").GetProperty("Status").GetString());
        host.Pass(2);
        Assert.Equal("CoBindNlb", (await host.DescribeChangeOrderAsync(bound.Data.GetProperty("ChangeOrderId").GetString()!)).GetProperty("CoTypeCode").GetString());

        await host.OrderAsync(BindNlb(Web, ("NlbId", nlb.Name), ("Listeners", """[{"Port":53,"TargetPort":5353,"Protocol":"UDP"}]""")));
        host.Pass(2);
        JsonElement listeners = (await host.SendAsync(DescribeNlbs(Web))).Data.GetProperty("Instances").GetProperty(nlb.Name).GetProperty("Listeners");
        Assert.Equal(["TCP:3306", "UDP:53"], listeners.EnumerateObject().Select(l => l.Name));
        Assert.Equal(("Bounded", 5353), (listeners.GetProperty("UDP:53").GetProperty("Status").GetString(), listeners.GetProperty("UDP:53").GetProperty("TargetPort").GetInt32()));

        AssertError(await host.SendAsync(BindNlb(Web, ("NlbId", nlb.Name), ("Listeners", """[{"Port":3306,"TargetPort":3307,"Protocol":"TCP"}]"""))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "3306", "bound twice");
        AssertError(await host.SendAsync(BindNlb(Web, ("NlbId", nlb.Name), ("AddressType", "Internet"), ("Listeners", """[{"Port":1,"TargetPort":1,"Protocol":"TCP"}]"""))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "Intranet");
        AssertError(await host.SendAsync(BindNlb(Web, ("Listeners", """[{"Port":1,"TargetPort":1,"Protocol":"TCPSSL"}]"""))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "CertIds");
        AssertError(await host.SendAsync(BindNlb(Web, ("Listeners", """[{"Port":1,"TargetPort":1,"Protocol":"HTTP"}]"""))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "Protocol");
        AssertError(await host.SendAsync(BindNlb(Web, ("Listeners", """[{"Port":1,"TargetPort":1,"Protocol":"TCP"}]"""), ("ZoneMappings", "[1]"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "ZoneMappings");
        AssertError(await host.SendAsync(BindNlb(Web, ("Listeners", """[{"Port":1,"TargetPort":1,"Protocol":"TCP"}]"""), ("AddressType", "Public"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "AddressType");
        AssertError(await host.SendAsync(BindNlb("app-none", ("Listeners", """[{"Port":1,"TargetPort":1,"Protocol":"TCP"}]"""))), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(BindNlb(Web)), HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "Listeners");
    }

    [Fact]
    public async Task UnbindNlb_TakesOneListenerOff_ThenTheWholeNlb_AndRefusesWhatIsNotBound()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(BindNlb(Web, ("NlbId", "nlb-mine"), ("ZoneMappings", """[{"VSwitchId":"vsw-1"}]"""), ("Listeners", """[{"Port":80,"TargetPort":8080,"Protocol":"TCP"},{"Port":53,"TargetPort":53,"Protocol":"UDP"}]""")));
        host.Pass(2);
        Assert.False((await host.SendAsync(DescribeNlbs(Web))).Data.GetProperty("Instances").GetProperty("nlb-mine").GetProperty("CreatedBySae").GetBoolean());

        SaeReply one = await host.SendAsync(UnbindNlb(Web, ("NlbId", "nlb-mine"), ("Port", "80"), ("Protocol", "TCP")));

        SurfaceFile.AssertConforms("UnbindNlb", one.Body);
        host.Pass(2);
        Assert.Equal("CoUnbindNlb", (await host.DescribeChangeOrderAsync(one.Data.GetProperty("ChangeOrderId").GetString()!)).GetProperty("CoTypeCode").GetString());
        Assert.Equal(["UDP:53"], (await host.SendAsync(DescribeNlbs(Web))).Data.GetProperty("Instances").GetProperty("nlb-mine").GetProperty("Listeners").EnumerateObject().Select(l => l.Name));
        AssertError(await host.SendAsync(UnbindNlb(Web, ("NlbId", "nlb-mine"), ("Port", "80"), ("Protocol", "TCP"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "no listener on 80");
        AssertError(await host.SendAsync(UnbindNlb(Web, ("NlbId", "nlb-mine"), ("Port", "53"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "Protocol");

        await host.OrderAsync(UnbindNlb(Web, ("NlbId", "nlb-mine")));
        host.Pass(2);
        Assert.Empty((await host.SendAsync(DescribeNlbs(Web))).Data.GetProperty("Instances").EnumerateObject());
        AssertError(await host.SendAsync(UnbindNlb(Web, ("NlbId", "nlb-mine"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "nlb-mine");
        AssertError(await host.SendAsync(UnbindNlb(Web)), HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "NlbId");
    }

    [Fact]
    public async Task ASavedWorld_KeepsTheBindings_AndTheirOrders()
    {
        await using EmulatorTestHost original = await StartAsync();
        await original.OrderAsync(BindSlb(Web, ("Internet", Tcp80)));
        await original.OrderAsync(BindNlb(Idle, ("Listeners", """[{"Port":80,"TargetPort":8080,"Protocol":"TCP"}]""")));
        string before = (await original.SendAsync(DescribeSlbs(Web))).Data.GetRawText();
        string nlbs = (await original.SendAsync(DescribeNlbs(Idle))).Data.GetRawText();
        string snapshot = await (await original.Http.GetAsync("_emulator/snapshot")).Content.ReadAsStringAsync();

        await using EmulatorTestHost copy = await StartAsync();
        HttpResponseMessage put = await copy.Http.PutAsync("_emulator/snapshot", new StringContent(snapshot, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(before, (await copy.SendAsync(DescribeSlbs(Web))).Data.GetRawText());
        Assert.Equal(nlbs, (await copy.SendAsync(DescribeNlbs(Idle))).Data.GetRawText());
        AssertError(await copy.SendAsync(UnbindSlb(Web, ("Internet", "true"))), HttpStatusCode.BadRequest, "Application.ChangerOrderRunning");
    }

    private static SaeRequest DescribeSlbs(string appId) => SaeRequest.Api("DescribeApplicationSlbs", "GET", "/pop/v1/sam/app/slb", ("AppId", appId));

    private static SaeRequest BindSlb(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("BindSlb", "POST", "/pop/v1/sam/app/slb", [("AppId", appId), .. query]);

    private static SaeRequest UnbindSlb(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("UnbindSlb", "DELETE", "/pop/v1/sam/app/slb", [("AppId", appId), .. query]);

    private static SaeRequest DescribeNlbs(string appId) => SaeRequest.Api("DescribeApplicationNlbs", "GET", "/pop/v1/sam/app/nlb", ("AppId", appId));

    private static SaeRequest BindNlb(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("BindNlb", "POST", "/pop/v1/sam/app/nlb", [("AppId", appId), .. query]);

    private static SaeRequest UnbindNlb(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("UnbindNlb", "DELETE", "/pop/v1/sam/app/nlb", [("AppId", appId), .. query]);
}
