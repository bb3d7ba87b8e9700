using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>The STS stand-in's AssumeRoleWithOIDC: anonymous, authenticated by an OIDC token from the emulator's allow-list.</summary>
public sealed class AssumeRoleWithOidcTests
{
    private static Task<SaeReply> AssertError(EmulatorTestHost host, StsRequest request, HttpStatusCode status, string code) =>
        AssumeRoleTests.AssertError(host, request, status, code);

    [Theory]
    [InlineData(RpcPlacement.Query)]
    [InlineData(RpcPlacement.Split)]
    public async Task TheDefaultToken_IssuesAnStsCredential_WithoutAnySignature(RpcPlacement placement)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendStsAsync(StsRequest.AssumeRoleWithOidc().Configure(r => r.Placement = placement));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(StsRequest.RoleArn + "/sae-powershell", reply.Body.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString());
        StsCredential credential = StsCredential.From(reply.Body.GetProperty("Credentials"));
        Assert.StartsWith("STS.", credential.AccessKeyId);
        Assert.Equal("2026-03-01T09:00:00Z", credential.Expiration);
    }

    [Fact]
    public async Task SignatureParameters_AreIgnored_EvenAWrongSignature()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = StsRequest.AssumeRoleWithOidc().Configure(r =>
        {
            r.Signed = true;
            r.AccessKeySecret = "wrong";
        });

        await host.AssumeAsync(request);
    }

    [Fact]
    public async Task WithoutOidcToken_IsMissingOidcToken()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await AssertError(host, StsRequest.AssumeRoleWithOidc().Without("OIDCToken"), HttpStatusCode.BadRequest, "MissingOIDCToken");

        Assert.Equal("OIDCToken is mandatory for this action.", reply.Message);
    }

    [Theory]
    [InlineData("some-other-token")]
    [InlineData("EMULATOR-OIDC-TOKEN")]
    [InlineData("emulator-oidc-token\n")]
    [InlineData(" emulator-oidc-token")]
    public async Task ATokenNotInTheAllowList_IsAuthenticationFailOidcTokenInvalid(string token)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRoleWithOidc(("OIDCToken", token)), HttpStatusCode.BadRequest, "AuthenticationFail.OIDCToken.Invalid");
    }

    [Fact]
    public async Task TokensAddedOnTheCommandLine_AreAccepted_AndTheDefaultStillIs()
    {
        EmulatorOptions options = EmulatorOptions.Parse(["--oidc-token", "eyJhbGciOiJSUzI1NiJ9.e30.sig", "--oidc-token", "second"]);
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(options);

        await host.AssumeAsync(StsRequest.AssumeRoleWithOidc(("OIDCToken", "eyJhbGciOiJSUzI1NiJ9.e30.sig")));
        await host.AssumeAsync(StsRequest.AssumeRoleWithOidc(("OIDCToken", "second")));
        await host.AssumeAsync(StsRequest.AssumeRoleWithOidc());
    }

    [Fact]
    public async Task WithoutOidcProviderArn_IsMissingOidcProviderArn()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRoleWithOidc().Without("OIDCProviderArn"), HttpStatusCode.BadRequest, "MissingOIDCProviderArn");
    }

    [Theory]
    [InlineData("acs:ram::123456789012:role/github")]
    [InlineData("acs:ram::x:oidc-provider/github")]
    [InlineData("acs:ram::123456789012:oidc-provider/")]
    public async Task AMalformedOidcProviderArn_IsInvalidParameterOidcProviderArn(string arn)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRoleWithOidc(("OIDCProviderArn", arn)), HttpStatusCode.BadRequest, "InvalidParameter.OIDCProviderArn");
    }

    [Theory]
    [InlineData("RoleArn", null, "MissingRoleArn")]
    [InlineData("RoleArn", "acs:ram::1:user/x", "InvalidParameter.RoleArn")]
    [InlineData("RoleSessionName", null, "MissingRoleSessionName")]
    [InlineData("RoleSessionName", "x", "InvalidParameter.RoleSessionName")]
    [InlineData("DurationSeconds", "600", "InvalidParameter.DurationSeconds")]
    [InlineData("DurationSeconds", "50000", "InvalidParameter.DurationSeconds")]
    [InlineData("Policy", "nope", "InvalidParameter.PolicyGrammar")]
    public async Task TheSharedParameterRules_ApplyHereToo(string name, string? value, string code)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = value is null ? StsRequest.AssumeRoleWithOidc().Without(name) : StsRequest.AssumeRoleWithOidc((name, value));

        await AssertError(host, request, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task ParameterErrors_AreAnsweredBeforeTheTokenIsJudged()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRoleWithOidc(("OIDCToken", "bad"), ("DurationSeconds", "1")), HttpStatusCode.BadRequest, "InvalidParameter.DurationSeconds");
    }

    [Fact]
    public async Task DurationCap_AppliesToo()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { StsDurationCapSeconds = 60 });

        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRoleWithOidc(("DurationSeconds", "3600")));

        Assert.Equal("2026-03-01T08:01:00Z", credential.Expiration);
    }

    [Fact]
    public async Task RequestLog_RecordsTheCall_AsAnonymous()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.AssumeAsync(StsRequest.AssumeRoleWithOidc());
        await host.SendStsAsync(StsRequest.AssumeRoleWithOidc(("OIDCToken", "bad")));

        JsonElement[] log = await host.GetRequestLogAsync();
        Assert.Equal(2, log.Length);
        Assert.All(log, e => Assert.Equal("AssumeRoleWithOIDC", e.GetProperty("api").GetString()));
        Assert.All(log, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("signatureScheme").ValueKind));
        Assert.All(log, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("accessKeyId").ValueKind));
        Assert.Equal((200, JsonValueKind.Null), (log[0].GetProperty("status").GetInt32(), log[0].GetProperty("code").ValueKind));
        Assert.Equal((400, "AuthenticationFail.OIDCToken.Invalid"), (log[1].GetProperty("status").GetInt32(), log[1].GetProperty("code").GetString()));
    }
}
