using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SaePowerShell.Tests.Core.Http;

/// <summary>
/// A raw HTTP/1.1 server on 127.0.0.1 that answers GETs with keep-alive and meets every other method with a graceful
/// close (FIN, no answer) after reading it: the case in which SocketsHttpHandler resends a bodiless request that was
/// sent on a reused connection (dotnet/runtime#86714). A GET that acts (its path given) is met the same way. It
/// records every request that reached it, per connection.
/// </summary>
internal sealed class GracefulCloseServer : IAsyncDisposable
{
    private const string Body = """{"RequestId":"r-1","Code":"200","Success":true,"Data":{"Applications":[],"TotalSize":0}}""";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly HashSet<string> _actingGetPaths;
    private int _connections;

    public GracefulCloseServer(params string[] actingGetPaths)
    {
        _actingGetPaths = new HashSet<string>(actingGetPaths, StringComparer.Ordinal);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Endpoint => new("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port);

    /// <summary>Every request that reached the server: its connection number, method and signature nonce.</summary>
    public ConcurrentQueue<(int Connection, string Method, string? Nonce, string Path)> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception)
        {
            // The listener was stopped under the accept.
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket = await _listener.AcceptSocketAsync(_stop.Token);
            int connection = Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(socket, connection));
        }
    }

    private async Task ServeAsync(Socket socket, int connection)
    {
        using (socket)
        {
            var buffer = new byte[64 * 1024];
            var pending = new StringBuilder();
            while (true)
            {
                int read;
                try
                {
                    read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                }
                catch (Exception)
                {
                    return;
                }

                if (read == 0)
                {
                    return;
                }

                pending.Append(Encoding.ASCII.GetString(buffer, 0, read));
                string text = pending.ToString();
                int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (end < 0)
                {
                    continue;
                }

                pending.Remove(0, end + 4);
                string[] lines = text[..end].Split("\r\n");
                string method = lines[0].Split(' ')[0];
                string path = lines[0].Split(' ')[1].Split('?')[0];
                string? nonce = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("x-acs-signature-nonce", StringComparison.OrdinalIgnoreCase))
                    .Select(p => p[1].Trim()).FirstOrDefault();
                Received.Enqueue((connection, method, nonce, path));
                if (method == "GET" && !_actingGetPaths.Contains(path))
                {
                    byte[] body = Encoding.UTF8.GetBytes(Body);
                    byte[] head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.Length + "\r\n\r\n");
                    await socket.SendAsync(head.Concat(body).ToArray(), SocketFlags.None);
                    continue;
                }

                // Acted on, then a graceful close: FIN, and not one byte of an answer.
                socket.Shutdown(SocketShutdown.Send);
                await Task.Delay(200);
                return;
            }
        }
    }
}
