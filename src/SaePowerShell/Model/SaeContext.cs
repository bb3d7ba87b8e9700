using System;

namespace SaePowerShell;

/// <summary>What a call would use now: which credential, region and endpoint, and where each came from. Never a secret.</summary>
public sealed class SaeContext
{
    /// <summary>The AccessKey id, masked.</summary>
    public string AccessKeyId { get; set; } = string.Empty;

    /// <summary>AccessKey, or StsToken for temporary credentials.</summary>
    public string CredentialType { get; set; } = string.Empty;

    /// <summary>Where the credential came from: a parameter, Connect-SaeAccount, a variable, a profile.</summary>
    public string CredentialSource { get; set; } = string.Empty;

    /// <summary>When temporary credentials expire, if known.</summary>
    public DateTimeOffset? Expiration { get; set; }

    /// <summary>The region calls go to, if one is known.</summary>
    public string? RegionId { get; set; }

    /// <summary>Where the region came from.</summary>
    public string? RegionSource { get; set; }

    /// <summary>The endpoint calls go to, if one is known.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Where the endpoint came from.</summary>
    public string? EndpointSource { get; set; }

    /// <summary>Whether this is the session default that Connect-SaeAccount set.</summary>
    public bool IsSessionDefault { get; set; }

    /// <summary>
    /// What -Context carries into another runspace of this process (Start-ThreadJob, ForEach-Object -Parallel): the
    /// credential source itself, never its secret in any form that leaves the process. Null once serialized.
    /// </summary>
    internal Core.Credentials.SessionContext? Session { get; set; }

    /// <inheritdoc />
    public override string ToString() => AccessKeyId + " (" + CredentialType + ", " + CredentialSource + ")" + (RegionId is null ? string.Empty : " in " + RegionId);
}
