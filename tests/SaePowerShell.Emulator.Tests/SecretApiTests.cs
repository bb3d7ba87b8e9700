using System.Net;
using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The five secret APIs in their official shapes: SecretData a query parameter holding the SDKs' SecretData object
/// around a JSON object of base64 values, names unique in a namespace, ids never reused, and the data never in the
/// request log.
/// </summary>
public sealed class SecretApiTests
{
    private const string Namespace = "cn-hangzhou:demo";

    // "s3cr3t-value" and "other" in base64.
    private const string Data = """{"password":"czNjcjN0LXZhbHVl","user":"b3RoZXI="}""";

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task CreateSecret_CanBeListedWithoutItsData_AndDescribedWithIt(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply created = await host.SendAsync(SaeRequest.CreateSecret("db", Namespace, Data).WithScheme(scheme));
        SaeReply second = await host.SendAsync(SaeRequest.CreateSecret("registry", Namespace, """{".dockerconfigjson":"e30="}""", "kubernetes.io/dockerconfigjson").WithScheme(scheme));
        SaeReply duplicate = await host.SendAsync(SaeRequest.CreateSecret("db", Namespace, Data).WithScheme(scheme));

        SurfaceFile.AssertConforms("CreateSecret", created.Body);
        long id = created.Data.GetProperty("SecretId").GetInt64();
        Assert.Equal(id + 1, second.Data.GetProperty("SecretId").GetInt64());
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.WithMessage"), (duplicate.Status, duplicate.ErrorCode));
        Assert.Contains("{SecretName}", duplicate.Message);

        SaeReply listed = await host.SendAsync(SaeRequest.ListSecrets(Namespace).WithScheme(scheme));
        SurfaceFile.AssertConforms("ListSecrets", listed.Body);
        JsonElement[] secrets = listed.Data.GetProperty("Secrets").EnumerateArray().ToArray();
        Assert.Equal(["db", "registry"], secrets.Select(s => s.GetProperty("SecretName").GetString()!));
        Assert.All(secrets, s => Assert.False(s.TryGetProperty("SecretData", out _)));
        Assert.Empty((await host.CallAsync(SaeRequest.ListSecrets("cn-hangzhou:staging"))).GetProperty("Secrets").EnumerateArray());

        SaeReply described = await host.SendAsync(SaeRequest.DescribeSecret(Namespace, id).WithScheme(scheme));
        SurfaceFile.AssertConforms("DescribeSecret", described.Body);
        Assert.Equal("Opaque", described.Data.GetProperty("SecretType").GetString());
        Assert.Equal("czNjcjN0LXZhbHVl", described.Data.GetProperty("SecretData").GetProperty("password").GetString());
    }

    [Fact]
    public async Task CreateSecret_RefusesBadData_NamingTheKey_NeverTheValue()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply notBase64 = await host.SendAsync(SaeRequest.CreateSecret("a", Namespace, """{"token":"plain text!"}"""));
        SaeReply notObject = await host.SendAsync(SaeRequest.CreateSecret("b", Namespace, "[1]"));
        SaeReply empty = await host.SendAsync(SaeRequest.CreateSecret("c", Namespace, "{}"));
        SaeReply badType = await host.SendAsync(SaeRequest.CreateSecret("d", Namespace, Data, "kubernetes.io/tls"));
        SaeReply registryWithoutItsKey = await host.SendAsync(SaeRequest.CreateSecret("e", Namespace, Data, "kubernetes.io/dockerconfigjson"));
        SaeReply unknownNamespace = await host.SendAsync(SaeRequest.CreateSecret("f", "cn-hangzhou:nope", Data));
        // The bare object of base64 values, without the SDKs' SecretData object around it: no official client sends it.
        SaeReply bare = await host.SendAsync(SaeRequest.Api("CreateSecret", "POST", "/pop/v1/sam/secret/secret",
            ("NamespaceId", Namespace), ("SecretName", "g"), ("SecretType", "Opaque"), ("SecretData", Data)));

        Assert.Contains("token", notBase64.Message);
        Assert.DoesNotContain("plain text", notBase64.Message);
        Assert.All([notBase64, notObject, empty, registryWithoutItsKey, bare], r => Assert.Contains("{SecretData}", r.Message));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.WithMessage"), (bare.Status, bare.ErrorCode));
        Assert.Contains("the SDK's SecretData object", bare.Message);
        Assert.DoesNotContain("czNjcjN0LXZhbHVl", bare.Message);
        Assert.Contains("{SecretType}", badType.Message);
        Assert.Equal("InvalidNamespaceId.NotFound", unknownNamespace.ErrorCode);
        Assert.Empty((await host.CallAsync(SaeRequest.ListSecrets(Namespace))).GetProperty("Secrets").EnumerateArray());
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task Secret_IsUpdatedWhole_ThenDeleted_AndItsIdIsNeverReused(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        long id = (await host.CallAsync(SaeRequest.CreateSecret("db", Namespace, Data))).GetProperty("SecretId").GetInt64();

        SaeReply updated = await host.SendAsync(SaeRequest.UpdateSecret(Namespace, id, """{"password":"bmV3"}""").WithScheme(scheme));
        SaeReply described = await host.SendAsync(SaeRequest.DescribeSecret(Namespace, id));
        SaeReply otherNamespace = await host.SendAsync(SaeRequest.DescribeSecret("cn-hangzhou:staging", id));
        SaeReply deleted = await host.SendAsync(SaeRequest.DeleteSecret(Namespace, id).WithScheme(scheme));
        SaeReply gone = await host.SendAsync(SaeRequest.DescribeSecret(Namespace, id));
        SaeReply again = await host.SendAsync(SaeRequest.DeleteSecret(Namespace, id));
        SaeReply updateGone = await host.SendAsync(SaeRequest.UpdateSecret(Namespace, id, Data));
        long next = (await host.CallAsync(SaeRequest.CreateSecret("db", Namespace, Data))).GetProperty("SecretId").GetInt64();

        SurfaceFile.AssertConforms("UpdateSecret", updated.Body);
        SurfaceFile.AssertConforms("DeleteSecret", deleted.Body);
        Assert.Equal(id, updated.Data.GetProperty("SecretId").GetInt64());
        Assert.Equal(["password"], described.Data.GetProperty("SecretData").EnumerateObject().Select(p => p.Name));
        Assert.Equal("bmV3", described.Data.GetProperty("SecretData").GetProperty("password").GetString());
        Assert.Equal(id, deleted.Data.GetProperty("SecretId").GetInt64());
        Assert.All([otherNamespace, gone, again, updateGone], r => Assert.Equal((HttpStatusCode.NotFound, "InvalidSecretId.NotFound"), (r.Status, r.ErrorCode)));
        Assert.Equal(id + 1, next);
    }

    [Fact]
    public async Task SecretData_IsNeverInTheRequestLog()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        long id = (await host.CallAsync(SaeRequest.CreateSecret("db", Namespace, Data))).GetProperty("SecretId").GetInt64();
        await host.CallAsync(SaeRequest.UpdateSecret(Namespace, id, """{"password":"bmV3LXMzY3IzdA=="}"""));
        await host.CallAsync(SaeRequest.DescribeSecret(Namespace, id));

        JsonElement[] log = await host.GetRequestLogAsync();
        Assert.Equal("***", log[0].GetProperty("query").GetProperty("SecretData").GetString());
        string text = await host.Http.GetStringAsync("_emulator/requests");
        Assert.DoesNotContain("czNjcjN0LXZhbHVl", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bmV3LXMzY3IzdA==", text, StringComparison.Ordinal);
    }
}
