using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Diagnostics;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Http;

/// <summary>The transport guarantee, on the wire: a call that changes state goes out once for each send the client decides on.</summary>
public sealed class TransportTests
{
    private static SaeClient ProductionClient() =>
        new(new StaticCredentialSource(new SaeCredential("testid", "testsecret", null, "test")),
            new SaeClientOptions { MaximumRetryCount = 3, RetryInterval = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(10) }, NullLog.Instance);

    [Fact]
    public async Task AStateChangingCall_MetByAGracefulCloseOnAKeptAliveConnection_IsOnTheWireOnce()
    {
        await using var server = new GracefulCloseServer();
        var location = new ServiceLocation(server.Endpoint, "cn-shanghai", "test", "test");
        SaeClient client = ProductionClient();

        // A read first, so that a pooled connection to the server is open and idle when the start goes out.
        await client.SendAsync(new ApiRequest(SaeApi.ListApplications, location).With("NamespaceId", "cn-shanghai:prod"), CancellationToken.None);
        var start = new ApiRequest(SaeApi.BatchStartApplications, location) { NamespaceId = "cn-shanghai:prod", AppIds = ["app-1"] }
            .With("NamespaceId", "cn-shanghai:prod").With("AppIds", "app-1");

        await Assert.ThrowsAsync<SaePowerShell.SaeOutcomeUnknownException>(() => client.SendAsync(start, CancellationToken.None));

        var puts = server.Received.Where(r => r.Method == "PUT").ToList();
        Assert.Single(puts);

        // On .NET the start goes out on the kept-alive connection the read left: the very case that is resent without a body.
        Assert.Contains(server.Received, r => r.Method == "GET" && r.Connection == puts[0].Connection);
    }

    [Theory]
    [InlineData("ExecJob")]
    [InlineData("SuspendJob")]
    [InlineData("ConfirmPipelineBatch")]
    public async Task AGetThatActs_MetByAGracefulCloseAfterItWasRead_ArrivesOnce_AndIsOutcomeUnknown(string action)
    {
        SaePowerShell.Core.Catalog.ApiDefinition api = SaePowerShell.Core.Catalog.ApiCatalog.Find(action)!;
        await using var server = new GracefulCloseServer(api.Path);
        var location = new ServiceLocation(server.Endpoint, "cn-shanghai", "test", "test");
        SaeClient client = ProductionClient();
        var given = api.Parameters.Where(p => p.Required).ToDictionary(p => p.Name, p => (object?)(p.Type == "boolean" ? true : "x-1"));

        await client.SendAsync(new ApiRequest(SaeApi.ListApplications, location).With("NamespaceId", "cn-shanghai:prod"), CancellationToken.None);
        await Assert.ThrowsAsync<SaePowerShell.SaeOutcomeUnknownException>(() =>
            client.SendAsync(SaePowerShell.Core.Catalog.ApiCallBuilder.Build(api, given, location), CancellationToken.None));

        // Not four (the stack's own resends) and not more (the client's retries of a read): once.
        var arrivals = server.Received.Where(r => r.Path == api.Path).ToList();
        Assert.Single(arrivals);
        Assert.Equal("GET", arrivals[0].Method);
    }

    [Fact]
    public async Task ReadsStillShareKeptAliveConnections()
    {
        await using var server = new GracefulCloseServer();
        var location = new ServiceLocation(server.Endpoint, "cn-shanghai", "test", "test");
        SaeClient client = ProductionClient();

        for (int i = 0; i < 3; i++)
        {
            await client.SendAsync(new ApiRequest(SaeApi.ListApplications, location).With("NamespaceId", "cn-shanghai:prod"), CancellationToken.None);
        }

        Assert.Equal(3, server.Received.Count);
        Assert.Single(server.Received.Select(r => r.Connection).Distinct());
    }

    [Fact]
    public async Task TheSameRequestOnAPlainPooledClient_IsResent_WhichIsWhyStateChangingCallsDoNotUseOne()
    {
        // The control: the stack the module used to send everything on resends the start behind the caller's back.
        await using var server = new GracefulCloseServer();
        using var http = new HttpClient(SharedHttp.CreateHandler(TimeSpan.FromSeconds(5)));

        await http.GetAsync(new Uri(server.Endpoint, "/pop/v1/sam/app/listApplications"));
        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri(server.Endpoint, "/pop/v1/sam/app/batchStartApplications"));
        put.Headers.TryAddWithoutValidation("x-acs-signature-nonce", "n-1");
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.SendAsync(put));

        // SocketsHttpHandler tries up to three more times, each on a new connection, each with the same nonce.
        Assert.True(server.Received.Count(r => r.Method == "PUT" && r.Nonce == "n-1") >= 2);
    }
}
