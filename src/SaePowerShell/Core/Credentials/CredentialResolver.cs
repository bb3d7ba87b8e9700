namespace SaePowerShell.Core.Credentials
{
    /// <summary>Finds the credential a call uses: the one given explicitly, else the official SDKs' environment variables.</summary>
    internal static class CredentialResolver
    {
        public const string AccessKeyIdVariable = "ALIBABA_CLOUD_ACCESS_KEY_ID";
        public const string AccessKeySecretVariable = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
        public const string SecurityTokenVariable = "ALIBABA_CLOUD_SECURITY_TOKEN";

        public static SaeCredential Resolve(SaeCredential? explicitCredential, IEnvironment environment)
        {
            if (explicitCredential != null)
            {
                Validate(explicitCredential.AccessKeyId, explicitCredential.AccessKeySecret, explicitCredential.Source);
                return explicitCredential;
            }

            string? id = environment.Get(AccessKeyIdVariable);
            string? secret = environment.Get(AccessKeySecretVariable);
            if (id != null || secret != null)
            {
                const string source = "environment variables (" + AccessKeyIdVariable + ", " + AccessKeySecretVariable + ")";
                Validate(id, secret, source);
                string? token = environment.Get(SecurityTokenVariable);
                return new SaeCredential(id!.Trim(), secret!, token, token is null ? source : source + " with " + SecurityTokenVariable);
            }

            throw new SaeConfigurationException(
                "NoCredentials",
                "No Alibaba Cloud credentials were found. Pass -Credential (user name = AccessKey id, password = AccessKey secret), or set the environment variables "
                + AccessKeyIdVariable + " and " + AccessKeySecretVariable + " (and " + SecurityTokenVariable + " for STS credentials).");
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
}
