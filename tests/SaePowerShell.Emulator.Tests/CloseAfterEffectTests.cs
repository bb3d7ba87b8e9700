using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.DefaultSeedIds;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The closeAfterEffect fault: the call is made for real, then the connection is closed gracefully (FIN, no RST) with no
/// answer. That is the case in which SocketsHttpHandler resends a request that went out on a reused connection
/// (dotnet/runtime#86714), whatever its method, so the emulator sees one signed request twice.
/// </summary>
public sealed class CloseAfterEffectTests
{
    private const string Demo = "cn-hangzhou:demo";
    private const string BatchStart = "BatchStartApplications";

    [Fact]
    public async Task OnAPooledConnection_DotNetResendsThePut_AndTheEmulatorRefusesTheCopyAsANonceReplay()
    {
        await using EmulatorTestHost host = await StartWithCloseFaultAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        // A first request opens the connection the PUT will then reuse.
        using (HttpRequestMessage list = SaeRequest.DescribeNamespaceList().Build(host.BaseAddress, host.Clock.GetUtcNow()))
        using (HttpResponseMessage listed = await http.SendAsync(list))
        {
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
            await listed.Content.ReadAsByteArrayAsync();
        }

        using HttpRequestMessage put = Bodiless(SaeRequest.BatchStart(("NamespaceId", Demo), ("AppIds", DemoOrderApi))
            .Configure(r => r.Nonce = "nonce-resent-by-dotnet"), host);
        using HttpResponseMessage response = await http.SendAsync(put);

        // What the caller sees is the answer to the silent resend: the gateway refusing a used nonce.
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SignatureNonceUsed", JsonDocument.Parse(body).RootElement.GetProperty("Code").GetString());

        JsonElement[] puts = (await host.GetRequestLogAsync()).Where(e => e.GetProperty("api").GetString() == BatchStart).ToArray();
        Assert.Equal(2, puts.Length);
        Assert.All(puts, e => Assert.Equal("nonce-resent-by-dotnet", e.GetProperty("nonce").GetString()));
        Assert.Equal((0, JsonValueKind.Null, "closeAfterEffect"), (puts[0].GetProperty("status").GetInt32(), puts[0].GetProperty("code").ValueKind, puts[0].GetProperty("fault").GetString()));
        Assert.Equal((400, "SignatureNonceUsed", JsonValueKind.Null), (puts[1].GetProperty("status").GetInt32(), puts[1].GetProperty("code").GetString(), puts[1].GetProperty("fault").ValueKind));

        // The first copy did start the application; the refused copy changed nothing.
        string id = Assert.Single(await host.ChangeOrderIdsAsync());
        Assert.Equal([id], host.FindApp(await host.GetStateAsync(), DemoOrderApi).GetProperty("startedBy").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task OnAFreshConnection_APutWithABody_GetsAnException_AndIsLoggedOnce()
    {
        await using EmulatorTestHost host = await StartWithCloseFaultAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.Zero });

        // A content object (here empty, Content-Length: 0) is what stops the resend: SocketsHttpHandler does not send a body twice.
        using HttpRequestMessage put = SaeRequest.BatchStart(("NamespaceId", Demo), ("AppIds", DemoOrderApi)).Build(host.BaseAddress, host.Clock.GetUtcNow());
        Assert.NotNull(put.Content);
        put.Headers.ConnectionClose = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => http.SendAsync(put));

