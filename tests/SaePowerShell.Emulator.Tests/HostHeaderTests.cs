using System.Globalization;
using System.Net;
using System.Text.Json;
using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// DNS rebinding: a page on attacker.example whose name now resolves to 127.0.0.1 talks to the emulator as
/// same-origin, but its requests still say <c>Host: attacker.example</c>. Only a loopback name with the emulator's own
/// port is answered; everything else is 400 InvalidHost before anything is served, logged or changed.
/// </summary>
public sealed class HostHeaderTests
{
    public static TheoryData<string> RefusedHosts => new()
    {
        "attacker.example:{port}",
        "attacker.example",
        "127.0.0.1",
        "localhost",
        "[::1]",
        "127.0.0.1:{otherPort}",
        "localhost:{otherPort}",
        "127.0.0.1.nip.io:{port}",
        "localhost.attacker.example:{port}",
        "127.1:{port}",
        "0.0.0.0:{port}",
        "10.0.0.7:{port}",
        "[::ffff:127.0.0.1]:{port}",
        "127.0.0.1:0{port}",
    };

    public static TheoryData<string> AcceptedHosts => new()
    {
        "127.0.0.1:{port}",
        "127.0.0.2:{port}",
        "localhost:{port}",
        "LocalHost:{port}",
        "[::1]:{port}",
    };

    [Theory]
    [MemberData(nameof(RefusedHosts))]
    public async Task EverySurface_RefusesAForeignHost_WithoutServingOrLoggingAnything(string hostTemplate)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string hostHeader = Fill(hostTemplate, host);
        await host.PutFaultsAsync("""{ "faults": [ { "api": "BatchStartApplications", "fault": "resetAfterEffect" } ] }""");

        // A valid signature over the foreign Host: the gateway would otherwise serve it.
        SaeRequest sae = SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")).Configure(r => r.BeforeSigning = h => h["host"] = hostHeader);
        var requests = new List<HttpRequestMessage>
        {
            sae.Build(host.BaseAddress, host.Clock.GetUtcNow()),
            StsRequest.AssumeRoleWithOidc().Build(host.BaseAddress, host.Clock.GetUtcNow()),
            StsRequest.AssumeRole().Build(host.BaseAddress, host.Clock.GetUtcNow()),
            new(HttpMethod.Get, "_emulator/credentials-uri"),
            new(HttpMethod.Get, "_emulator/metadata/latest/meta-data/ram/security-credentials/SaeEmulatorEcsRole"),
            new(HttpMethod.Put, "_emulator/metadata/latest/api/token") { Headers = { { "X-aliyun-ecs-metadata-token-ttl-seconds", "60" } } },
            new(HttpMethod.Get, "_emulator/state"),
            new(HttpMethod.Get, "_emulator/requests"),
            new(HttpMethod.Delete, "_emulator/faults"),
        };

        foreach (HttpRequestMessage request in requests)
        {
            request.Headers.Host = hostHeader;
            using HttpResponseMessage response = await host.Http.SendAsync(request);
            string text = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{request.Method} {request.RequestUri} with Host {hostHeader}: {(int)response.StatusCode} {text}");
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            JsonElement body = JsonDocument.Parse(text).RootElement;
            Assert.Equal("InvalidHost", body.GetProperty("Code").GetString());
            Assert.Contains("127.0.0.1:" + host.BaseAddress.Port.ToString(CultureInfo.InvariantCulture), body.GetProperty("Message").GetString());
            Assert.DoesNotContain("AccessKeySecret", text);
            request.Dispose();
        }

        Assert.Empty(await host.GetRequestLogAsync());
        Assert.NotEqual(0, (await host.GetFaultsAsync()).GetProperty("faults").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(AcceptedHosts))]
    public async Task LoopbackNames_WithTheEmulatorsPort_AreServed(string hostTemplate)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        string hostHeader = Fill(hostTemplate, host);

        SaeReply reply = await host.SendAsync(SaeRequest.ListApplications(("NamespaceId", "cn-hangzhou:demo")).Configure(r => r.BeforeSigning = h => h["host"] = hostHeader));
        using var state = new HttpRequestMessage(HttpMethod.Get, "_emulator/state");
        state.Headers.Host = hostHeader;
        using HttpResponseMessage stateResponse = await host.Http.SendAsync(state);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(HttpStatusCode.OK, stateResponse.StatusCode);
    }

    [Fact]
    public async Task ARawRequest_WithAForeignHost_GetsTheJsonError()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        RawHttpReply reply = await RawHttp.SendAsync(host.BaseAddress, "POST /_emulator/reset HTTP/1.1\r\nHost: attacker.example\r\nX-Sae-Emulator: 1\r\nContent-Length: 0");

        Assert.Equal(400, reply.Status);
        Assert.Contains("\"Code\":\"InvalidHost\"", reply.Text);
    }

    private static string Fill(string template, EmulatorTestHost host)
    {
        int port = host.BaseAddress.Port;
        return template
            .Replace("{port}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{otherPort}", (port == 65535 ? port - 1 : port + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
