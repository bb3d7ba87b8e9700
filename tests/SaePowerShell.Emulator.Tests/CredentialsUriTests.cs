using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>The credentials URI stand-in (GET /_emulator/credentials-uri), and the loopback guard on both local credential sources.</summary>
public sealed class CredentialsUriTests
{
    [Fact]
    public async Task ItAnswersAnStsCredential_ThatOpensSae()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        HttpResponseMessage response = await host.Http.GetAsync("_emulator/credentials-uri");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        JsonElement json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["Code", "AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Success", json.GetProperty("Code").GetString());
        StsCredential credential = StsCredential.From(json);
        Assert.Equal("2026-03-01T09:00:00Z", credential.Expiration);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(credential.Sign(SaeRequest.ListApplications()))).Status);
    }

    [Fact]
    public async Task ItRotates_AtHalfTheLifetime_AndHonoursTheDurationCap()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync(new EmulatorOptions { StsDurationCapSeconds = 10 });
        async Task<StsCredential> FetchAsync() => StsCredential.From(JsonDocument.Parse(await host.Http.GetStringAsync("_emulator/credentials-uri")).RootElement);

        StsCredential first = await FetchAsync();
        Assert.Equal("2026-03-01T08:00:10Z", first.Expiration);
        host.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(first, await FetchAsync());
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotEqual(first.AccessKeyId, (await FetchAsync()).AccessKeyId);
    }

    [Fact]
    public async Task RequestLog_RecordsTheCall_WithTheCredentialHandedOut()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        StsCredential credential = StsCredential.From(JsonDocument.Parse(await host.Http.GetStringAsync("_emulator/credentials-uri?role=x")).RootElement);

        JsonElement entry = Assert.Single(await host.GetRequestLogAsync());

        Assert.Equal(("CredentialsUri", "GET", "/_emulator/credentials-uri", 200), (entry.GetProperty("api").GetString(), entry.GetProperty("method").GetString(), entry.GetProperty("path").GetString(), entry.GetProperty("status").GetInt32()));
        Assert.Equal(credential.AccessKeyId, entry.GetProperty("accessKeyId").GetString());
        Assert.Equal("x", entry.GetProperty("query").GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("/_emulator/credentials-uri", "GET")]
    [InlineData("/_emulator/metadata/latest/api/token", "PUT")]
    [InlineData("/_emulator/metadata/latest/meta-data/ram/security-credentials", "GET")]
    public async Task LocalCredentialSources_RefuseCallersOffThisMachine(string path, string method)
    {
        // The server binds loopback only, so a remote caller is simulated by invoking the endpoint directly.
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        RouteEndpoint endpoint = ((IEndpointRouteBuilder)host.App.Web).DataSources
            .SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == path && e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Contains(method));
        var context = new DefaultHttpContext { RequestServices = host.App.Web.Services };
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.7");
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.Headers["X-aliyun-ecs-metadata-token-ttl-seconds"] = "60";

        await endpoint.RequestDelegate!(context);

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.Empty(await host.GetRequestLogAsync());
    }
}
