using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SaePowerShell.Tests.Commands;

/// <summary>A real HTTP server on 127.0.0.1 whose every answer a test decides: one that never answers, one that always throttles.</summary>
internal sealed class StubSaeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;
    private int _puts;

    private StubSaeServer(WebApplication app) => _app = app;

    public Uri Endpoint => new(_app.Urls.Single());

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests that change state (BatchStart/Stop/Restart are PUTs).</summary>
    public int Puts => Volatile.Read(ref _puts);

    /// <summary>Set when the first request has arrived.</summary>
    public TaskCompletionSource FirstRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a client gave up on a request before it was answered (its connection was aborted).</summary>
    public TaskCompletionSource Abandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<StubSaeServer> StartAsync(RequestDelegate answer)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var server = new StubSaeServer(app);
        app.Run(async context =>
        {
            Interlocked.Increment(ref server._requests);
            if (HttpMethods.IsPut(context.Request.Method))
            {
                Interlocked.Increment(ref server._puts);
            }

            server.FirstRequest.TrySetResult();
            using CancellationTokenRegistration abandoned = context.RequestAborted.Register(() => server.Abandoned.TrySetResult());
            await answer(context);
        });
        await app.StartAsync();
        return server;
    }

    public static Task<StubSaeServer> SilentAsync() => StartAsync(context => Task.Delay(Timeout.Infinite, context.RequestAborted));

    public static Task<StubSaeServer> ThrottlingAsync() => StartAsync(async context =>
    {
        context.Response.StatusCode = 400;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"RequestId":"R","Code":"Throttling.User","Message":"Request was denied due to user flow control."}""");
    });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
