using System.Net.Sockets;
using System.Text;

namespace SaePowerShell.Tests.Emulator;

/// <summary>What came back on a raw connection: the status (0 when none arrived) and everything after the status line.</summary>
internal sealed record RawHttpReply(int Status, string Text);

/// <summary>
/// HTTP/1.1 over a bare socket, for requests HttpClient will not send: malformed query strings, missing Host, request
/// lines of megabytes (System.Uri refuses those long before the server could).
/// </summary>
internal static class RawHttp
{
    /// <summary>
    /// Sends <paramref name="head"/> (request line and headers; <c>Connection: close</c> and the blank line are added)
    /// and reads the answer until the server closes. A server that answers and closes while the request is still being
    /// written cuts the write short; that is not an error here, since the answer is what is being tested.
    /// </summary>
    public static async Task<RawHttpReply> SendAsync(Uri baseAddress, string head)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        NetworkStream stream = client.GetStream();
        byte[] request = Encoding.Latin1.GetBytes(head.TrimEnd('\r', '\n') + "\r\nConnection: close\r\n\r\n");
        try
        {
            for (int offset = 0; offset < request.Length; offset += 64 * 1024)
            {
                await stream.WriteAsync(request.AsMemory(offset, Math.Min(64 * 1024, request.Length - offset)));
            }
        }
        catch (IOException)
        {
            // The server stopped reading: it has answered (or dropped) already.
        }

        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset after the answer: keep what arrived.
        }

        string text = Encoding.UTF8.GetString(received.ToArray());
        int status = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && text.Length >= 12 ? int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new RawHttpReply(status, text);
    }
}
