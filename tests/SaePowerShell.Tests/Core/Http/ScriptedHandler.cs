using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SaePowerShell.Tests.Core.Http;

/// <summary>An HTTP handler that answers each request with the next scripted step, and records what it was sent.</summary>
internal sealed class ScriptedHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps) : HttpMessageHandler
{
    private int _next;

    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var step = steps[Math.Min(_next++, steps.Length - 1)];
        return step(request, cancellationToken);
    }

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Json(int status, string body, TimeSpan? retryAfter = null) => (_, _) =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (retryAfter.HasValue)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter.Value);
        }

        return Task.FromResult(response);
    };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Throw(Exception exception) => (_, _) => Task.FromException<HttpResponseMessage>(exception);

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Refused() =>
        Throw(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)));

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Reset() =>
        Throw(new HttpRequestException("The response ended prematurely.", new IOException("Connection reset by peer")));

    /// <summary>Never answers: waits until the caller gives up.</summary>
    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Silent() => async (_, token) =>
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    };
}
