using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// A credential the STS stand-in issued, used on the SAE APIs: accepted with its security token, refused without it,
/// and refused once the emulator's clock reaches its Expiration.
/// </summary>
public sealed class StsCredentialOnSaeTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task AnAssumedRoleCredential_OpensTheSaeApis(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRole());

        SaeReply reply = await host.SendAsync(credential.Sign(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")).WithScheme(scheme)));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        JsonElement entry = (await host.GetRequestLogAsync()).Last();
        Assert.Equal(("ListApplications", credential.AccessKeyId), (entry.GetProperty("api").GetString(), entry.GetProperty("accessKeyId").GetString()));
    }

    [Fact]
    public async Task AnOidcCredential_CanStartApplications()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRoleWithOidc());

        JsonElement data = await host.CallAsync(credential.Sign(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:demo"))));

        Assert.False(string.IsNullOrEmpty(data.GetProperty("ChangeOrderId").GetString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CAISwrong")]
    public async Task WithoutItsSecurityToken_IsMismatchWithAccessKey(string? token)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRole());
        SaeRequest request = credential.Sign(SaeRequest.ListApplications());
        request.SecurityToken = token;

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidSecurityToken.MismatchWithAccessKey"), (reply.Status, reply.ErrorCode));
    }

    [Fact]
    public async Task AnotherCredentialsToken_IsMismatchWithAccessKey()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential mine = await host.AssumeAsync(StsRequest.AssumeRole());
        StsCredential theirs = await host.AssumeAsync(StsRequest.AssumeRole());
        SaeRequest request = mine.Sign(SaeRequest.ListApplications());
        request.SecurityToken = theirs.SecurityToken;

        SaeReply reply = await host.SendAsync(request);

        Assert.Equal("InvalidSecurityToken.MismatchWithAccessKey", reply.ErrorCode);
    }

    [Fact]
    public async Task ItWorksUntilItsExpiration_AndNotFromThatSecondOn()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRole(("DurationSeconds", "900")));
        Assert.Equal(ManualClock.DefaultStart.AddSeconds(900), credential.ExpiresAt);

        host.Clock.Advance(TimeSpan.FromSeconds(899));
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(credential.Sign(SaeRequest.ListApplications()))).Status);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        SaeReply reply = await host.SendAsync(credential.Sign(SaeRequest.ListApplications()));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidSecurityToken.Expired"), (reply.Status, reply.ErrorCode));
        Assert.Equal("Specified SecurityToken is expired.", reply.Message);
    }

    [Fact]
    public async Task TheDurationCap_MakesCredentialsExpireInSeconds()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(EmulatorOptions.Parse(["--sts-duration-cap-seconds", "2"]));
        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRole());

        host.Clock.Advance(TimeSpan.FromSeconds(2));
        SaeReply reply = await host.SendAsync(credential.Sign(SaeRequest.ListApplications()));

        Assert.Equal("InvalidSecurityToken.Expired", reply.ErrorCode);
    }

    [Fact]
    public async Task AnIssuedCredential_SurvivesAnAdminReset()
    {
        // A reset restores the world; the account's issued keys, like a client's cache of them, stay valid.
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential credential = await host.AssumeAsync(StsRequest.AssumeRole());

        Assert.Equal(HttpStatusCode.NoContent, (await host.Http.PostAsync("_emulator/reset", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(credential.Sign(SaeRequest.ListApplications()))).Status);
    }

    [Fact]
    public async Task ExpiredToken_CanBeInjectedByTheFaultPlan()
    {
        // So a client's refresh-on-expiry path can be tested without waiting for a credential to expire.
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""[{"api":"ListApplications","count":1,"fault":"error:InvalidSecurityToken.Expired"}]""");

        SaeReply reply = await host.SendAsync(SaeRequest.ListApplications());

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidSecurityToken.Expired"), (reply.Status, reply.ErrorCode));
    }
}
