using System.Net;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// STS's own checks of a correctly signed AssumeRole, and of what makes a request an STS call at all (Action,
/// Version, Format). The same parameter rules apply to AssumeRoleWithOIDC (see its tests).
/// </summary>
public sealed class AssumeRoleParameterTests
{
    private static Task<SaeReply> AssertError(EmulatorTestHost host, StsRequest request, HttpStatusCode status, string code) =>
        AssumeRoleTests.AssertError(host, request, status, code);

    [Fact]
    public async Task WithoutRoleArn_IsMissingRoleArn()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await AssertError(host, StsRequest.AssumeRole().Without("RoleArn"), HttpStatusCode.BadRequest, "MissingRoleArn");

        Assert.Equal("RoleArn is mandatory for this action.", reply.Message);
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/test")]
    [InlineData("acs:ram::123456789012:user/test")]
    [InlineData("acs:ram::abc:role/test")]
    [InlineData("acs:ram::123456789012:role/")]
    [InlineData("acs:ram:cn-hangzhou:123456789012:role/test")]
    [InlineData("acs:ram::123456789012:role/a b")]
    [InlineData("acs:ram::123456789012:role/test\n")]
    public async Task AMalformedRoleArn_IsInvalidParameterRoleArn(string roleArn)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await AssertError(host, StsRequest.AssumeRole(("RoleArn", roleArn)), HttpStatusCode.BadRequest, "InvalidParameter.RoleArn");

        Assert.Equal("The parameter RoleArn is wrongly formed.", reply.Message);
    }

    [Fact]
    public async Task WithoutRoleSessionName_IsMissingRoleSessionName()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRole().Without("RoleSessionName"), HttpStatusCode.BadRequest, "MissingRoleSessionName");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("abc*abc")]
    [InlineData("with space")]
    [InlineData("session\n")]
    [InlineData("忍者神龟")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    public async Task AMalformedRoleSessionName_IsInvalidParameterRoleSessionName(string name)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRole(("RoleSessionName", name)), HttpStatusCode.BadRequest, "InvalidParameter.RoleSessionName");
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("alice@example.com")]
    [InlineData("credentials-nodejs-1700000000000")]
    [InlineData("a.b_c-d")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public async Task AWellFormedRoleSessionName_IsAccepted(string name)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.AssumeAsync(StsRequest.AssumeRole(("RoleSessionName", name)));
    }

    [Theory]
    [InlineData("899")]
    [InlineData("43201")]
    [InlineData("0")]
    [InlineData("-900")]
    [InlineData("3600.5")]
    [InlineData("1h")]
    [InlineData("99999999999")]
    public async Task ADurationOutside900To43200_IsInvalidParameterDurationSeconds(string duration)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRole(("DurationSeconds", duration)), HttpStatusCode.BadRequest, "InvalidParameter.DurationSeconds");
    }

    [Theory]
    [InlineData("not json", "InvalidParameter.PolicyGrammar")]
    [InlineData("[1,2]", "InvalidParameter.PolicyGrammar")]
    [InlineData("{\"Version\":\"1\"", "InvalidParameter.PolicyGrammar")]
    public async Task AnInvalidPolicy_IsRefused(string policy, string code)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRole(("Policy", policy)), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task APolicyOver2048Characters_IsInvalidParameterPolicySize()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string policy = "{\"Version\":\"1\",\"x\":\"" + new string('a', 2048) + "\"}";

        await AssertError(host, StsRequest.AssumeRole(("Policy", policy)), HttpStatusCode.BadRequest, "InvalidParameter.PolicySize");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a b")]
    [InlineData("a*b")]
    public async Task AMalformedExternalId_IsInvalidParameterExternalId(string externalId)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRole(("ExternalId", externalId)), HttpStatusCode.BadRequest, "InvalidParameter.ExternalId");
    }

    [Theory]
    [InlineData("GetCallerIdentity")]
    [InlineData("assumerole")]
    public async Task AnUnknownAction_IsInvalidActionNotFound(string action)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRole().Configure(r => r.ActionName = action), HttpStatusCode.NotFound, "InvalidAction.NotFound");
        Assert.Null((await host.GetRequestLogAsync())[0].GetProperty("api").GetString());
    }

    [Fact]
    public async Task AnotherVersion_IsInvalidVersion_AndNoVersion_IsMissingVersion()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRole().Configure(r => r.Version = "2019-05-06"), HttpStatusCode.BadRequest, "InvalidVersion");
        await AssertError(host, StsRequest.AssumeRole().Configure(r => r.Version = ""), HttpStatusCode.BadRequest, "MissingVersion");
    }

    [Theory]
    [InlineData("XML")]
    [InlineData("")]
    public async Task AFormatOtherThanJson_IsRefused_BecauseTheEmulatorOnlySpeaksJson(string format)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRole().Configure(r => r.Format = format), HttpStatusCode.BadRequest, "InvalidParameter.Format");
    }

    [Fact]
    public async Task LowerCaseJson_IsAccepted_AsOpenApiClientSendsIt()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.AssumeAsync(StsRequest.AssumeRole().Configure(r => r.Format = "json"));
    }

    [Theory]
    [InlineData(RpcPlacement.Query)]
    [InlineData(RpcPlacement.Form)]
    public async Task AParameterGivenTwice_IsRefused(RpcPlacement placement)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = StsRequest.AssumeRole().Configure(r => r.Placement = placement);
        request.AfterSigning = p => p.Add(new("RoleArn", "again"));

        SaeReply reply = await AssertError(host, request, HttpStatusCode.BadRequest, "InvalidParameter");

        Assert.Equal("The parameter RoleArn is given more than once.", reply.Message);
    }

    [Fact]
    public async Task AParameterInBothQueryAndForm_IsRefused()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        using HttpRequestMessage message = StsRequest.AssumeRole().Configure(r => r.Placement = RpcPlacement.Split).Build(host.BaseAddress, host.Clock.GetUtcNow());
        message.RequestUri = new Uri(message.RequestUri! + "&RoleArn=again");

        HttpResponseMessage response = await host.Http.SendAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The parameter RoleArn is given more than once.", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task ARequestToTheRootWithoutAction_IsStillAnSaeRequest(string method)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.Custom(method, "/", ("Version", "2015-04-01")));

        Assert.Equal((HttpStatusCode.NotFound, "InvalidApi.NotFound"), (reply.Status, reply.ErrorCode));
        Assert.Contains("product=sae", reply.Body.GetProperty("Recommend").GetString());
    }

    [Fact]
    public async Task AFormBodyWithoutAction_ReachesTheSaeGateway_Intact()
    {
        // The STS endpoint reads the form to look for Action, then rewinds it for the gateway.
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        using var message = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new StringContent("RoleArn=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        HttpResponseMessage response = await host.Http.SendAsync(message);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("InvalidApi.NotFound", await response.Content.ReadAsStringAsync());
    }
}
