using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// Bodies as the SDK sends them, form (TagResources) and JSON (CreateConfigMap), under both signatures: ACS3 hashes
/// the body into x-acs-content-sha256 and signs content-type; ROA has content-type and Content-MD5 in its string to sign.
/// </summary>
public sealed class RequestBodyTests
{
    public static TheoryData<SigningScheme, bool> Schemes => new()
    {
        { SigningScheme.V3, false },
        { SigningScheme.Roa, false },
        { SigningScheme.Roa, true },
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task FormBody_IsAccepted_AndRead(SigningScheme scheme, bool contentMd5)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.TagApplications([DefaultSeedIds.DemoOrderApi], [("team", "orders & payments")]).WithScheme(scheme);
        request.SendContentMd5 = contentMd5;

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.True(reply.Data.GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task JsonBody_IsAccepted_AndRead(SigningScheme scheme, bool contentMd5)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.CreateConfigMap("settings", "cn-hangzhou:demo", """{"k1":"v1"}""").WithScheme(scheme);
        request.SendContentMd5 = contentMd5;

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(1, reply.Data.GetProperty("ConfigMapId").GetInt64());
    }

    [Fact]
    public async Task TamperedBody_UnderAcs3_IsRefused_ByTheContentHash()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.CreateConfigMap("settings", "cn-hangzhou:demo", """{"k1":"v1"}""");
        request.SentBody = Encoding.UTF8.GetBytes("""{"Data":"{\"k1\":\"evil\"}"}""");

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal((HttpStatusCode.BadRequest, "IncompleteSignature"), (reply.Status, reply.ErrorCode));
        Assert.Contains("x-acs-content-sha256", reply.Message);
    }

    [Fact]
    public async Task TamperedBody_UnderAcs3_WithARecomputedHash_FailsTheSignature()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        byte[] evil = Encoding.UTF8.GetBytes("ResourceIds=%5B%22x%22%5D&ResourceType=application");
        SaeRequest request = SaeRequest.TagApplications([DefaultSeedIds.DemoOrderApi], [("team", "orders")]);
        request.SentBody = evil;
        request.AfterSigning = h => h["x-acs-content-sha256"] = SaePowerShell.Core.Signing.Acs3HmacSha256Signature.HashPayload(evil);

        Assert.Equal("SignatureDoesNotMatch", (await host.SendAsync(request)).ErrorCode);
    }

    [Fact]
    public async Task TamperedBody_UnderRoa_IsRefused_ByContentMd5()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.TagApplications([DefaultSeedIds.DemoOrderApi], [("team", "orders")]).WithScheme(SigningScheme.Roa);
        request.SendContentMd5 = true;
        request.SentBody = Encoding.UTF8.GetBytes("ResourceIds=%5B%22x%22%5D&ResourceType=application");

        Assert.Equal("ContentMD5NotMatched", (await host.SendAsync(request)).ErrorCode);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task ChangedContentType_AfterSigning_FailsTheSignature(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.CreateConfigMap("settings", "cn-hangzhou:demo", "{}").WithScheme(scheme);
        request.AfterSigning = h => h["content-type"] = "application/json";

        Assert.Equal("SignatureDoesNotMatch", (await host.SendAsync(request)).ErrorCode);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task MissingRequiredBodyParameter_IsRefused_ByName(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        // What the SDK sends when Data is not set: an empty JSON object, still with its content type.
        SaeReply noData = await host.SendAsync(SaeRequest.CreateConfigMap("settings", "cn-hangzhou:demo", "{}").WithJsonBody("{}").WithScheme(scheme));
        SaeReply noIds = await host.SendAsync(SaeRequest.TagResources(("ResourceType", "application")).WithScheme(scheme));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "You must specify the parameter Data."), (noData.Status, noData.ErrorCode, noData.Message));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "You must specify the parameter ResourceIds."), (noIds.Status, noIds.ErrorCode, noIds.Message));
    }

    [Fact]
    public async Task BodyParameter_SentInTheQuery_IsNotRead()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.Api("CreateConfigMap", "POST", "/pop/v1/sam/configmap/configMap",
            ("Name", "settings"), ("NamespaceId", "cn-hangzhou:demo"), ("Data", """{"k":"v"}"""));

        Assert.Equal("You must specify the parameter Data.", (await host.SendAsync(request)).Message);
    }

    [Theory]
    [InlineData(SigningScheme.V3, null)]
    [InlineData(SigningScheme.V3, "application/x-www-form-urlencoded")]
    [InlineData(SigningScheme.Roa, "text/plain")]
    public async Task JsonApi_WithAFormOrMissingContentType_IsA400NamingContentType(SigningScheme scheme, string? contentType)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.CreateConfigMap("settings", "cn-hangzhou:demo", """{"k":"v"}""").WithScheme(scheme);
        request.ContentType = contentType;

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.WithMessage"), (reply.Status, reply.ErrorCode));
        Assert.StartsWith("The parameter is invalid {Content-Type}: CreateConfigMap takes its body parameters as application/json;", reply.Message);
    }

    [Fact]
    public async Task FormApi_WithAJsonBody_IsA400NamingContentType()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = SaeRequest.Api("TagResources", "POST", "/tags")
            .WithJsonBody(new { ResourceType = "application", ResourceIds = JsonSerializer.Serialize(new[] { DefaultSeedIds.DemoOrderApi }) });

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal("InvalidParameter.WithMessage", reply.ErrorCode);
        Assert.Contains("application/x-www-form-urlencoded", reply.Message);
    }
}
