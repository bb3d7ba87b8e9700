using System.Net.Http;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Http;

/// <summary>
/// Which HTTP stack a call goes out on, and how, so that a call that changes state is on the wire exactly once for
/// each send the client decides on. SocketsHttpHandler silently resends a request without content when the
/// connection ends (FIN, or an early EOF) before any answer, on a reused connection or a fresh one, up to three
/// more times (dotnet/runtime#86714); a resend repeats signature and nonce, so SAE either acts twice or refuses the
/// copy with SignatureNonceUsed, and the client never learns which. A request that carries content, even empty, is
/// never resent, so every state-changing call carries an empty body (Content-Length: 0; its ACS3 content hash is
/// the empty-payload hash it always had), and on .NET that is the whole guarantee (TransportTests proves it on the
/// wire), so those calls keep the shared keep-alive pool. Windows PowerShell's HttpWebRequest has resend rules of its
/// own that cannot be tried here; there a state-changing call also asks for Connection: close on a connection of its
/// own, which no other request used and nothing reuses.
/// </summary>
internal sealed class HttpTransport
{
    private static readonly System.Lazy<HttpTransport> LazyShared = new System.Lazy<HttpTransport>(() =>
        new HttpTransport(SharedHttp.Client, OnNetFramework ? SharedHttp.Unpooled : SharedHttp.Client));

    private static bool OnNetFramework => ServicePointSetting.Instance.IsNetFramework;

    private readonly HttpMessageInvoker _reads;
    private readonly HttpMessageInvoker _changes;

    public HttpTransport(HttpMessageInvoker reads, HttpMessageInvoker changes)
    {
        _reads = reads;
        _changes = changes;
    }

    /// <summary>One invoker for both kinds of call: for tests that script the answers.</summary>
    public HttpTransport(HttpMessageInvoker both)
        : this(both, both)
    {
    }

    public static HttpTransport Shared => LazyShared.Value;

    public HttpMessageInvoker For(SaeApi api) => api.ChangesState ? _changes : _reads;

    /// <summary>Makes a signed message of a state-changing call safe from resends; a read is left as it is.</summary>
    public static void Prepare(HttpRequestMessage message, SaeApi api)
    {
        if (!api.ChangesState)
        {
            return;
        }

        if (OnNetFramework)
        {
            message.Headers.ConnectionClose = true;
        }

        if (message.Content is null)
        {
            message.Content = new ByteArrayContent(System.Array.Empty<byte>());
        }
    }
}
