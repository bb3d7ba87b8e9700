using System;
using System.Collections.Generic;

namespace SaePowerShell.Core.Signing;

/// <summary>
/// The parts of an HTTP request that a signature covers, already decoded: the client builds one before it sends,
/// the emulator's gateway builds one from what it received, and both must arrive at the same string to sign.
/// </summary>
internal sealed class SignableRequest
{
    public SignableRequest(
        string method,
        string path,
        IEnumerable<KeyValuePair<string, string>> query,
        IEnumerable<KeyValuePair<string, string>> headers,
        byte[]? body = null)
    {
        Method = method.ToUpperInvariant();
        Path = path;
        Body = body ?? Array.Empty<byte>();

        var sortedQuery = new List<KeyValuePair<string, string>>(query);
        sortedQuery.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        Query = sortedQuery;

        var lowerHeaders = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> header in headers)
        {
            string name = header.Key.ToLowerInvariant();
            lowerHeaders[name] = lowerHeaders.TryGetValue(name, out string? existing) ? existing + "," + header.Value : header.Value;
        }

        Headers = lowerHeaders;
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>Query parameters sorted by name in ordinal order, values not encoded.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    /// <summary>Headers by lower-case name in ordinal order; repeated names are joined with commas.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public string? Header(string lowerCaseName) => Headers.TryGetValue(lowerCaseName, out string? value) ? value : null;
}
