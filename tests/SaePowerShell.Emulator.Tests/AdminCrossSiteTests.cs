using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// A page on any site can make a browser send a "simple" request to 127.0.0.1 (a form POST, a fetch with
/// Content-Type text/plain) without a CORS preflight. Every state-changing admin request must therefore carry
/// X-Sae-Emulator or Content-Type application/json, which a browser only sends cross-site after a preflight the
/// emulator never grants; otherwise it is 403 and nothing changes. The clients here send no X-Sae-Emulator by default.
/// </summary>
public sealed class AdminCrossSiteTests
{
    private const string Seed = """{ "namespaces": [ { "namespaceId": "cn-hangzhou:other" } ] }""";

    public static TheoryData<string, string, string?> SimpleRequests => new()
    {
        { "POST", "_emulator/reset", "text/plain" },
        { "POST", "_emulator/reset", "application/x-www-form-urlencoded" },
        { "POST", "_emulator/reset", "multipart/form-data; boundary=x" },
        { "POST", "_emulator/reset", null },
        { "POST", "_EMULATOR/Reset", "text/plain" },
        { "PUT", "_emulator/seed", "text/plain" },
        { "PUT", "_emulator/faults", "text/plain" },
        { "DELETE", "_emulator/faults", null },
        { "DELETE", "_emulator/requests", null },
        { "OPTIONS", "_emulator/reset", null },
        { "PUT", "_emulator/metadata/latest/api/token", "text/plain" },
        { "PUT", "_emulator/snapshot", "text/plain" },
        { "POST", "_emulator/snapshot/save", "text/plain" },
        { "POST", "_emulator/snapshot/save", null },
    };

    [Theory]
    [MemberData(nameof(SimpleRequests))]
    public async Task AStateChangingAdminRequest_ABrowserCouldSendCrossSite_Is403_AndChangesNothing(string method, string path, string? contentType)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "api": "BatchStartApplications", "fault": "resetAfterEffect" } ] }""");
        await host.CallAsync(SaeRequest.ListApplications());
        using var browser = Client();

        using HttpRequestMessage request = new(new HttpMethod(method), new Uri(host.BaseAddress, path));
        request.Headers.TryAddWithoutValidation("Origin", "https://attacker.example");
        if (contentType is not null)
        {
            request.Content = new StringContent(Seed, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using HttpResponseMessage response = await browser.SendAsync(request);

        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} ({contentType}): {(int)response.StatusCode} {text}");
        JsonElement body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("CrossSiteRequestRefused", body.GetProperty("code").GetString());
        Assert.Contains("X-Sae-Emulator: 1", body.GetProperty("message").GetString());
        Assert.Contains("application/json", body.GetProperty("message").GetString());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Single(await host.GetRequestLogAsync());
        Assert.Single((await host.GetFaultsAsync()).GetProperty("faults").EnumerateArray());
        Assert.Contains("cn-hangzhou:demo", (await host.GetStateAsync()).GetProperty("namespaces").EnumerateArray().Select(n => n.GetProperty("namespaceId").GetString()));
    }

    [Fact]
    public async Task TheCustomHeader_OpensEveryStateChangingAdminEndpoint()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        using var client = Client();
        client.DefaultRequestHeaders.Add("X-Sae-Emulator", "1");

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync(new Uri(host.BaseAddress, "_emulator/reset"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(new Uri(host.BaseAddress, "_emulator/requests"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(new Uri(host.BaseAddress, "_emulator/faults"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsync(new Uri(host.BaseAddress, "_emulator/seed"), new StringContent(Seed, Encoding.UTF8, "text/plain"))).StatusCode);
        Assert.Equal(["cn-hangzhou:other"], (await host.GetStateAsync()).GetProperty("namespaces").EnumerateArray().Select(n => n.GetProperty("namespaceId").GetString()));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    public async Task AJsonBody_IsEnoughWithoutTheHeader(string contentType)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        using var client = Client();
        var content = new StringContent(Seed, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        HttpResponseMessage put = await client.PutAsync(new Uri(host.BaseAddress, "_emulator/seed"), content);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync(new Uri(host.BaseAddress, "_emulator/reset"), new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task TheMetadataTokenPut_StillWorks_ItsTtlHeaderIsACustomHeader()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(host.BaseAddress, "_emulator/metadata/latest/api/token"));
        request.Headers.Add("X-aliyun-ecs-metadata-token-ttl-seconds", "60");

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("_emulator/state")]
    [InlineData("_emulator/requests")]
    [InlineData("_emulator/faults")]
    [InlineData("_emulator/snapshot")]
    [InlineData("_emulator/credentials-uri")]
    public async Task ReadOnlyGets_NeedNoHeader(string path)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        using var client = Client();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(host.BaseAddress, path))).StatusCode);
    }

    /// <summary>What a browser's request looks like to the emulator: no X-Sae-Emulator.</summary>
    private static HttpClient Client() => new(new SocketsHttpHandler { UseProxy = false });
}
