namespace SaePowerShell.Core.Credentials;

/// <summary>What the command line gave: a credential (-Credential or -AccessKeyId/-AccessKeySecret) or a profile name.</summary>
internal sealed class ExplicitCredentials
{
    public ExplicitCredentials(SaeCredential? credential, string? profileName)
    {
        Credential = credential;
        ProfileName = profileName;
    }

    public SaeCredential? Credential { get; }

    public string? ProfileName { get; }

    public static readonly ExplicitCredentials None = new ExplicitCredentials(null, null);
}
