using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SaePowerShell.Core.Signing;

namespace SaePowerShell.Core.Errors;

/// <summary>
/// Takes secrets and tokens out of text a service sent back. Gateways echo their string to sign, and there a token
/// may stand raw, percent-encoded once (ROA, ACS3) or twice (the RPC string to sign encodes the encoded query), or
/// base64-encoded; every one of those forms is replaced, hex digits in either case.
/// </summary>
internal static class SecretRedactor
{
    public const string Mask = "***";

    public static string Redact(string text, params string?[] secrets)
    {
        foreach (string form in secrets.Where(s => !string.IsNullOrEmpty(s)).SelectMany(s => FormsOf(s!)).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length))
        {
            if (form.Length >= 4)
            {
                text = Regex.Replace(text, Regex.Escape(form), Mask, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            }
        }

        return text;
    }

    private static IEnumerable<string> FormsOf(string secret)
    {
        yield return secret;
        string once = PercentEncoding.Encode(secret);
        yield return once;
        yield return PercentEncoding.Encode(once);
        yield return Uri.EscapeDataString(secret);
        yield return System.Net.WebUtility.UrlEncode(secret);
        string base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        yield return base64;
        yield return base64.TrimEnd('=');
        yield return PercentEncoding.Encode(base64);
    }
}
