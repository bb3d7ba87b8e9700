using System.Net.Sockets;
using Microsoft.AspNetCore.Connections.Features;

namespace SaePowerShell.Emulator.Gateway;

/// <summary>How a prepared answer leaves the emulator: normally, or bent by a fault.</summary>
internal enum Delivery
{
    /// <summary>The whole answer.</summary>
    Whole,

    /// <summary>A complete HTTP answer whose body is only the first half of the real one (the truncatedBody fault).</summary>
    FirstHalf,

    /// <summary>No answer: the connection is aborted (the reset faults).</summary>
    ResetConnection,

    /// <summary>No answer: the connection is closed gracefully, FIN and no RST (the closeAfterEffect fault).</summary>
    CloseConnection,

    /// <summary>No answer because the client already went away.</summary>
    Nothing,
}

/// <summary>What the gateway decided for one request: the answer, how it goes out, and what the request log records.</summary>
internal sealed record GatewayOutcome(PreparedAnswer? Answer, Delivery Delivery, string? Code, AuthorizationHeader? Authorization)
{
    /// <summary>The status the client sees; 0 when it sees none.</summary>
    public int LoggedStatus => Delivery is Delivery.Whole or Delivery.FirstHalf ? Answer!.Status : 0;

    public async Task DeliverAsync(HttpContext context)
    {
        switch (Delivery)
        {
            case Delivery.Whole:
                await Answer!.SendAsync(context);
                break;
            case Delivery.FirstHalf:
                await Answer!.SendAsync(context, Answer.Body.Length / 2);
                break;
            case Delivery.ResetConnection:
                context.Abort();
                break;
            case Delivery.CloseConnection:
                await CloseGracefullyAsync(context);
                break;
        }
    }

    /// <summary>
    /// How long a closed-after-effect connection waits, half closed, for the client to close its side. Clients close as
    /// soon as they read the end of the stream; one that does not is cut off after this (with RST, see below).
    /// </summary>
    public static readonly TimeSpan HalfCloseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Sends FIN before Kestrel gets a chance to write anything, then waits for the client's FIN before letting Kestrel
    /// drop the connection. Dropping it at once is not graceful: on Linux, .NET disposes a socket that still has a
    /// receive pending by disconnecting it, which the kernel answers with RST unless the connection is closed both
    /// ways already. Once the client has closed too, the drop sends nothing. The request body has been read to its end
    /// (<see cref="ReceivedRequest.ReadAsync"/>), so no unread byte makes the kernel reset either.
    /// </summary>
    private static async Task CloseGracefullyAsync(HttpContext context)
    {
        Socket? socket = context.Features.Get<IConnectionSocketFeature>()?.Socket;
        try
        {
            socket?.Shutdown(SocketShutdown.Send);

            // Kestrel keeps reading the connection, so the client's FIN ends the request and fires RequestAborted.
            await Task.Delay(HalfCloseTimeout, context.RequestAborted);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client has closed (or was gone already): nothing can be sent any more, so the abort below is silent.
        }

        context.Abort();
    }
}
