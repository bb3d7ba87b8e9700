using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SaePowerShell.Core.Signing;

/// <summary>
/// The RPC-style signature (HMAC-SHA1 over the whole query), which STS (2015-04-01) speaks: every parameter, the
/// common ones included, travels in the query (GET) or a form body (POST) next to <c>Signature</c>
/// (openapi-util getRPCSignature; pop-core RPCClient.request).
/// </summary>
internal static class RpcHmacSha1Signature
{
    public const string Method = "HMAC-SHA1";
    public const string Version = "1.0";

    /// <summary>The parameter that carries the signature; it is never part of what is signed.</summary>
    public const string SignatureParameter = "Signature";

    /// <summary>The parameters in the order the signature needs them: by name, ordinal (as JavaScript's sort does).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Sort(IEnumerable<KeyValuePair<string, string>> query)
    {
        var sorted = new List<KeyValuePair<string, string>>(query);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return sorted;
    }

    /// <summary><c>k=v</c> pairs, both RFC 3986 percent-encoded, joined by <c>&amp;</c>; also the query string the client sends.</summary>
    public static string CanonicalizedQuery(IEnumerable<KeyValuePair<string, string>> sortedQuery) =>
        string.Join("&", sortedQuery.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));

    /// <summary>
    /// <c>METHOD&amp;%2F&amp;</c> + the canonicalized query, encoded once more (so <c>=</c> and <c>&amp;</c> become
    /// <c>%3D</c> and <c>%26</c>, and an encoded <c>%3A</c> becomes <c>%253A</c>).
    /// </summary>
    /// <param name="method">GET or POST; the signature covers it, so a request signed for one fails as the other.</param>
    /// <param name="sortedQuery">Every parameter except <c>Signature</c>, sorted by <see cref="Sort"/>.</param>
    public static string StringToSign(string method, IEnumerable<KeyValuePair<string, string>> sortedQuery) =>
        method.ToUpperInvariant() + "&" + PercentEncoding.Encode("/") + "&" + PercentEncoding.Encode(CanonicalizedQuery(sortedQuery));

    /// <summary>Base64(HMAC-SHA1) keyed with the secret plus a trailing <c>&amp;</c> (the RPC scheme's quirk; the ROA one has none).</summary>
    public static string Sign(string stringToSign, string accessKeySecret) => SignWithKey(stringToSign, Encoding.UTF8.GetBytes(accessKeySecret + "&"));

    /// <summary>Keyed with the bytes of the secret followed by <c>&amp;</c>, which the caller builds (and clears).</summary>
    public static string SignWithKey(string stringToSign, byte[] keyWithAmpersand)
    {
        using (var hmac = new HMACSHA1(keyWithAmpersand))
        {
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        }
    }
}
