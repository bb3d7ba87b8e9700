namespace SaePowerShell.Core.Credentials;

/// <summary>The credential links that need no file or call: one given on the command line, and the SDKs' environment variables.</summary>
internal static class EnvironmentCredentials
{
    public const string AccessKeyIdVariable = SaeEnvironmentVariables.AccessKeyId;
    public const string AccessKeySecretVariable = SaeEnvironmentVariables.AccessKeySecret;
    public const string SecurityTokenVariable = SaeEnvironmentVariables.SecurityToken;

    public static SaeCredential Explicit(SaeCredential credential)
    {
        Validate(credential.AccessKeyId, credential.Secret.Key.Length == 0 ? null : "given", credential.Source);
        return credential;
    }

    /// <summary>The environment's AccessKey; null when neither variable is set, an error when only one is.</summary>
    public static SaeCredential? FromEnvironment(IEnvironment environment)
    {
        string? id = environment.Get(AccessKeyIdVariable);
        string? secret = environment.Get(AccessKeySecretVariable);
        if (id is null && secret is null)
        {
            return null;
        }

        const string source = "environment variables (" + AccessKeyIdVariable + ", " + AccessKeySecretVariable + ")";
        Validate(id, secret, source);
        string? token = environment.Get(SecurityTokenVariable);
        return new SaeCredential(id!, secret!, token, token is null ? source : source + " with " + SecurityTokenVariable);
    }

    private static void Validate(string? id, string? secret, string source)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new SaeConfigurationException("IncompleteCredentials", "The AccessKey id from " + source + " is empty.");
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw new SaeConfigurationException("IncompleteCredentials", "The AccessKey secret from " + source + " is empty.");
        }
    }
}
