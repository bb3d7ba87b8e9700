using System.Management.Automation;
using System.Net;
using System.Security;
using SaePowerShell.Core.Credentials;

namespace SaePowerShell.Commands.Input;

/// <summary>Turns -Credential, -AccessKeyId/-AccessKeySecret/-SecurityToken and -ProfileName into what the chain takes; at most one kind.</summary>
internal static class ExplicitCredentialParameters
{
    public static ExplicitCredentials Build(PSCredential? credential, string? accessKeyId, SecureString? accessKeySecret, SecureString? securityToken, string? profileName)
    {
        int given = (credential != null ? 1 : 0) + (accessKeyId != null || accessKeySecret != null ? 1 : 0) + (profileName != null ? 1 : 0);
        if (given > 1)
        {
            throw new SaeConfigurationException("AmbiguousCredentials", "Give only one of -Credential, -AccessKeyId with -AccessKeySecret, and -ProfileName.");
        }

        if (credential != null)
        {
            return new ExplicitCredentials(new SaeCredential(credential.UserName, SecretBytes.FromSecureString(credential.Password), Plain(securityToken), "-Credential"), null);
        }

        if (accessKeyId != null || accessKeySecret != null)
        {
            if (accessKeyId is null || accessKeySecret is null)
            {
                throw new SaeConfigurationException("IncompleteCredentials", "-AccessKeyId and -AccessKeySecret go together; give both.");
            }

            return new ExplicitCredentials(new SaeCredential(accessKeyId, SecretBytes.FromSecureString(accessKeySecret), Plain(securityToken), "-AccessKeyId and -AccessKeySecret"), null);
        }

        return profileName is null ? ExplicitCredentials.None : new ExplicitCredentials(null, profileName);
    }

    private static string? Plain(SecureString? secure) => secure is null ? null : new NetworkCredential(string.Empty, secure).Password;
}
