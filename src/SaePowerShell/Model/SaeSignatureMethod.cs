namespace SaePowerShell;

/// <summary>How requests are signed.</summary>
public enum SaeSignatureMethod
{
    /// <summary>ACS3-HMAC-SHA256, the official SDKs' default.</summary>
    Acs3HmacSha256,

    /// <summary>The legacy ROA scheme, HMAC-SHA1, that SAE's own 2020 documentation describes.</summary>
    RoaHmacSha1,
}
