using SaePowerShell.Core.Signing;

namespace SaePowerShell.Emulator.Gateway;

internal enum SignatureScheme
{
    /// <summary>ACS3-HMAC-SHA256, what the official SDKs send by default.</summary>
    V3,

    /// <summary>The legacy ROA HMAC-SHA1 <c>acs ID:signature</c> form.</summary>
    Roa,
}

/// <summary>A syntactically valid Authorization header of either scheme, with the signature already decoded to bytes.</summary>
internal sealed record AuthorizationHeader(SignatureScheme Scheme, string AccessKeyId, IReadOnlyList<string> SignedHeaders, byte[] Signature)
{
    private const string RoaPrefix = "acs ";

    /// <summary>Parses the header; null with a reason when it is missing or malformed (IncompleteSignature).</summary>
    public static AuthorizationHeader? TryParse(string? value, out string problem)
    {
        problem = "";
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = "The Authorization header is missing.";
            return null;
        }

        value = value.Trim();
        if (value.StartsWith(Acs3HmacSha256Signature.Algorithm + " ", StringComparison.Ordinal))
        {
            return ParseV3(value[(Acs3HmacSha256Signature.Algorithm.Length + 1)..], out problem);
        }

        if (value.StartsWith(RoaPrefix, StringComparison.Ordinal))
        {
            return ParseRoa(value[RoaPrefix.Length..], out problem);
        }

        problem = "The Authorization header is neither 'ACS3-HMAC-SHA256 Credential=…' nor 'acs ID:signature'.";
        return null;
    }

    private static AuthorizationHeader? ParseV3(string rest, out string problem)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string part in rest.Split(',', StringSplitOptions.TrimEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !parts.TryAdd(part[..equals], part[(equals + 1)..]))
            {
                problem = $"The Authorization header has a malformed or repeated part '{part}'.";
                return null;
            }
        }

        if (!parts.TryGetValue("Credential", out string? credential) || credential.Length == 0
            || !parts.TryGetValue("SignedHeaders", out string? signedHeaders) || signedHeaders.Length == 0
            || !parts.TryGetValue("Signature", out string? signature) || signature.Length == 0)
        {
            problem = "The Authorization header needs Credential, SignedHeaders and Signature.";
            return null;
        }

        string[] names = signedHeaders.Split(';');
        if (names.Any(string.IsNullOrWhiteSpace) || names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Length)
        {
            problem = "SignedHeaders has an empty or repeated name.";
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            problem = "The Signature is not hexadecimal.";
            return null;
        }

        problem = "";
        return new AuthorizationHeader(SignatureScheme.V3, credential, names.Select(n => n.ToLowerInvariant()).ToList(), bytes);
    }

    private static AuthorizationHeader? ParseRoa(string rest, out string problem)
    {
        int colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == rest.Length - 1)
        {
            problem = "The Authorization header must read 'acs AccessKeyId:Signature'.";
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(rest[(colon + 1)..]);
        }
        catch (FormatException)
        {
            problem = "The Signature is not Base64.";
            return null;
        }

        problem = "";
        return new AuthorizationHeader(SignatureScheme.Roa, rest[..colon], [], bytes);
    }
}
