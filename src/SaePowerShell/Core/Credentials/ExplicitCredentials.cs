namespace SaePowerShell.Core.Credentials;

/// <summary>What the command line gave: a credential (-Credential or -AccessKeyId/-AccessKeySecret) or a profile name.</summary>
internal sealed record ExplicitCredentials(SaeCredential? Credential, string? ProfileName)
{
    public static readonly ExplicitCredentials None = new ExplicitCredentials(null, null);
}
