using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The ECS instance metadata stand-in under /_emulator/metadata: the IMDSv2 token, the role listing, the role's
/// credentials (accepted by the SAE gateway), IMDSv1 and the --imds-v2-only switch, in the requests @alicloud/credentials makes.
/// </summary>
public sealed class EcsMetadataTests
{
    private const string TokenPath = "_emulator/metadata/latest/api/token";
    private const string RolesPath = "_emulator/metadata/latest/meta-data/ram/security-credentials/";
    private const string RolePath = RolesPath + "SaeEmulatorEcsRole";

    private static async Task<(HttpStatusCode Status, string Body, string? MediaType)> SendAsync(EmulatorTestHost host, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var message = new HttpRequestMessage(method, path);
        foreach ((string name, string value) in headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        using HttpResponseMessage response = await host.Http.SendAsync(message);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> GetTokenAsync(EmulatorTestHost host, int ttlSeconds = 21600)
    {
        (HttpStatusCode status, string token, string? mediaType) = await SendAsync(host, HttpMethod.Put, TokenPath, ("X-aliyun-ecs-metadata-token-ttl-seconds", ttlSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal((HttpStatusCode.OK, "text/plain"), (status, mediaType));
        Assert.False(string.IsNullOrWhiteSpace(token));
        return token;
    }

    [Fact]
    public async Task V2_Token_RoleName_Credentials_AndTheCredentialsOpenSae()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string token = await GetTokenAsync(host);

        (HttpStatusCode roleStatus, string roleName, _) = await SendAsync(host, HttpMethod.Get, RolesPath, ("X-aliyun-ecs-metadata-token", token));
        Assert.Equal((HttpStatusCode.OK, "SaeEmulatorEcsRole"), (roleStatus, roleName));

        (HttpStatusCode status, string body, string? mediaType) = await SendAsync(host, HttpMethod.Get, RolesPath + roleName, ("X-aliyun-ecs-metadata-token", token));
        Assert.Equal((HttpStatusCode.OK, "application/json"), (status, mediaType));
        JsonElement json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(["Code", "AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration", "LastUpdated"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Success", json.GetProperty("Code").GetString());
        Assert.Equal("2026-03-01T14:00:00Z", json.GetProperty("Expiration").GetString());
        Assert.Equal("2026-03-01T08:00:00Z", json.GetProperty("LastUpdated").GetString());

        StsCredential credential = StsCredential.From(json);
        Assert.StartsWith("STS.", credential.AccessKeyId);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(credential.Sign(SaeRequest.ListApplications()))).Status);
    }

    [Fact]
    public async Task V1_WithoutAToken_AnswersToo()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        (HttpStatusCode roleStatus, string roleName, _) = await SendAsync(host, HttpMethod.Get, RolesPath);
        (HttpStatusCode status, string body, _) = await SendAsync(host, HttpMethod.Get, RolePath);

        Assert.Equal((HttpStatusCode.OK, "SaeEmulatorEcsRole"), (roleStatus, roleName));
        Assert.Equal(HttpStatusCode.OK, status);
        StsCredential credential = StsCredential.From(JsonDocument.Parse(body).RootElement);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(credential.Sign(SaeRequest.ListApplications()))).Status);
    }

    [Fact]
    public async Task TheRoleListing_AnswersWithoutTheTrailingSlash_Too()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        (HttpStatusCode status, string roleName, _) = await SendAsync(host, HttpMethod.Get, RolesPath.TrimEnd('/'));

