using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SaePowerShell.Core.Http;

/// <summary>
/// Sends a request and reads its answer as a stream, never more than a limit after decompression: a server that
/// answers with gigabytes, or a small gzip bomb, costs at most the limit. Every client here (SAE, STS, instance
/// metadata, the credentials URI) reads its answers through this.
/// </summary>
internal static class BoundedHttp
{
    /// <summary>For SAE: a ListApplications page of 10,000 applications is about 20 MB, so this leaves room to spare.</summary>
    public const long SaeAnswerLimit = 64L * 1024 * 1024;

    /// <summary>For STS, instance metadata and the credentials URI, whose answers are a few hundred bytes.</summary>
    public const long CredentialAnswerLimit = 1024 * 1024;

    /// <summary>
    /// One attempt with a deadline of its own, read within a limit: the one way every client here makes a call. The
    /// caller's cancellation is an OperationCanceledException, the deadline a <see cref="DeadlineExceededException"/>,
    /// an answer over the limit an <see cref="AnswerTooLargeException"/>; transport failures pass as they are.
    /// </summary>
    public static async Task<HttpAnswer> SendAndReadAsync(HttpMessageInvoker http, HttpRequestMessage request, TimeSpan timeout, long limit, CancellationToken cancellationToken)
    {
        using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            deadline.CancelAfter(timeout);
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                using (HttpResponseMessage response = await SendAsync(http, request, deadline.Token).ConfigureAwait(false))
                using (deadline.Token.Register(response.Dispose))
                {
                    string body = await ReadAsync(response.Content, limit, deadline.Token).ConfigureAwait(false);
                    return new HttpAnswer((int)response.StatusCode, body, response.Headers.RetryAfter?.Delta, stopwatch.Elapsed);
                }
            }
            catch (AnswerTooLargeException) when (!deadline.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (cancellationToken.IsCancellationRequested && Retry.TransportFailures.IsCancellationOrAbort(ex))
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (Exception ex) when (deadline.IsCancellationRequested && Retry.TransportFailures.IsCancellationOrAbort(ex))
            {
                throw new DeadlineExceededException(timeout, ex);
            }
        }
    }

    /// <summary>Sends without buffering the answer: HttpClient would otherwise read the whole body into memory first.</summary>
    public static Task<HttpResponseMessage> SendAsync(HttpMessageInvoker http, HttpRequestMessage request, CancellationToken cancellationToken) =>
        http is HttpClient client ? client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken) : http.SendAsync(request, cancellationToken);

    /// <summary>The body as UTF-8 text; more than <paramref name="limit"/> bytes is an <see cref="AnswerTooLargeException"/>, read no further.</summary>
    public static async Task<string> ReadAsync(HttpContent? content, long limit, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return string.Empty;
        }

        if (content.Headers.ContentLength > limit)
        {
            throw new AnswerTooLargeException(limit);
        }

        using (Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
        using (var buffer = new MemoryStream())
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new AnswerTooLargeException(limit);
                }

                buffer.Write(chunk, 0, read);
            }

            byte[] bytes = buffer.GetBuffer();
            int length = (int)buffer.Length;
            int start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return Encoding.UTF8.GetString(bytes, start, length - start);
        }
    }

    /// <summary>The limit in words for messages: "64 MB".</summary>
    public static string Describe(long limit) =>
        limit >= 1024 * 1024 ? (limit / (1024 * 1024)) + " MB" : (limit / 1024) + " KB";
}

/// <summary>An answer longer than the reader's limit: it was not read to the end, and nothing of it is used.</summary>
internal sealed class AnswerTooLargeException : IOException
{
    public AnswerTooLargeException(long limit)
        : base("The answer was larger than " + BoundedHttp.Describe(limit) + " (after decompression), the most this client reads; it was not read further.")
    {
        Limit = limit;
    }

    public long Limit { get; }
}