        JsonElement entry = Assert.Single(await host.GetRequestLogAsync(), e => e.GetProperty("api").GetString() == BatchStart);
        Assert.Equal((0, "closeAfterEffect"), (entry.GetProperty("status").GetInt32(), entry.GetProperty("fault").GetString()));
        Assert.Single(await host.ChangeOrderIdsAsync());
    }

    /// <summary>
    /// Found while writing these tests (.NET 10): a request without a content object is resent even when it went out on
    /// a brand-new connection, Connection: close and PooledConnectionLifetime zero notwithstanding. So a fresh connection
    /// alone does not protect a bodiless PUT; the nonce check is what does.
    /// </summary>
    [Fact]
    public async Task OnAFreshConnection_ABodilessPut_IsResentAllTheSame()
    {
        await using EmulatorTestHost host = await StartWithCloseFaultAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.Zero });
        using HttpRequestMessage put = Bodiless(SaeRequest.BatchStart(("NamespaceId", Demo), ("AppIds", DemoOrderApi)), host);
        put.Headers.ConnectionClose = true;

        using HttpResponseMessage response = await http.SendAsync(put);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement[] puts = (await host.GetRequestLogAsync()).Where(e => e.GetProperty("api").GetString() == BatchStart).ToArray();
        Assert.Equal(["closeAfterEffect", null], puts.Select(e => e.GetProperty("fault").GetString()));
        Assert.Equal(puts[0].GetProperty("nonce").GetString(), puts[1].GetProperty("nonce").GetString());
        Assert.Single(await host.ChangeOrderIdsAsync());
    }

    [Fact]
    public async Task OnTheWire_ItIsAFinWithoutAByte_AndNoReset()
    {
        await using EmulatorTestHost host = await StartWithCloseFaultAsync();
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, host.BaseAddress.Port);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"PUT /pop/v1/sam/app/batchStartApplications?NamespaceId=cn-hangzhou%3Ademo HTTP/1.1\r\nHost: {host.BaseAddress.Authority}\r\nx-acs-version: 2019-05-06\r\nContent-Length: 0\r\n\r\n"));

        // End of stream, not a "connection reset" IOException, and not one byte of HTTP.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        int read = await stream.ReadAsync(new byte[1024], timeout.Token);
        Assert.Equal(0, read);

        // Had an RST followed the FIN, the kernel would have dropped this end of the connection; half-closed, it waits in CLOSE_WAIT.
        // The kernel's table is read a few times, since on a loaded machine it may lag the read that saw the FIN.
        // By both ends: an earlier connection that used the same local port may still be in TIME_WAIT to another server.
        var local = (IPEndPoint)client.Client.LocalEndPoint!;
        var remote = (IPEndPoint)client.Client.RemoteEndPoint!;
        TcpState[] seen = [];
        for (int attempt = 0; attempt < 20 && !seen.Contains(TcpState.CloseWait); attempt++)
        {
            await Task.Delay(100);
            seen = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpConnections().Where(c => c.LocalEndPoint.Equals(local) && c.RemoteEndPoint.Equals(remote)).Select(c => c.State).ToArray();
        }

        Assert.Equal([TcpState.CloseWait], seen);
    }

    [Fact]
    public async Task ResetAfterEffect_OnTheWire_IsAReset_UnlikeClose()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "api": "BatchStartApplications", "fault": "resetAfterEffect" } ] }""");
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, host.BaseAddress.Port);
        NetworkStream stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"PUT /pop/v1/sam/app/batchStartApplications HTTP/1.1\r\nHost: {host.BaseAddress.Authority}\r\nx-acs-version: 2019-05-06\r\nContent-Length: 0\r\n\r\n"));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        IOException reset = await Assert.ThrowsAsync<IOException>(async () => _ = await stream.ReadAsync(new byte[1024], timeout.Token));
        Assert.Equal(SocketError.ConnectionReset, Assert.IsType<SocketException>(reset.InnerException).SocketErrorCode);
    }

    [Fact]
    public async Task ARequestThatFails_IsStillClosedWithoutAnAnswer_AndLogsItsCode()
    {
        await using EmulatorTestHost host = await StartWithCloseFaultAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => host.SendRawAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:billing"))));

        JsonElement entry = (await host.GetRequestLogAsync()).Last();
        Assert.Equal((0, "user.indebt", "closeAfterEffect"), (entry.GetProperty("status").GetInt32(), entry.GetProperty("code").GetString(), entry.GetProperty("fault").GetString()));
        Assert.Empty(await host.ChangeOrderIdsAsync());
    }

    private static async Task<EmulatorTestHost> StartWithCloseFaultAsync()
    {
        EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.PutFaultsAsync("""{ "faults": [ { "api": "BatchStartApplications", "count": 1, "fault": "closeAfterEffect" } ] }""");
        return host;
    }

    /// <summary>The signed PUT without a content object at all (the test helper always attaches one to a PUT).</summary>
    private static HttpRequestMessage Bodiless(SaeRequest request, EmulatorTestHost host)
    {
        HttpRequestMessage message = request.Build(host.BaseAddress, host.Clock.GetUtcNow());
        message.Content = null;
        return message;
    }
}