        Assert.Equal((HttpStatusCode.OK, "SaeEmulatorEcsRole"), (status, roleName));
    }

    [Fact]
    public async Task V2Only_RefusesRequestsWithoutAToken_AndServesThoseWithOne()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(EmulatorOptions.Parse(["--imds-v2-only"]));

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(host, HttpMethod.Get, RolesPath)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(host, HttpMethod.Get, RolePath)).Status);

        string token = await GetTokenAsync(host);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(host, HttpMethod.Get, RolesPath, ("X-aliyun-ecs-metadata-token", token))).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(host, HttpMethod.Get, RolePath, ("X-aliyun-ecs-metadata-token", token))).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnUnknownToken_IsForbidden_WhetherOrNotV1IsAllowed(bool v2Only)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { ImdsV2Only = v2Only });

        (HttpStatusCode status, _, _) = await SendAsync(host, HttpMethod.Get, RolePath, ("X-aliyun-ecs-metadata-token", "made-up"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task ATokenExpiresAfterItsTtl_OnTheEmulatorsClock()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string token = await GetTokenAsync(host, ttlSeconds: 60);

        host.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(host, HttpMethod.Get, RolePath, ("X-aliyun-ecs-metadata-token", token))).Status);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(host, HttpMethod.Get, RolePath, ("X-aliyun-ecs-metadata-token", token))).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("21601")]
    [InlineData("-1")]
    [InlineData("six hours")]
    public async Task ATokenRequest_NeedsATtlFrom1To21600(string? ttl)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        (HttpStatusCode status, string body, _) = ttl is null
            ? await SendAsync(host, HttpMethod.Put, TokenPath)
            : await SendAsync(host, HttpMethod.Put, TokenPath, ("X-aliyun-ecs-metadata-token-ttl-seconds", ttl));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("X-aliyun-ecs-metadata-token-ttl-seconds", body);
    }

    [Theory]
    [InlineData("GET", RolesPath + "SomeOtherRole")]
    [InlineData("GET", "_emulator/metadata/latest/meta-data/instance-id")]
    [InlineData("GET", TokenPath)]
    [InlineData("GET", RolePath + "/extra")]
    public async Task UnknownRolesAndPaths_AreNotFound(string method, string path)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(host, new HttpMethod(method), path)).Status);
    }

    [Fact]
    public async Task TheSameCredential_IsServedUntilHalfItsLifetime_ThenANewOne()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        async Task<StsCredential> FetchAsync() => StsCredential.From(JsonDocument.Parse((await SendAsync(host, HttpMethod.Get, RolePath)).Body).RootElement);

        StsCredential first = await FetchAsync();
        host.Clock.Advance(TimeSpan.FromHours(3) - TimeSpan.FromSeconds(1));
        StsCredential stillFirst = await FetchAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        StsCredential second = await FetchAsync();

        Assert.Equal(first, stillFirst);
        Assert.NotEqual(first.AccessKeyId, second.AccessKeyId);
        Assert.Equal("2026-03-01T17:00:00Z", second.Expiration);

        // The old one still works until its own expiration, as on ECS.
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(first.Sign(SaeRequest.ListApplications()))).Status);
    }

    [Fact]
    public async Task TheDurationCap_AppliesToTheRoleCredentials()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { StsDurationCapSeconds = 30 });
        StsCredential credential = StsCredential.From(JsonDocument.Parse((await SendAsync(host, HttpMethod.Get, RolePath)).Body).RootElement);

        host.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("InvalidSecurityToken.Expired", (await host.SendAsync(credential.Sign(SaeRequest.ListApplications()))).ErrorCode);
        StsCredential fresh = StsCredential.From(JsonDocument.Parse((await SendAsync(host, HttpMethod.Get, RolePath)).Body).RootElement);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(fresh.Sign(SaeRequest.ListApplications()))).Status);
    }

    [Fact]
    public async Task RequestLog_RecordsEveryMetadataRequest_WithV1OrV2_AndTheCredentialHandedOut()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string token = await GetTokenAsync(host);
        await SendAsync(host, HttpMethod.Get, RolesPath, ("X-aliyun-ecs-metadata-token", token));
        string body = (await SendAsync(host, HttpMethod.Get, RolePath)).Body;
        await SendAsync(host, HttpMethod.Get, RolePath, ("X-aliyun-ecs-metadata-token", "made-up"));

        JsonElement[] log = await host.GetRequestLogAsync();

        Assert.All(log, e => Assert.Equal("Metadata", e.GetProperty("api").GetString()));
        Assert.Equal(
            [("PUT", "/" + TokenPath, 200, null), ("GET", "/" + RolesPath, 200, "IMDSv2"), ("GET", "/" + RolePath, 200, "IMDSv1"), ("GET", "/" + RolePath, 403, "IMDSv2")],
            log.Select(e => (e.GetProperty("method").GetString(), e.GetProperty("path").GetString(), e.GetProperty("status").GetInt32(), e.GetProperty("signatureScheme").GetString())));
        Assert.Equal(JsonDocument.Parse(body).RootElement.GetProperty("AccessKeyId").GetString(), log[2].GetProperty("accessKeyId").GetString());
    }
}
