using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SaePowerShell.Core.Signing;
using SaePowerShell.Emulator.Gateway;

namespace SaePowerShell.Emulator.Sts;

/// <summary>
/// The gateway's checks for an RPC-signed request (AssumeRole), in the same order as <see cref="SignatureVerifier"/>
/// applies them to SAE's ROA and V3 requests, against the same keys and the same nonce cache: the signature
/// parameters are present, the key is known, its token matches and has not expired, the Timestamp is within 15
/// minutes, the signature (<see cref="RpcHmacSha1Signature"/>) matches, and the nonce is fresh.
/// </summary>
internal sealed class RpcSignatureCheck(AccessKeyStore keys, NonceCache nonces, TimeProvider clock)
{
    private static readonly string[] RequiredParameters = ["AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp"];

    /// <summary>pop-core and @alicloud/credentials send whole seconds; ISO 8601 with milliseconds is accepted too.</summary>
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'"];

    /// <summary>Null when the request is correctly signed by a usable key.</summary>
    /// <param name="method">The HTTP method, which the string to sign starts with.</param>
    public GatewayError? Verify(string method, RpcParameters parameters)
    {
        string? missing = RequiredParameters.FirstOrDefault(name => parameters[name] is null);
        if (missing is not null)
        {
            return StsErrors.Missing(missing);
        }

        string signatureMethod = parameters["SignatureMethod"]!;
        if (signatureMethod != RpcHmacSha1Signature.Method)
        {
            return GatewayError.SignatureMethod(signatureMethod);
        }

        if (parameters["SignatureVersion"] != RpcHmacSha1Signature.Version)
        {
            return GatewayError.IncompleteSignature($"SignatureVersion must be {RpcHmacSha1Signature.Version}.");
        }

        AccessKey? key = keys.Find(parameters["AccessKeyId"]!);
        if (key is null)
        {
            return GatewayError.AccessKeyNotFound;
        }

        if (key.SecurityToken is not null && !ConstantTimeEquals(parameters["SecurityToken"] ?? "", key.SecurityToken))
        {
            return GatewayError.SecurityTokenMismatch;
        }

        DateTimeOffset now = clock.GetUtcNow();
        if (key.HasExpired(now))
        {
            return GatewayError.SecurityTokenExpired;
        }

        if (!DateTimeOffset.TryParseExact(parameters["Timestamp"], TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset timestamp))
        {
            return GatewayError.TimeStampFormat("Timestamp");
        }

        if ((now - timestamp).Duration() > SignatureVerifier.MaxClockSkew)
        {
            return GatewayError.TimeStampExpired("Timestamp");
        }

        string stringToSign = RpcHmacSha1Signature.StringToSign(
            method,
            RpcHmacSha1Signature.Sort(parameters.Values.Where(p => p.Key != RpcHmacSha1Signature.SignatureParameter)));
        if (!ConstantTimeEquals(parameters["Signature"]!, RpcHmacSha1Signature.Sign(stringToSign, key.AccessKeySecret)))
        {
            return GatewayError.SignatureDoesNotMatch(stringToSign);
        }

        // As for SAE: only a correctly signed request uses up its nonce.
        return nonces.TryUse(key.AccessKeyId, parameters["SignatureNonce"]!, timestamp) ? null : GatewayError.SignatureNonceUsed;
    }

    private static bool ConstantTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
