using Microsoft.AspNetCore.Http.Features;

namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// The request exactly as it arrived: the raw path (not ASP.NET's unescaped one, because the client signed what it
/// sent), the decoded query, every header value and the body bytes.
/// </summary>
internal sealed class ReceivedRequest
{
    private ReceivedRequest(
        string method,
        string path,
        string host,
        IReadOnlyDictionary<string, string> query,
        IReadOnlyList<string> repeatedQueryKeys,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        byte[] body)
    {
        Method = method;
        Path = path;
        Host = host;
        Query = query;
        RepeatedQueryKeys = repeatedQueryKeys;
        Headers = headers;
        Body = body;
    }

    public string Method { get; }

    public string Path { get; }

    public string Host { get; }

    /// <summary>Decoded query parameters, in arrival order; a repeated key keeps its first value here.</summary>
    public IReadOnlyDictionary<string, string> Query { get; }

    /// <summary>Keys that appeared more than once: a signature over such a query is ambiguous, so the gateway refuses it.</summary>
    public IReadOnlyList<string> RepeatedQueryKeys { get; }

    /// <summary>Every header value as received; a header sent twice appears twice.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public byte[] Body { get; }

    /// <summary>The header's values joined by commas, as the signature canonicalises them; null when absent.</summary>
    public string? Header(string name)
    {
        string[] values = Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToArray();
        return values.Length == 0 ? null : string.Join(",", values);
    }

    public static async Task<ReceivedRequest> ReadAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);

        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new List<string>();
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> pair in request.Query)
        {
            query[pair.Key] = pair.Value.Count > 0 ? pair.Value[0] ?? "" : "";
            if (pair.Value.Count > 1)
            {
                repeated.Add(pair.Key);
            }
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in request.Headers)
        {
            foreach (string? value in header.Value)
            {
                headers.Add(new(header.Key, value ?? ""));
            }
        }

        return new ReceivedRequest(request.Method, RawPath(context), request.Host.Value ?? "", query, repeated, headers, buffer.ToArray());
    }

    /// <summary>The path part of the request target as sent, falling back to ASP.NET's view for absolute-form targets.</summary>
    private static string RawPath(HttpContext context)
    {
        string? target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/')
        {
            return context.Request.PathBase.Add(context.Request.Path).ToUriComponent();
        }

        int query = target.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? target : target[..query];
    }
}
