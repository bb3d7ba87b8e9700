using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SaePowerShell.Core.Signing;

namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// Steps 2–6 of the gateway: is the request signed at all, by whom, when, correctly, and only once. Each check maps to
/// the error code a real POP gateway answers, in the order it answers them, so a client sees the same failure for the
/// same mistake here as against Alibaba Cloud.
/// </summary>
internal sealed class SignatureVerifier(AccessKeyStore keys, NonceCache nonces, TimeProvider clock)
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);

    private const string V3DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private static readonly string[] V3RequiredSignedHeaders = ["host", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"];

    /// <summary>Null when the request may reach SAE; <paramref name="authorization"/> is set whenever the header parsed.</summary>
    /// <param name="clockOffset">Added to the server clock for the timestamp check only: the wrongClock fault's 20 minutes.</param>
    public GatewayError? Verify(ReceivedRequest request, TimeSpan clockOffset, out AuthorizationHeader? authorization)
    {
        authorization = AuthorizationHeader.TryParse(request.Header("authorization"), out string problem);
        if (authorization is null)
        {
            return GatewayError.IncompleteSignature(problem);
        }

        if (request.RepeatedQueryKeys.Count > 0)
        {
            return GatewayError.IncompleteSignature($"The query parameter {request.RepeatedQueryKeys[0]} appears more than once.");
        }

        GatewayError? incomplete = authorization.Scheme == SignatureScheme.V3
            ? CheckV3Headers(request, authorization)
            : CheckRoaHeaders(request);
        if (incomplete is not null)
        {
            return incomplete;
        }

        AccessKey? key = keys.Find(authorization.AccessKeyId);
        if (key is null)
        {
            return GatewayError.AccessKeyNotFound;
        }

        if (key.SecurityToken is not null && !ConstantTimeEquals(request.Header("x-acs-security-token") ?? "", key.SecurityToken))
        {
            return GatewayError.SecurityTokenMismatch;
        }

        if (key.HasExpired(clock.GetUtcNow()))
        {
            return GatewayError.SecurityTokenExpired;
        }

        GatewayError? time = CheckTimestamp(request, authorization.Scheme, clockOffset, out DateTimeOffset signedAt);
        if (time is not null)
        {
            return time;
        }

        var signable = new SignableRequest(request.Method, request.Path, request.Query, request.Headers, request.Body);
        (string stringToSign, byte[] expected) = authorization.Scheme == SignatureScheme.V3
            ? SignV3(signable, authorization, key.AccessKeySecret)
            : SignRoa(signable, key.AccessKeySecret);
        if (!CryptographicOperations.FixedTimeEquals(expected, authorization.Signature))
        {
            return GatewayError.SignatureDoesNotMatch(stringToSign);
        }

        // Only a correctly signed request burns its nonce; otherwise anyone could block a client's next nonce.
        if (!nonces.TryUse(key.AccessKeyId, request.Header("x-acs-signature-nonce")!, signedAt))
        {
            return GatewayError.SignatureNonceUsed;
        }

        return null;
    }

    private static GatewayError? CheckV3Headers(ReceivedRequest request, AuthorizationHeader authorization)
    {
        foreach (string required in V3RequiredSignedHeaders)
        {
            if (string.IsNullOrEmpty(request.Header(required)))
            {
                return GatewayError.IncompleteSignature($"The header {required} is required.");
            }

            if (!authorization.SignedHeaders.Contains(required))
            {
                return GatewayError.IncompleteSignature($"SignedHeaders must include {required}.");
            }
        }

        string? missing = authorization.SignedHeaders.FirstOrDefault(name => request.Header(name) is null);
        if (missing is not null)
        {
            return GatewayError.IncompleteSignature($"The signed header {missing} is not in the request.");
        }

        string bodyHash = Acs3HmacSha256Signature.HashPayload(request.Body);
        if (!string.Equals(request.Header("x-acs-content-sha256"), bodyHash, StringComparison.OrdinalIgnoreCase))
        {
            return GatewayError.IncompleteSignature($"x-acs-content-sha256 does not match the request body; the body hashes to {bodyHash}.");
        }

        return null;
    }

    private static GatewayError? CheckRoaHeaders(ReceivedRequest request)
    {
        foreach (string required in new[] { "date", "x-acs-signature-nonce", "x-acs-signature-method", "x-acs-signature-version" })
        {
            if (string.IsNullOrEmpty(request.Header(required)))
            {
                return GatewayError.IncompleteSignature($"The header {required} is required.");
            }
        }

        string method = request.Header("x-acs-signature-method")!;
        if (method != RoaHmacSha1Signature.Method)
        {
            return GatewayError.SignatureMethod(method);
        }

        if (request.Header("x-acs-signature-version") != RoaHmacSha1Signature.Version)
        {
            return GatewayError.IncompleteSignature($"x-acs-signature-version must be {RoaHmacSha1Signature.Version}.");
        }

        // pop-core and the Go SDK send Content-MD5; when they do, it must describe the body that arrived.
        string? contentMd5 = request.Header("content-md5");
        if (contentMd5 is not null && contentMd5 != Convert.ToBase64String(MD5.HashData(request.Body)))
        {
            return GatewayError.ContentMd5Mismatch;
        }

        return null;
    }

    /// <param name="when">The request's date when it parsed: the nonce cache keeps the nonce as long as that date is acceptable.</param>
    private GatewayError? CheckTimestamp(ReceivedRequest request, SignatureScheme scheme, TimeSpan clockOffset, out DateTimeOffset when)
    {
        string header = scheme == SignatureScheme.V3 ? "x-acs-date" : "date";
        string value = request.Header(header)!;
        bool parsed = scheme == SignatureScheme.V3
            ? DateTimeOffset.TryParseExact(value, V3DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out when)
            : DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out when);
        if (!parsed)
        {
            return GatewayError.TimeStampFormat(header);
        }

        return (clock.GetUtcNow() + clockOffset - when).Duration() > MaxClockSkew ? GatewayError.TimeStampExpired(header) : null;
    }

    private static (string StringToSign, byte[] Signature) SignV3(SignableRequest signable, AuthorizationHeader authorization, string secret)
    {
        string canonical = Acs3HmacSha256Signature.CanonicalRequest(signable, authorization.SignedHeaders, signable.Header("x-acs-content-sha256")!);
        string stringToSign = Acs3HmacSha256Signature.StringToSign(canonical);
        return (stringToSign, Convert.FromHexString(Acs3HmacSha256Signature.Sign(stringToSign, secret)));
    }

    private static (string StringToSign, byte[] Signature) SignRoa(SignableRequest signable, string secret)
    {
        string stringToSign = RoaHmacSha1Signature.StringToSign(signable);
        return (stringToSign, Convert.FromBase64String(RoaHmacSha1Signature.Sign(stringToSign, secret)));
    }

    private static bool ConstantTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
