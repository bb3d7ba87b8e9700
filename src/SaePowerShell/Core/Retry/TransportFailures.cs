using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;

namespace SaePowerShell.Core.Retry;

/// <summary>What a failure below HTTP says about a call: whether it ever reached the server.</summary>
internal static class TransportFailures
{
    /// <summary>The exceptions a cut connection, a cancelled read or a disposed answer surface as.</summary>
    public static bool IsCancellationOrAbort(Exception ex) =>
        ex is OperationCanceledException || ex is ObjectDisposedException || ex is HttpRequestException || ex is IOException;

    /// <summary>A failure of the connection itself, as opposed to a bug or a cancellation.</summary>
    public static bool IsTransport(Exception ex) => ex is HttpRequestException || ex is IOException || ex is ObjectDisposedException;

    /// <summary>The connection was refused or the host not found: nothing was sent, so any call may be tried again.</summary>
    public static bool NeverReachedServer(Exception ex)
    {
        for (Exception? e = ex; e != null; e = e.InnerException)
        {
            if (e is SocketException socket)
            {
                switch (socket.SocketErrorCode)
                {
                    case SocketError.ConnectionRefused:
                    case SocketError.HostNotFound:
                    case SocketError.HostUnreachable:
                    case SocketError.NetworkUnreachable:
                    case SocketError.TryAgain:
                    case SocketError.NoData:
                        return true;
                }
            }
        }

        return false;
    }

    public static Exception Innermost(Exception ex)
    {
        while (ex.InnerException != null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }
}
