using System.Net;
using SaePowerShell.Core.Signing;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>AssumeRole's gateway checks: the RPC signature, the key, its token and expiry, the Timestamp and the nonce.</summary>
public sealed class AssumeRoleSignatureTests
{
    private static Task<SaeReply> AssertError(EmulatorTestHost host, StsRequest request, HttpStatusCode status, string code) =>
        AssumeRoleTests.AssertError(host, request, status, code);

    [Theory]
    [InlineData(RpcPlacement.Query)]
    [InlineData(RpcPlacement.Split)]
    public async Task WrongSecret_IsSignatureDoesNotMatch_AndTheMessageGivesTheServersStringToSign(RpcPlacement placement)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = StsRequest.AssumeRole().Configure(r =>
        {
            r.AccessKeySecret = "not-the-secret";
            r.Placement = placement;
            r.Nonce = "nonce-1";
        });

        SaeReply reply = await AssertError(host, request, HttpStatusCode.BadRequest, "SignatureDoesNotMatch");

        // The prefix @alicloud/credentials strips to compare the server's string with its own.
        const string Prefix = "Specified signature is not matched with our calculation. server string to sign is:";
        Assert.StartsWith(Prefix, reply.Message);
        string serverStringToSign = reply.Message[Prefix.Length..];
        Assert.StartsWith(placement == RpcPlacement.Query ? "GET&%2F&AccessKeyId%3DLTAI5tSaeEmulatorKey%26Action%3DAssumeRole%26" : "POST&%2F&", serverStringToSign);
        Assert.Contains("%26SignatureNonce%3Dnonce-1%26", serverStringToSign);
        Assert.DoesNotContain("%26Signature%3D", serverStringToSign);
    }

    [Fact]
    public async Task SignedAsGet_ButSentAsPost_IsSignatureDoesNotMatch()
    {
        // The method is part of the string to sign.
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = StsRequest.AssumeRole();
        request.AfterSigning = p =>
        {
            int index = p.FindIndex(x => x.Key == "Signature");
            string stringToSign = RpcHmacSha1Signature.StringToSign("GET", RpcHmacSha1Signature.Sort(p.Where(x => x.Key != "Signature")));
            p[index] = new("Signature", RpcHmacSha1Signature.Sign(stringToSign, EmulatorOptions.DefaultAccessKeySecret));
        };
        request.Placement = RpcPlacement.Form;

        await AssertError(host, request, HttpStatusCode.BadRequest, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task AParameterChangedAfterSigning_IsSignatureDoesNotMatch()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = StsRequest.AssumeRole();
        request.AfterSigning = p =>
        {
            p.RemoveAll(x => x.Key == "DurationSeconds");
            p.Add(new("DurationSeconds", "43200"));
        };

        await AssertError(host, request, HttpStatusCode.BadRequest, "SignatureDoesNotMatch");
    }

    [Fact]
    public async Task ValuesNeedingEncoding_AreSignedAndVerifiedAlike()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.AssumeAsync(StsRequest.AssumeRole(("Policy", """{"Version":"1","Statement":[{"Effect":"Allow","Action":["sae:*"],"Resource":"*","Condition":{"x":"a b*~/é!'()"}}]}""")));
    }

    [Fact]
    public async Task UnknownAccessKeyId_IsInvalidAccessKeyIdNotFound()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertError(host, StsRequest.AssumeRole().Configure(r => r.AccessKeyId = "LTAI5tSomebodyElse"), HttpStatusCode.NotFound, "InvalidAccessKeyId.NotFound");
    }

    [Theory]
    [InlineData("AccessKeyId")]
    [InlineData("Signature")]
    [InlineData("SignatureMethod")]
    [InlineData("SignatureVersion")]
    [InlineData("SignatureNonce")]
    [InlineData("Timestamp")]
    public async Task AMissingSignatureParameter_IsMissingThatParameter(string name)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = StsRequest.AssumeRole();
        request.AfterSigning = p => p.RemoveAll(x => x.Key == name);

        SaeReply reply = await AssertError(host, request, HttpStatusCode.BadRequest, "Missing" + name);

        Assert.Equal($"{name} is mandatory for this action.", reply.Message);
    }

    [Fact]
    public async Task AnotherSignatureMethod_IsInvalidSignatureMethod()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = StsRequest.AssumeRole();
        request.BeforeSigning = p =>
        {
            p.RemoveAll(x => x.Key == "SignatureMethod");
            p.Add(new("SignatureMethod", "HMAC-SHA256"));
        };

        await AssertError(host, request, HttpStatusCode.BadRequest, "InvalidSignatureMethod");
    }

    [Fact]
    public async Task ReplayedNonce_IsSignatureNonceUsed_EvenWhenTheFirstFailedLater()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.AssumeAsync(StsRequest.AssumeRole().Configure(r => r.Nonce = "same-nonce"));

        await AssertError(host, StsRequest.AssumeRole().Configure(r => r.Nonce = "same-nonce"), HttpStatusCode.BadRequest, "SignatureNonceUsed");

        // A request refused on its parameters was correctly signed, so it used its nonce too.
        await AssertError(host, StsRequest.AssumeRole(("DurationSeconds", "1")).Configure(r => r.Nonce = "nonce-2"), HttpStatusCode.BadRequest, "InvalidParameter.DurationSeconds");
        await AssertError(host, StsRequest.AssumeRole().Configure(r => r.Nonce = "nonce-2"), HttpStatusCode.BadRequest, "SignatureNonceUsed");
    }

    [Fact]
    public async Task ABadlySignedRequest_DoesNotUseItsNonce()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await AssertError(host, StsRequest.AssumeRole().Configure(r => { r.Nonce = "n"; r.AccessKeySecret = "wrong"; }), HttpStatusCode.BadRequest, "SignatureDoesNotMatch");

        await host.AssumeAsync(StsRequest.AssumeRole().Configure(r => r.Nonce = "n"));
    }

    [Theory]
    [InlineData(-16)]
    [InlineData(16)]
    public async Task ATimestampMoreThan15MinutesOff_IsInvalidTimeStampExpired(int minutes)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = StsRequest.AssumeRole().Configure(r => r.SignedAt = ManualClock.DefaultStart.AddMinutes(minutes));

        await AssertError(host, request, HttpStatusCode.BadRequest, "InvalidTimeStamp.Expired");
    }

    [Fact]
    public async Task ATimestampWithin15Minutes_IsAccepted()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await host.AssumeAsync(StsRequest.AssumeRole().Configure(r => r.SignedAt = ManualClock.DefaultStart.AddMinutes(-14)));
    }

    [Theory]
    [InlineData("Thu, 22 Feb 2018 07:46:12 GMT")]
    [InlineData("2026-03-01 08:00:00")]
    [InlineData("now")]
    public async Task AMalformedTimestamp_IsInvalidTimeStampFormat(string timestamp)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsRequest request = StsRequest.AssumeRole();
        request.BeforeSigning = p =>
        {
            p.RemoveAll(x => x.Key == "Timestamp");
            p.Add(new("Timestamp", timestamp));
        };

        await AssertError(host, request, HttpStatusCode.BadRequest, "InvalidTimeStamp.Format");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task AnStsCredential_WithoutItsToken_IsMismatchWithAccessKey(string? token)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRole());

        await AssertError(host, StsRequest.AssumeRole().SignedBy(credential).Configure(r => r.SecurityToken = token), HttpStatusCode.BadRequest, "InvalidSecurityToken.MismatchWithAccessKey");
    }

    [Fact]
    public async Task AnExpiredStsCredential_IsInvalidSecurityTokenExpired()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRole(("DurationSeconds", "900")));

        host.Clock.Advance(TimeSpan.FromSeconds(900));

        await AssertError(host, StsRequest.AssumeRole().SignedBy(credential), HttpStatusCode.BadRequest, "InvalidSecurityToken.Expired");
    }
}
