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

    /// <summary>
    /// An official API (it is in the surface file) that the emulator has no handler for. Not InvalidApi.NotFound,
    /// which would tell a client the API does not exist; 501 so no client mistakes it for a retryable SAE failure.
    /// </summary>
    public static GatewayError NotEmulated(string action, string method, string path) =>
        new(501, "Emulator.NotEmulated", $"The SAE emulator does not emulate {action}; it is a real SAE API ({method} {path}).");

    public static readonly GatewayError AccessKeyNotFound =
        new(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");

    public static readonly GatewayError SecurityTokenMismatch =
        new(400, "InvalidSecurityToken.MismatchWithAccessKey", "The security token you provided does not match the access key.");

    /// <summary>An STS credential used after its Expiration (by the emulator's clock).</summary>
    public static readonly GatewayError SecurityTokenExpired =
        new(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");

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

    // The rest are never produced by the emulator's own checks; a fault plan can answer them (error:Code) so a client's
    // handling of throttling and outages can be tested. Statuses and messages as sae-api.md §5.1 and §5.3 give them.

    public static readonly GatewayError Throttling =
        new(400, "Throttling", "Request was denied due to request throttling.");

    public static readonly GatewayError ThrottlingUser =
        new(400, "Throttling.User", "Request was denied due to user flow control.");

    /// <summary>The one throttling code some Alibaba pages answer with 429 rather than 400.</summary>
    public static readonly GatewayError ThrottlingApi =
        new(429, "Throttling.Api", "Request was denied due to api flow control.");

    public static readonly GatewayError ServiceUnavailable =
        new(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");

    public static readonly GatewayError AccessKeyInactive =
        new(400, "InvalidAccessKeyId.Inactive", "Specified access key is disabled.");

    public static readonly GatewayError ForbiddenRam =
        new(403, "Forbidden.RAM", "User not authorized to operate on the specified resource, or this API doesn't support RAM.");
}
