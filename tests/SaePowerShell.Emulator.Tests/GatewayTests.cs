using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SaePowerShell.Core.Signing;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>The POP gateway checks, each against real HTTP requests signed by the module's signing code.</summary>
public sealed class GatewayTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task CorrectlySignedRequest_IsAnswered_WithSaesSuccessEnvelope(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")).WithScheme(scheme));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Matches("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$", reply.Body.GetProperty("RequestId").GetString());
        Assert.Equal("200", reply.Body.GetProperty("Code").GetString());
        Assert.Equal("success", reply.Message);
        Assert.True(reply.Body.GetProperty("Success").GetBoolean());

        // The envelope has the fields the SDK model declares and no more: ListApplications' has no TraceId.
        Assert.False(reply.Body.TryGetProperty("TraceId", out _));
        SurfaceFile.AssertConforms("ListApplications", reply.Body);
        Assert.Equal(3, reply.Data.GetProperty("TotalSize").GetInt32());
    }

    [Fact]
    public async Task RoaRequest_InPopCoreStyle_WithContentMd5AndNoAction_IsAccepted()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo"));
        request.Scheme = SigningScheme.Roa;
        request.BeforeSigning = h =>
        {
            h.Remove("x-acs-action");
            h["content-md5"] = Convert.ToBase64String(MD5.HashData([]));
        };

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Fact]
    public async Task StsCredential_WithTheRightToken_IsAccepted_ByEitherScheme()
    {
        var options = new EmulatorOptions { SecurityToken = "sts-token-value" };
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(options);

        foreach (SigningScheme scheme in new[] { SigningScheme.V3, SigningScheme.Roa })
        {
            SaeRequest request = SaeRequest.ListApplications();
            request.Scheme = scheme;
            request.SecurityToken = "sts-token-value";
            Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(request)).Status);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task StsCredential_WithoutTheRightToken_IsRejected(string? token)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { SecurityToken = "sts-token-value" });
        SaeRequest request = SaeRequest.ListApplications();
        request.SecurityToken = token;

        await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "InvalidSecurityToken.MismatchWithAccessKey");
    }

    [Fact]
    public async Task SecurityTokenHeader_IsIgnored_WhenTheEmulatorHasNoToken()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.SecurityToken = "anything";

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(request)).Status);
    }

    [Fact]
    public async Task GatewayError_HasThePopBodyShape()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.AfterSigning = h => h.Remove("authorization");

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("IncompleteSignature", reply.Body.GetProperty("Code").GetString());
        Assert.Equal(host.BaseAddress.Authority, reply.Body.GetProperty("HostId").GetString());
        Assert.Equal("https://next.api.aliyun.com/troubleshoot?q=IncompleteSignature&product=sae", reply.Body.GetProperty("Recommend").GetString());
        Assert.Matches("^[0-9A-F-]{36}$", reply.Body.GetProperty("RequestId").GetString());
        Assert.False(reply.Body.TryGetProperty("Success", out _));
    }

    [Theory]
    [InlineData("Bearer abc")]
    [InlineData("acs LTAI5tSaeEmulatorKey")]
    [InlineData("acs :c2lnbmF0dXJl")]
    [InlineData("acs LTAI5tSaeEmulatorKey:not base64!")]
    [InlineData("ACS3-HMAC-SHA256 Credential=LTAI5tSaeEmulatorKey")]
    [InlineData("ACS3-HMAC-SHA256 Credential=LTAI5tSaeEmulatorKey,SignedHeaders=host;x-acs-date,Signature=nothex")]
    [InlineData("ACS3-HMAC-SHA256 Credential=LTAI5tSaeEmulatorKey,SignedHeaders=host;;x-acs-date,Signature=00")]
    public async Task MalformedAuthorization_IsIncompleteSignature(string authorization)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.AfterSigning = h => h["authorization"] = authorization;

        await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "IncompleteSignature");
    }

    [Theory]
    [InlineData("x-acs-date")]
    [InlineData("x-acs-signature-nonce")]
    [InlineData("x-acs-content-sha256")]
    [InlineData("host")]
    public async Task V3_WithoutARequiredSignedHeader_IsIncompleteSignature(string header)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();

        // Leave the header out of the signature (it may still be sent: HttpClient always sends Host).
        request.BeforeSigning = h => h.Remove(header);

        await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "IncompleteSignature");
    }

    [Fact]
    public async Task V3_SigningAHeaderThatIsNotSent_IsIncompleteSignature()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.BeforeSigning = h => h["x-acs-extra"] = "signed";
        request.AfterSigning = h => h.Remove("x-acs-extra");

        await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "IncompleteSignature");
    }

    [Theory]
    [InlineData("date")]
    [InlineData("x-acs-signature-nonce")]
    [InlineData("x-acs-signature-method")]
    [InlineData("x-acs-signature-version")]
    public async Task Roa_WithoutARequiredHeader_IsIncompleteSignature(string header)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.Scheme = SigningScheme.Roa;
        request.BeforeSigning = h => h.Remove(header);

        await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "IncompleteSignature");
    }

    [Fact]
    public async Task Roa_WithAnotherSignatureMethod_IsInvalidSignatureMethod()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.Scheme = SigningScheme.Roa;
        request.BeforeSigning = h => h["x-acs-signature-method"] = "HMAC-SHA256";

        await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "InvalidSignatureMethod");
    }

    [Fact]
    public async Task V3_BodyThatDoesNotMatchItsContentHash_IsIncompleteSignature()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"));
        request.SentBody = Encoding.UTF8.GetBytes("{\"sneaky\":true}");

        SaeReply reply = await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "IncompleteSignature");

        Assert.Contains("x-acs-content-sha256", reply.Message);
        Assert.Empty((await host.GetStateAsync()).GetProperty("changeOrders").EnumerateArray());
    }

    [Fact]
    public async Task V3_BodyMatchingItsContentHash_IsAccepted()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.Method = "GET";
        request.Body = Encoding.UTF8.GetBytes("{\"a\":1}");
        request.BeforeSigning = h => h["content-type"] = "application/json; charset=utf-8";

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(request)).Status);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task UnknownAccessKeyId_IsNotFound(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.Scheme = scheme;
        request.AccessKeyId = "LTAI5tSomebodyElse";

        await AssertGatewayError(host, request, HttpStatusCode.NotFound, "InvalidAccessKeyId.NotFound");
    }

    [Theory]
    [InlineData(SigningScheme.V3, "x-acs-date", "2026-03-01 08:00:00")]
    [InlineData(SigningScheme.V3, "x-acs-date", "Sun, 01 Mar 2026 08:00:00 GMT")]
    [InlineData(SigningScheme.Roa, "date", "2026-03-01T08:00:00Z")]
    [InlineData(SigningScheme.Roa, "date", "yesterday")]
    public async Task UnparseableTimestamp_IsInvalidTimeStampFormat(SigningScheme scheme, string header, string value)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.Scheme = scheme;
        request.BeforeSigning = h => h[header] = value;

        await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "InvalidTimeStamp.Format");
    }

    [Theory]
    [InlineData(SigningScheme.V3, 16)]
    [InlineData(SigningScheme.V3, -16)]
    [InlineData(SigningScheme.Roa, 16)]
    [InlineData(SigningScheme.Roa, -16)]
    public async Task TimestampMoreThan15MinutesOff_IsInvalidTimeStampExpired(SigningScheme scheme, int minutes)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.Scheme = scheme;
        request.SignedAt = host.Clock.GetUtcNow().AddMinutes(minutes);

        await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "InvalidTimeStamp.Expired");
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task TimestampWithin15Minutes_IsAccepted(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.Scheme = scheme;
        request.SignedAt = host.Clock.GetUtcNow().AddMinutes(-14);

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(request)).Status);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task ReusedNonce_IsSignatureNonceUsed_UntilTheWindowHasPassed(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest First() => SaeRequest.ListApplications().WithScheme(scheme).Configure(r => r.Nonce = "nonce-1");

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(First())).Status);
        await AssertGatewayError(host, First(), HttpStatusCode.BadRequest, "SignatureNonceUsed");

        host.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(First())).Status);
    }

    [Fact]
    public async Task BadlySignedRequest_DoesNotBurnItsNonce()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest bad = SaeRequest.ListApplications();
        bad.Nonce = "nonce-2";
        bad.AccessKeySecret = "wrong";
        await AssertGatewayError(host, bad, HttpStatusCode.BadRequest, "SignatureDoesNotMatch");

        SaeRequest good = SaeRequest.ListApplications();
        good.Nonce = "nonce-2";
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(good)).Status);
    }

    [Fact]
    public async Task V3_WrongSecret_IsSignatureDoesNotMatch_AndTheMessageShowsTheServerStringToSign()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo"));
        request.AccessKeySecret = "not-the-secret";

        SaeReply reply = await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "SignatureDoesNotMatch");

        // With the right secret the client would have produced the same canonical request, hence this string to sign.
        HttpRequestMessage sent = request.Build(host.BaseAddress, host.Clock.GetUtcNow());
        string authorization = sent.Headers.GetValues("authorization").Single();
        string signedHeaders = Regex.Match(authorization, "SignedHeaders=([^,]+)").Groups[1].Value;
        var signable = new SignableRequest(request.Method, request.Path, request.Query, sent.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value))));
        string expected = Acs3HmacSha256Signature.StringToSign(
            Acs3HmacSha256Signature.CanonicalRequest(signable, signedHeaders.Split(';'), Acs3HmacSha256Signature.HashPayload([])));
        Assert.Equal("Specified signature is not matched with our calculation. server string to sign is:" + expected, reply.Message);
    }

    [Fact]
    public async Task Roa_WrongSecret_IsSignatureDoesNotMatch_AndTheMessageShowsTheServerStringToSign()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo"), ("PageSize", "20"));
        request.Scheme = SigningScheme.Roa;
        request.AccessKeySecret = "not-the-secret";

        SaeReply reply = await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "SignatureDoesNotMatch");

        Assert.StartsWith("Specified signature is not matched with our calculation. server string to sign is:GET\napplication/json\n\n\n", reply.Message);
        Assert.EndsWith("\n/pop/v1/sam/app/listApplications?NamespaceId=cn-hangzhou:demo&PageSize=20", reply.Message);
        Assert.Contains("x-acs-action:ListApplications\n", reply.Message);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task QueryChangedAfterSigning_IsSignatureDoesNotMatch(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", DefaultSeedIds.DemoOrderApi));
        request.Scheme = scheme;
        HttpRequestMessage signed = request.Build(host.BaseAddress, host.Clock.GetUtcNow());
        signed.RequestUri = new Uri(signed.RequestUri!.ToString().Replace(DefaultSeedIds.DemoOrderApi, DefaultSeedIds.DemoWebFrontend, StringComparison.Ordinal));

        HttpResponseMessage response = await host.Http.SendAsync(signed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"Code\":\"SignatureDoesNotMatch\"", await response.Content.ReadAsStringAsync());
        Assert.Empty((await host.GetStateAsync()).GetProperty("changeOrders").EnumerateArray());
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task RepeatedQueryKey_IsIncompleteSignature(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications(("PageSize", "5"), ("PageSize", "6"));
        request.Scheme = scheme;

        await AssertGatewayError(host, request, HttpStatusCode.BadRequest, "IncompleteSignature");
    }

    [Theory]
    [InlineData("GET", "/pop/v1/sam/app/nope")]
    [InlineData("POST", "/pop/v1/sam/app/listApplications")]
    [InlineData("GET", "/pop/v1/sam/app/batchStartApplications")]
    [InlineData("GET", "/pop/v1/sam/app/ListApplications")]
    [InlineData("GET", "/pop/v1/sam/changeorder/describeChangeOrder")]
    [InlineData("GET", "/")]
    public async Task UnknownPathOrMethod_IsInvalidApiNotFound(string method, string path)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        await AssertGatewayError(host, SaeRequest.Custom(method, path), HttpStatusCode.NotFound, "InvalidApi.NotFound");
    }

    [Theory]
    [InlineData("2017-08-01")]
    [InlineData("")]
    public async Task WrongApiVersion_IsInvalidApiNotFound(string version)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.ListApplications();
        request.Version = version;
        if (version.Length == 0)
        {
            request.BeforeSigning = h => h.Remove("x-acs-version");
        }

        await AssertGatewayError(host, request, HttpStatusCode.NotFound, "InvalidApi.NotFound");
    }

    [Fact]
    public async Task CustomKeyPair_FromTheOptions_IsTheOneAccepted()
    {
        var options = new EmulatorOptions { AccessKeyId = "LTAI5tCustom", AccessKeySecret = "custom-secret" };
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(options);

        await AssertGatewayError(host, SaeRequest.ListApplications(), HttpStatusCode.NotFound, "InvalidAccessKeyId.NotFound");
        SaeRequest request = SaeRequest.ListApplications();
        request.AccessKeyId = "LTAI5tCustom";
        request.AccessKeySecret = "custom-secret";
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(request)).Status);
    }

    private static async Task<SaeReply> AssertGatewayError(EmulatorTestHost host, SaeRequest request, HttpStatusCode status, string code)
    {
        SaeReply reply = await host.SendAsync(request);
        Assert.True(reply.Status == status && reply.Body.GetProperty("Code").GetString() == code, $"Expected {(int)status} {code}, got {(int)reply.Status}: {reply.Body}");
        return reply;
    }
}
