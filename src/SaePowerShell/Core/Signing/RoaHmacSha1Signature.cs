using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SaePowerShell.Core.Signing;

/// <summary>
/// The legacy ROA signature, HMAC-SHA1 over a string of method, content headers, x-acs- headers and resource
/// (openapi-util getStringToSign/getROASignature; SAE's own "签名机制" page).
/// </summary>
internal static class RoaHmacSha1Signature
{
    public const string Method = "HMAC-SHA1";
    public const string Version = "1.0";

    public static string StringToSign(SignableRequest request)
    {
        var builder = new StringBuilder(512);
        builder.Append(request.Method).Append('\n');
        builder.Append(request.Header("accept") ?? string.Empty).Append('\n');
        builder.Append(request.Header("content-md5") ?? string.Empty).Append('\n');
        builder.Append(request.Header("content-type") ?? string.Empty).Append('\n');
        builder.Append(request.Header("date") ?? string.Empty).Append('\n');
        foreach (var header in request.Headers.Where(h => h.Key.StartsWith("x-acs-", StringComparison.Ordinal)))
        {
            builder.Append(header.Key).Append(':').Append(NormaliseHeaderValue(header.Value)).Append('\n');
        }

        builder.Append(request.Path);
        if (request.Query.Count > 0)
        {
            // The ROA resource carries the raw, unencoded values.
            builder.Append('?').Append(string.Join("&", request.Query.Select(p => p.Key + "=" + p.Value)));
        }

        return builder.ToString();
    }

    public static string Sign(string stringToSign, string accessKeySecret) => Sign(stringToSign, Encoding.UTF8.GetBytes(accessKeySecret));

    public static string Sign(string stringToSign, byte[] key)
    {
        using (var hmac = new HMACSHA1(key))
        {
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        }
    }

    public static string Authorization(SignableRequest request, string accessKeyId, string accessKeySecret) =>
        "acs " + accessKeyId + ":" + Sign(StringToSign(request), accessKeySecret);

    public static string Authorization(SignableRequest request, string accessKeyId, byte[] key) =>
        "acs " + accessKeyId + ":" + Sign(StringToSign(request), key);

    private static string NormaliseHeaderValue(string value) =>
        value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace('\f', ' ').Trim();
}
