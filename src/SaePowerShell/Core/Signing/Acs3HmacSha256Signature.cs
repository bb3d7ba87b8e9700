using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SaePowerShell.Core.Signing;

/// <summary>
/// ACS3-HMAC-SHA256, the V3 signature the official SDKs use by default
/// (openapi-util getAuthorization; help.aliyun.com document 2593177).
/// </summary>
internal static class Acs3HmacSha256Signature
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    public static string HashPayload(byte[] body)
    {
        using (SHA256 sha = SHA256.Create())
        {
            return Hex.ToLower(sha.ComputeHash(body));
        }
    }

    /// <summary>The headers the client signs: host, content-type and every x-acs- header.</summary>
    public static IReadOnlyList<string> SignableHeaderNames(SignableRequest request) =>
        request.Headers.Keys
            .Where(name => name == "host" || name == "content-type" || name.StartsWith("x-acs-", StringComparison.Ordinal))
            .ToList();

    public static string CanonicalQueryString(IEnumerable<KeyValuePair<string, string>> sortedQuery) =>
        string.Join("&", sortedQuery.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value)));

    public static string CanonicalRequest(SignableRequest request, IReadOnlyList<string> signedHeaderNames, string payloadHash)
    {
        var builder = new StringBuilder(512);
        builder.Append(request.Method).Append('\n');
        builder.Append(request.Path).Append('\n');
        builder.Append(CanonicalQueryString(request.Query)).Append('\n');
        foreach (string name in signedHeaderNames)
        {
            builder.Append(name).Append(':').Append((request.Header(name) ?? string.Empty).Trim()).Append('\n');
        }

        builder.Append('\n');
        builder.Append(string.Join(";", signedHeaderNames)).Append('\n');
        builder.Append(payloadHash);
        return builder.ToString();
    }

    public static string StringToSign(string canonicalRequest)
    {
        using (SHA256 sha = SHA256.Create())
        {
            return Algorithm + "\n" + Hex.ToLower(sha.ComputeHash(Encoding.UTF8.GetBytes(canonicalRequest)));
        }
    }

    public static string Sign(string stringToSign, string accessKeySecret) => Sign(stringToSign, Encoding.UTF8.GetBytes(accessKeySecret));

    /// <summary>Keyed with the secret's UTF-8 bytes, which the caller keeps (and clears) rather than a string.</summary>
    public static string Sign(string stringToSign, byte[] key)
    {
        using (var hmac = new HMACSHA256(key))
        {
            return Hex.ToLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        }
    }

    /// <summary>The Authorization header value for a request whose x-acs-content-sha256 header is already set.</summary>
    public static string Authorization(SignableRequest request, string accessKeyId, string accessKeySecret) =>
        Authorization(request, accessKeyId, Encoding.UTF8.GetBytes(accessKeySecret));

    public static string Authorization(SignableRequest request, string accessKeyId, byte[] key)
    {
        IReadOnlyList<string> signedHeaders = SignableHeaderNames(request);
        string payloadHash = request.Header("x-acs-content-sha256") ?? HashPayload(request.Body);
        string signature = Sign(StringToSign(CanonicalRequest(request, signedHeaders, payloadHash)), key);
        return Algorithm + " Credential=" + accessKeyId + ",SignedHeaders=" + string.Join(";", signedHeaders) + ",Signature=" + signature;
    }
}
