using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>The STS stand-in's AssumeRole over real HTTP: the answer, the signature checks and the parameter checks.</summary>
public sealed class AssumeRoleTests
{
    [Theory]
    [InlineData(RpcPlacement.Query)]
    [InlineData(RpcPlacement.Form)]
    [InlineData(RpcPlacement.Split)]
    public async Task SignedByTheEmulatorsKey_IssuesAnStsCredential(RpcPlacement placement)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendStsAsync(StsRequest.AssumeRole().Configure(r => r.Placement = placement));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$", reply.Body.GetProperty("RequestId").GetString());
        JsonElement user = reply.Body.GetProperty("AssumedRoleUser");
        Assert.Equal(StsRequest.RoleArn + "/sae-powershell", user.GetProperty("Arn").GetString());
        Assert.Matches("^3[0-9]{17}:sae-powershell$", user.GetProperty("AssumedRoleId").GetString());
        JsonElement credentials = reply.Body.GetProperty("Credentials");
        Assert.Matches("^STS\\.[A-Za-z0-9]{25}$", credentials.GetProperty("AccessKeyId").GetString());
        Assert.Matches("^[A-Za-z0-9]{30}$", credentials.GetProperty("AccessKeySecret").GetString());
        Assert.StartsWith("CAIS", credentials.GetProperty("SecurityToken").GetString());
        Assert.Equal("2026-03-01T09:00:00Z", credentials.GetProperty("Expiration").GetString());
    }

    [Fact]
    public async Task TheAnswer_HasExactlyTheDocumentedMembers()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendStsAsync(StsRequest.AssumeRole());

        Assert.Equal(["RequestId", "AssumedRoleUser", "Credentials"], reply.Body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Arn", "AssumedRoleId"], reply.Body.GetProperty("AssumedRoleUser").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration"], reply.Body.GetProperty("Credentials").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task EveryCall_IssuesADifferentCredential_AndTheSameRoleKeepsItsId()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply first = await host.SendStsAsync(StsRequest.AssumeRole());
        SaeReply second = await host.SendStsAsync(StsRequest.AssumeRole(("RoleSessionName", "other-session")));

        Assert.NotEqual(StsCredential.From(first.Body.GetProperty("Credentials")), StsCredential.From(second.Body.GetProperty("Credentials")));
        string RoleId(SaeReply r) => r.Body.GetProperty("AssumedRoleUser").GetProperty("AssumedRoleId").GetString()!.Split(':')[0];
        Assert.Equal(RoleId(first), RoleId(second));
    }

    [Theory]
    [InlineData("900", "2026-03-01T08:15:00Z")]
    [InlineData("43200", "2026-03-01T20:00:00Z")]
    [InlineData("7200", "2026-03-01T10:00:00Z")]
    public async Task DurationSeconds_SetsTheExpiration_ByTheEmulatorsClock(string duration, string expiration)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRole(("DurationSeconds", duration)));

        Assert.Equal(expiration, credential.Expiration);
    }

    [Fact]
    public async Task DurationCap_ShortensEveryCredential_WhateverWasAskedFor()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { StsDurationCapSeconds = 5 });

        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRole(("DurationSeconds", "43200")));

        Assert.Equal("2026-03-01T08:00:05Z", credential.Expiration);
    }

    [Fact]
    public async Task PolicyAndExternalId_AreAccepted()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.AssumeAsync(StsRequest.AssumeRole(
            ("Policy", """{"Version":"1","Statement":[{"Effect":"Allow","Action":"sae:*","Resource":"*"}]}"""),
            ("ExternalId", "abcd-1234=,.@:/_+")));
    }

    [Fact]
    public async Task AnStsCredential_CanAssumeARoleInTurn_WithItsSecurityToken()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential first = await host.AssumeAsync(StsRequest.AssumeRole());

        StsCredential chained = await host.AssumeAsync(StsRequest.AssumeRole().SignedBy(first));

        Assert.NotEqual(first.AccessKeyId, chained.AccessKeyId);
    }

    [Fact]
    public async Task TheEmulatorsKey_ConfiguredAsAnStsCredential_NeedsItsToken_HereToo()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { SecurityToken = "configured-token" });

        await AssertError(host, StsRequest.AssumeRole(), HttpStatusCode.BadRequest, "InvalidSecurityToken.MismatchWithAccessKey");
        await host.AssumeAsync(StsRequest.AssumeRole().Configure(r => r.SecurityToken = "configured-token"));
    }

    [Fact]
    public async Task RequestLog_RecordsTheCall_WithTheSigningKey()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.AssumeAsync(StsRequest.AssumeRole().Configure(r => r.Placement = RpcPlacement.Split));
        await host.SendStsAsync(StsRequest.AssumeRole().Configure(r => r.AccessKeySecret = "wrong"));

        JsonElement[] log = await host.GetRequestLogAsync();
        Assert.Equal(2, log.Length);
        Assert.All(log, e => Assert.Equal("AssumeRole", e.GetProperty("api").GetString()));
        Assert.All(log, e => Assert.Equal("RPC", e.GetProperty("signatureScheme").GetString()));
        Assert.All(log, e => Assert.Equal(EmulatorOptions.DefaultAccessKeyId, e.GetProperty("accessKeyId").GetString()));
        Assert.Equal(("POST", "/", 200), (log[0].GetProperty("method").GetString(), log[0].GetProperty("path").GetString(), log[0].GetProperty("status").GetInt32()));
        Assert.Equal(JsonValueKind.Null, log[0].GetProperty("code").ValueKind);

        // Query and form are logged together, as the signature sees them.
        Assert.Equal(StsRequest.RoleArn, log[0].GetProperty("query").GetProperty("RoleArn").GetString());
        Assert.Equal("AssumeRole", log[0].GetProperty("query").GetProperty("Action").GetString());
        Assert.Equal((400, "SignatureDoesNotMatch"), (log[1].GetProperty("status").GetInt32(), log[1].GetProperty("code").GetString()));
    }

    internal static async Task<SaeReply> AssertError(EmulatorTestHost host, StsRequest request, HttpStatusCode status, string code)
    {
        SaeReply reply = await host.SendStsAsync(request);
        Assert.True(reply.Status == status && reply.ErrorCode == code, $"Expected {(int)status} {code}, got {(int)reply.Status}: {reply.Body}");

        // The RPC error shape, the same as the SAE gateway's, recommending the STS product.
        Assert.Equal(["RequestId", "HostId", "Code", "Message", "Recommend"], reply.Body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(host.BaseAddress.Authority, reply.Body.GetProperty("HostId").GetString());
        Assert.Equal($"https://next.api.aliyun.com/troubleshoot?q={code}&product=Sts", reply.Body.GetProperty("Recommend").GetString());
        return reply;
    }
}
