using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// GET /_emulator/requests ends up in test reports and CI artifacts, so it must not hand out what would let a reader
/// act as the client: security tokens, OIDC tokens and secrets are "***" (whatever their length), in what the client
/// sent and nowhere in what the log says about the answers.
/// </summary>
public sealed class RequestLogRedactionTests
{
    private const string OidcToken = "eyJhbGciOiJSUzI1NiJ9.a-private-oidc-token.signature";

    [Theory]
    [InlineData(RpcPlacement.Query)]
    [InlineData(RpcPlacement.Form)]
    public async Task AnStsSignedAssumeRole_IsLoggedWithoutItsSecurityToken_OrTheIssuedCredential(RpcPlacement placement)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential signer = await host.AssumeAsync(StsRequest.AssumeRole());

        StsCredential issued = await host.AssumeAsync(StsRequest.AssumeRole().SignedBy(signer).Configure(r => r.Placement = placement));

        JsonElement entry = (await host.GetRequestLogAsync()).Last();
        Assert.Equal(("AssumeRole", 200), (entry.GetProperty("api").GetString(), entry.GetProperty("status").GetInt32()));
        Assert.Equal("***", entry.GetProperty("query").GetProperty("SecurityToken").GetString());
        Assert.Equal(signer.AccessKeyId, entry.GetProperty("query").GetProperty("AccessKeyId").GetString());
        await AssertNowhereInTheLogAsync(host, signer.SecurityToken, signer.AccessKeySecret, issued.SecurityToken, issued.AccessKeySecret);
    }

    [Theory]
    [InlineData(RpcPlacement.Query)]
    [InlineData(RpcPlacement.Split)]
    public async Task AssumeRoleWithOidc_IsLoggedWithoutItsOidcToken(RpcPlacement placement)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { ExtraOidcTokens = [OidcToken] });

        StsCredential issued = await host.AssumeAsync(StsRequest.AssumeRoleWithOidc().Replace(("OIDCToken", OidcToken)).Configure(r => r.Placement = placement));

        JsonElement entry = (await host.GetRequestLogAsync()).Single();
        Assert.Equal(("AssumeRoleWithOIDC", 200), (entry.GetProperty("api").GetString(), entry.GetProperty("status").GetInt32()));
        Assert.Equal("***", entry.GetProperty("query").GetProperty("OIDCToken").GetString());
        await AssertNowhereInTheLogAsync(host, OidcToken, issued.SecurityToken, issued.AccessKeySecret);
    }

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task AnSaeCall_SignedWithAnStsCredential_IsLoggedWithoutItsToken(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRoleWithOidc());

        await host.CallAsync(credential.Sign(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo"), ("SecurityToken", "query-token-value")).WithScheme(scheme)));

        JsonElement entry = (await host.GetRequestLogAsync()).Last();
        Assert.Equal(("ListApplications", credential.AccessKeyId), (entry.GetProperty("api").GetString(), entry.GetProperty("accessKeyId").GetString()));
        Assert.Equal("***", entry.GetProperty("query").GetProperty("SecurityToken").GetString());
        await AssertNowhereInTheLogAsync(host, credential.SecurityToken, credential.AccessKeySecret, "query-token-value");
    }

    [Fact]
    public async Task TheLocalCredentialSources_AreLoggedWithoutTheCredentialsTheyHandOut()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        StsCredential fromUri = StsCredential.From(JsonDocument.Parse(await host.Http.GetStringAsync("_emulator/credentials-uri?SecurityToken=x-in-query")).RootElement);
        StsCredential fromMetadata = StsCredential.From(JsonDocument.Parse(await host.Http.GetStringAsync("_emulator/metadata/latest/meta-data/ram/security-credentials/SaeEmulatorEcsRole")).RootElement);

        JsonElement[] log = await host.GetRequestLogAsync();
        Assert.Equal(["CredentialsUri", "Metadata"], log.Select(e => e.GetProperty("api").GetString()));
        Assert.Equal("***", log[0].GetProperty("query").GetProperty("SecurityToken").GetString());
        await AssertNowhereInTheLogAsync(host, fromUri.SecurityToken, fromUri.AccessKeySecret, fromMetadata.SecurityToken, fromMetadata.AccessKeySecret, "x-in-query");
    }

    private static async Task AssertNowhereInTheLogAsync(EmulatorTestHost host, params string[] secrets)
    {
        string text = await host.Http.GetStringAsync("_emulator/requests");
        foreach (string secret in secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
