using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SaePowerShell.Tests.Security;

/// <summary>One request as a hostile server saw it.</summary>
internal sealed record HostileRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// A raw HTTP/1.1 server on 127.0.0.1 that answers every request through a handler writing bytes straight to the
/// socket: whatever a misbehaving server might send (giant bodies, gzip bombs, lies). It records every request, and
/// closes each connection after one answer.
/// </summary>
internal sealed class HostileServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<HostileRequest, Stream, Task> _answer;
    private readonly Task _accepting;

    public HostileServer(Func<HostileRequest, Stream, Task> answer)
    {
        _answer = answer;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Endpoint => new("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port);

    public ConcurrentQueue<HostileRequest> Received { get; } = new();

    /// <summary>A JSON answer with Content-Length.</summary>
    public static async Task Json(Stream stream, string body, int status = 200)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        await Head(stream, status, "Content-Type: application/json\r\nContent-Length: " + bytes.Length + "\r\nConnection: close\r\n");
        await stream.WriteAsync(bytes);
    }

    public static async Task Head(Stream stream, int status, string headers) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 " + status + " Whatever\r\n" + headers + "\r\n"));

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
            // Stopped under the accept.
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            NetworkStream stream = client.GetStream();
            var head = new StringBuilder();
            var one = new byte[1];
            try
            {
                while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
                {
                    if (await stream.ReadAsync(one, _stop.Token) == 0)
                    {
                        return;
                    }

                    head.Append((char)one[0]);
                }

                string[] lines = head.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
                string[] first = lines[0].Split(' ');
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (string line in lines.Skip(1))
                {
                    int colon = line.IndexOf(':');
                    if (colon > 0)
                    {
                        headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                    }
                }

                var request = new HostileRequest(first[0], first[1], headers);
                Received.Enqueue(request);
                await _answer(request, stream);
            }
            catch (Exception)
            {
                // The client went away mid-answer, as a client that caps what it reads does.
            }
        }
    }
}
