namespace SaePowerShell.Emulator.Gateway;

/// <summary>
/// An error the POP gateway answers before SAE itself sees the request (sae-api.md §5.3). Its body is the gateway
/// shape (Code/Message/HostId/Recommend), not SAE's Success/ErrorCode envelope, so clients must read both.
/// </summary>
internal sealed record GatewayError(int Status, string Code, string Message)
{
    public static GatewayError ApiNotFound(string detail) =>
        new(404, "InvalidApi.NotFound", $"Specified api is not found, please check your url and method. {detail}".TrimEnd());

    public static GatewayError IncompleteSignature(string detail) =>
        new(400, "IncompleteSignature", $"The request signature does not conform to Aliyun standards. {detail}".TrimEnd());

    public static readonly GatewayError AccessKeyNotFound =
        new(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");

    public static readonly GatewayError SecurityTokenMismatch =
        new(400, "InvalidSecurityToken.MismatchWithAccessKey", "The security token you provided does not match the access key.");

    public static GatewayError TimeStampFormat(string header) =>
        new(400, "InvalidTimeStamp.Format", $"Specified time stamp or date value is not well formatted ({header}).");

    public static GatewayError TimeStampExpired(string header) =>
        new(400, "InvalidTimeStamp.Expired", $"Specified time stamp or date value is expired ({header} is more than 15 minutes from the server time).");

    public static GatewayError SignatureMethod(string method) =>
        new(400, "InvalidSignatureMethod", $"Specified signature method '{method}' is not valid; use HMAC-SHA1.");

    public static readonly GatewayError ContentMd5Mismatch =
        new(400, "ContentMD5NotMatched", "The Content-MD5 header does not match the request body.");

    public static GatewayError SignatureDoesNotMatch(string serverStringToSign) =>
        new(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation. server string to sign is:" + serverStringToSign);

    public static readonly GatewayError InternalError =
        new(500, "InternalError", "The request processing has failed due to some unknown error, exception or failure.");

    public static readonly GatewayError SignatureNonceUsed =
        new(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
}
