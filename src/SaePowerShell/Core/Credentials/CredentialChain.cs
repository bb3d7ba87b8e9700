using System;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Credentials.Sts;

namespace SaePowerShell.Core.Credentials;

/// <summary>
/// Finds the credential a call uses, first that yields wins: the command line (-Credential, -AccessKeyId with
/// -AccessKeySecret, -ProfileName), the session's default (Connect-SaeAccount), then the official SDKs' chain:
/// environment variables, the OIDC role variables, the aliyun CLI's config.json, the SDKs' INI credentials file, the
/// ECS instance RAM role, ALIBABA_CLOUD_CREDENTIALS_URI. A profile that was named and is missing is an error, not a
/// reason to fall through (users expect the one they named).
/// </summary>
internal static class CredentialChain
{
    /// <summary>The first source that yields; <paramref name="connecting"/> when Connect-SaeAccount asks, which has no session default to look at.</summary>
    public static ChosenCredential Resolve(ExplicitCredentials explicitCredentials, SessionContext? session, IEnvironment environment, bool connecting = false)
    {
        if (explicitCredentials.Credential != null)
        {
            return new ChosenCredential(EnvironmentCredentials.Explicit(explicitCredentials.Credential), null);
        }

        if (explicitCredentials.ProfileName != null)
        {
            return FromProfiles(explicitCredentials.ProfileName, environment)
                ?? throw new SaeConfigurationException("ProfileNotFound", "There is no profile '" + explicitCredentials.ProfileName + "' in the aliyun CLI's config.json or the SDKs' credentials file.");
        }

        if (session != null)
        {
            return new ChosenCredential(session.Source, null);
        }

        if (EnvironmentCredentials.FromEnvironment(environment) is SaeCredential fromEnvironment)
        {
            return new ChosenCredential(fromEnvironment, null);
        }

        if (OidcFromEnvironment(environment) is ChosenCredential oidc)
        {
            return oidc;
        }

        string? profile = ProfileFiles.ProfileFromEnvironment(environment);
        ChosenCredential? found = FromProfiles(profile, environment);
        if (found is null && profile != null)
        {
            throw new SaeConfigurationException("ProfileNotFound", ProfileFiles.CliProfileVariable + " names the profile '" + profile + "', which is in neither the aliyun CLI's config.json nor the SDKs' credentials file.");
        }

        return found ?? EcsFromEnvironment(environment) ?? UriFromEnvironment(environment)
            ?? throw new SaeConfigurationException("NoCredentials", NoCredentialsMessage.For(environment, connecting));
    }

    private static ChosenCredential? FromProfiles(string? profileName, IEnvironment environment)
    {
        if (!ProfileFiles.IsTrue(environment.Get(ProfileFiles.CliProfileDisabledVariable)) && ProfileFiles.CliConfigPath(environment) is string cliPath)
        {
            // A named profile may live in either file; only the second one's absence is an error.
            ChosenCredential? fromCli = AliyunCliConfig.Read(cliPath, profileName, environment);
            if (fromCli != null)
            {
                return fromCli;
            }
        }

        string? iniPath = ProfileFiles.CredentialsFilePath(environment);
        return iniPath is null ? null : CredentialsIniFile.Read(iniPath, profileName, environment.Get(ProfileFiles.CredentialsFileVariable) != null, environment);
    }

    private static ChosenCredential? OidcFromEnvironment(IEnvironment environment)
    {
        string? role = environment.Get(SaeEnvironmentVariables.RoleArn);
        string? provider = environment.Get(SaeEnvironmentVariables.OidcProviderArn);
        string? tokenFile = environment.Get(SaeEnvironmentVariables.OidcTokenFile);
        if (role is null || provider is null || tokenFile is null)
        {
            return null;
        }

        var request = new RoleRequest(role, environment.Get(SaeEnvironmentVariables.RoleSessionName), null, null);
        return new ChosenCredential(SharedSources.Get(new OidcRoleSource(request, provider, tokenFile, new StsClient(StsEndpoint.Resolve(environment, null, null)), "ALIBABA_CLOUD_ROLE_ARN and the OIDC variables")), null);
    }

    /// <summary>
    /// The instance's RAM role, when ALIBABA_CLOUD_ECS_METADATA names it (or the metadata endpoint is moved). Unlike
    /// the SDKs, the module does not probe 100.100.100.200 unasked: off ECS that costs every credential-less command,
    /// and every tab completion, a timeout.
    /// </summary>
    private static ChosenCredential? EcsFromEnvironment(IEnvironment environment)
    {
        if (ProfileFiles.IsTrue(environment.Get(SaeEnvironmentVariables.EcsMetadataDisabled)))
        {
            return null;
        }

        string? role = environment.Get(SaeEnvironmentVariables.EcsMetadata);
        if (role is null && environment.Get(EcsRamRoleSource.EndpointVariable) is null)
        {
            return null;
        }

        return new ChosenCredential(SharedSources.Get(new EcsRamRoleSource(role, AliyunCliConfig.MetadataEndpoint(environment), ProfileFiles.IsTrue(environment.Get(SaeEnvironmentVariables.ImdsV1Disabled)), SaeEnvironmentVariables.EcsMetadata)), null);
    }

    private static ChosenCredential? UriFromEnvironment(IEnvironment environment)
    {
        string? uri = environment.Get(CredentialsUriSource.Variable);
        if (uri is null)
        {
            return null;
        }

        if (!Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed))
        {
            throw new SaeConfigurationException("InvalidCredentialsUri", CredentialsUriSource.Variable + " is '" + uri + "', which is not an absolute URI.");
        }

        return new ChosenCredential(SharedSources.Get(new CredentialsUriSource(parsed)), null);
    }
}
