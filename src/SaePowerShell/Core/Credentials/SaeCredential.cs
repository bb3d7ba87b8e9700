namespace SaePowerShell.Core.Credentials;

/// <summary>An AccessKey pair, optionally with an STS security token, and where it came from.</summary>
internal sealed class SaeCredential
{
    /// <summary>Checks every value as it is read (<see cref="CredentialValue"/>): a bad one is an error that names <paramref name="source"/>.</summary>
    public SaeCredential(string accessKeyId, string accessKeySecret, string? securityToken, string source, System.DateTimeOffset? expiration = null)
        : this(accessKeyId, SecretBytes.FromString(accessKeySecret), securityToken, source, expiration)
    {
    }

    /// <summary>With the secret as bytes already (from a SecureString), so that it is never a managed string.</summary>
    public SaeCredential(string accessKeyId, SecretBytes secret, string? securityToken, string source, System.DateTimeOffset? expiration = null)
    {
        var notes = new System.Collections.Generic.List<string>();
        AccessKeyId = CredentialValue.Check(accessKeyId, "AccessKey id", source, notes);
        Secret = secret.Checked(source, notes);
        SecurityToken = securityToken is null ? null : CredentialValue.Check(securityToken, "security token", source, notes);
        Source = source;
        Expiration = expiration;
        Notes = notes;
    }

    /// <summary>What was done to the values as they were read (a trailing line break trimmed), for -Verbose.</summary>
    public System.Collections.Generic.IReadOnlyList<string> Notes { get; }

    /// <summary>When temporary credentials stop working; null for a permanent AccessKey.</summary>
    public System.DateTimeOffset? Expiration { get; }

    public string AccessKeyId { get; }

    /// <summary>The AccessKey secret, as bytes the signers key with; cleared by Disconnect-SaeAccount.</summary>
    public SecretBytes Secret { get; }

    public string? SecurityToken { get; }

    /// <summary>Where the credential came from, in words fit for -Verbose.</summary>
    public string Source { get; }

    public string MaskedAccessKeyId => Mask(AccessKeyId);

    /// <summary>Never the secret or the token: this string may end up in logs and transcripts.</summary>
    public override string ToString() => MaskedAccessKeyId + (SecurityToken is null ? string.Empty : " (STS)") + " from " + Source;

    internal static string Mask(string accessKeyId) =>
        accessKeyId.Length <= 8 ? new string('*', accessKeyId.Length) : accessKeyId.Substring(0, 4) + new string('*', accessKeyId.Length - 8) + accessKeyId.Substring(accessKeyId.Length - 4);
}
