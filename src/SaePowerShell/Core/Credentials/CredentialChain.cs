namespace SaePowerShell.Core.Credentials
{
    /// <summary>
    /// Finds the credential a call uses, first that yields wins: the command line (-Credential, -AccessKeyId with
    /// -AccessKeySecret, -ProfileName), the session's default (Connect-SaeAccount), then the official SDKs' chain:
    /// environment variables, the aliyun CLI's config.json, the SDKs' INI credentials file. A profile that was named and
    /// is missing is an error, not a reason to fall through (users expect the one they named).
    /// </summary>
    internal static class CredentialChain
    {
        public static CliProfile Resolve(ExplicitCredentials explicitCredentials, SessionContext? session, IEnvironment environment)
        {
            if (explicitCredentials.Credential != null)
            {
                return new CliProfile(CredentialResolver.Resolve(explicitCredentials.Credential, environment), null);
            }

            if (explicitCredentials.ProfileName != null)
            {
                return FromProfiles(explicitCredentials.ProfileName, environment)
                    ?? throw new SaeConfigurationException("ProfileNotFound", "There is no profile '" + explicitCredentials.ProfileName + "' in the aliyun CLI's config.json or the SDKs' credentials file.");
            }

            if (session != null)
            {
                return new CliProfile(session.Credential, null);
            }

            if (environment.Get(CredentialResolver.AccessKeyIdVariable) != null || environment.Get(CredentialResolver.AccessKeySecretVariable) != null)
            {
                return new CliProfile(CredentialResolver.Resolve(null, environment), null);
            }

            string? profile = ProfileFiles.ProfileFromEnvironment(environment);
            CliProfile? found = FromProfiles(profile, environment);
            if (found is null && profile != null)
            {
                throw new SaeConfigurationException("ProfileNotFound", ProfileFiles.CliProfileVariable + " names the profile '" + profile + "', which is in neither the aliyun CLI's config.json nor the SDKs' credentials file.");
            }

            return found
                ?? throw new SaeConfigurationException(
                    "NoCredentials",
                    "No Alibaba Cloud credentials were found. Pass -Credential (user name = AccessKey id, password = secret), -ProfileName, or -AccessKeyId with -AccessKeySecret; "
                    + "run Connect-SaeAccount; set " + CredentialResolver.AccessKeyIdVariable + " and " + CredentialResolver.AccessKeySecretVariable
                    + "; or configure the aliyun CLI (~/.aliyun/config.json) or the SDKs' credentials file (~/.alibabacloud/credentials).");
        }

        private static CliProfile? FromProfiles(string? profileName, IEnvironment environment)
        {
            if (!ProfileFiles.IsTrue(environment.Get(ProfileFiles.CliProfileDisabledVariable)) && ProfileFiles.CliConfigPath(environment) is string cliPath)
            {
                // A named profile may live in either file; only the second one's absence is an error.
                CliProfile? fromCli = AliyunCliConfig.Read(cliPath, profileName);
                if (fromCli != null)
                {
                    return fromCli;
                }
            }

            string? iniPath = ProfileFiles.CredentialsFilePath(environment);
            return iniPath is null ? null : CredentialsIniFile.Read(iniPath, profileName, environment.Get(ProfileFiles.CredentialsFileVariable) != null);
        }
    }
}
