using System.Collections.Generic;

namespace SaePowerShell;

/// <summary>
/// Every environment variable the module reads, each with what it does: the one place their names are written.
/// The code reads the names from here, and test set-ups enumerate <see cref="All"/> to isolate a run from the
/// machine's own settings.
/// </summary>
public static class SaeEnvironmentVariables
{
    /// <summary>The AccessKey id (the SDKs' variable).</summary>
    public const string AccessKeyId = "ALIBABA_CLOUD_ACCESS_KEY_ID";

    /// <summary>The AccessKey secret.</summary>
    public const string AccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";

    /// <summary>The STS security token that goes with temporary AccessKeys.</summary>
    public const string SecurityToken = "ALIBABA_CLOUD_SECURITY_TOKEN";

    /// <summary>The default region.</summary>
    public const string RegionId = "ALIBABA_CLOUD_REGION_ID";

    /// <summary>Where SAE calls go instead of https://sae.{region}.aliyuncs.com.</summary>
    public const string SaeEndpoint = "ALIBABA_CLOUD_SAE_ENDPOINT";

    /// <summary>The aliyun CLI profile to use.</summary>
    public const string Profile = "ALIBABA_CLOUD_PROFILE";

    /// <summary>The aliyun CLI's older name for the profile to use.</summary>
    public const string LegacyProfile = "ALICLOUD_PROFILE";

    /// <summary>The credentials SDKs' own name for the profile to use.</summary>
    public const string SdkProfile = "ALIBABACLOUD_PROFILE";

    /// <summary>
    /// Where the home folder is, as the operating system says (HOME; on Windows USERPROFILE, or HOMEDRIVE and HOMEPATH).
    /// They are read, not set by users for the module, so <see cref="All"/> leaves them out and test set-ups keep them.
    /// </summary>
    public static IReadOnlyList<string> HomeFolder { get; } = new[] { "HOME", "USERPROFILE", "HOMEDRIVE", "HOMEPATH" };

    /// <summary>The SDKs' INI credentials file, instead of ~/.alibabacloud/credentials.</summary>
    public const string CredentialsFile = "ALIBABA_CLOUD_CREDENTIALS_FILE";

    /// <summary>true: do not read the aliyun CLI's ~/.aliyun/config.json.</summary>
    public const string CliProfileDisabled = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";

    /// <summary>A RAM role to assume with the OIDC token (with the next two).</summary>
    public const string RoleArn = "ALIBABA_CLOUD_ROLE_ARN";

    /// <summary>The OIDC provider of that role.</summary>
    public const string OidcProviderArn = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";

    /// <summary>The file that holds the OIDC token.</summary>
    public const string OidcTokenFile = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";

    /// <summary>The role session name for roles assumed from the environment.</summary>
    public const string RoleSessionName = "ALIBABA_CLOUD_ROLE_SESSION_NAME";

    /// <summary>The ECS instance's RAM role: opts in to the instance metadata service.</summary>
    public const string EcsMetadata = "ALIBABA_CLOUD_ECS_METADATA";

    /// <summary>true: never ask the instance metadata service.</summary>
    public const string EcsMetadataDisabled = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";

    /// <summary>true: ask the instance metadata service with IMDSv2 tokens only.</summary>
    public const string ImdsV1Disabled = "ALIBABA_CLOUD_IMDSV1_DISABLED";

    /// <summary>A URL that serves credentials.</summary>
    public const string CredentialsUri = "ALIBABA_CLOUD_CREDENTIALS_URI";

    /// <summary>Where STS calls go (a full URL).</summary>
    public const string StsEndpoint = "ALIBABA_CLOUD_STS_ENDPOINT";

    /// <summary>The region of the STS endpoint.</summary>
    public const string StsRegion = "ALIBABA_CLOUD_STS_REGION";

    /// <summary>true: use the VPC STS endpoint of that region.</summary>
    public const string VpcEndpointEnabled = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED";

    /// <summary>The module's quota per account: calls/seconds (such as 55/60), or off; unset, calls to an endpoint on this machine (the emulator) are not limited.</summary>
    public const string RateLimit = "SAE_POWERSHELL_RATE_LIMIT";

    /// <summary>Seconds a connection may take to open (PowerShell 7), default 10.</summary>
    public const string ConnectTimeout = "SAE_POWERSHELL_CONNECT_TIMEOUT_SEC";

    /// <summary>true: allow plain http to another machine (an emulator in a container); it warns every time.</summary>
    public const string AllowHttp = "SAE_POWERSHELL_ALLOW_HTTP";

    /// <summary>The instance metadata service's address, instead of http://100.100.100.200.</summary>
    public const string MetadataEndpoint = "SAE_POWERSHELL_METADATA_ENDPOINT";

    /// <summary>Every variable above, with what it does.</summary>
    public static IReadOnlyList<SaeEnvironmentVariable> All { get; } = new[]
    {
        new SaeEnvironmentVariable(AccessKeyId, "The AccessKey id (the SDKs' variable)."),
        new SaeEnvironmentVariable(AccessKeySecret, "The AccessKey secret."),
        new SaeEnvironmentVariable(SecurityToken, "The STS security token that goes with temporary AccessKeys."),
        new SaeEnvironmentVariable(RegionId, "The default region."),
        new SaeEnvironmentVariable(SaeEndpoint, "Where SAE calls go instead of https://sae.{region}.aliyuncs.com."),
        new SaeEnvironmentVariable(Profile, "The aliyun CLI profile to use."),
        new SaeEnvironmentVariable(LegacyProfile, "The aliyun CLI's older name for the profile to use."),
        new SaeEnvironmentVariable(SdkProfile, "The credentials SDKs' own name for the profile to use."),
        new SaeEnvironmentVariable(CredentialsFile, "The SDKs' INI credentials file, instead of ~/.alibabacloud/credentials."),
        new SaeEnvironmentVariable(CliProfileDisabled, "true: do not read the aliyun CLI's ~/.aliyun/config.json."),
        new SaeEnvironmentVariable(RoleArn, "A RAM role to assume with the OIDC token."),
        new SaeEnvironmentVariable(OidcProviderArn, "The OIDC provider of that role."),
        new SaeEnvironmentVariable(OidcTokenFile, "The file that holds the OIDC token."),
        new SaeEnvironmentVariable(RoleSessionName, "The role session name for roles assumed from the environment."),
        new SaeEnvironmentVariable(EcsMetadata, "The ECS instance's RAM role: opts in to the instance metadata service."),
        new SaeEnvironmentVariable(EcsMetadataDisabled, "true: never ask the instance metadata service."),
        new SaeEnvironmentVariable(ImdsV1Disabled, "true: ask the instance metadata service with IMDSv2 tokens only."),
        new SaeEnvironmentVariable(CredentialsUri, "A URL that serves credentials."),
        new SaeEnvironmentVariable(StsEndpoint, "Where STS calls go (a full URL)."),
        new SaeEnvironmentVariable(StsRegion, "The region of the STS endpoint."),
        new SaeEnvironmentVariable(VpcEndpointEnabled, "true: use the VPC STS endpoint of that region."),
        new SaeEnvironmentVariable(RateLimit, "The module's quota per account: calls/seconds (such as 55/60), or off. Unset, it is 55/60, except for an endpoint on this machine (127.0.0.1, ::1, localhost: the emulator), which is not limited unless this asks for it."),
        new SaeEnvironmentVariable(ConnectTimeout, "Seconds a connection may take to open (PowerShell 7), default 10."),
        new SaeEnvironmentVariable(AllowHttp, "true: allow plain http to another machine (an emulator in a container); it warns every time."),
        new SaeEnvironmentVariable(MetadataEndpoint, "The instance metadata service's address, instead of http://100.100.100.200."),
    };
}

/// <summary>An environment variable the module reads, and what it does.</summary>
public sealed class SaeEnvironmentVariable
{
    /// <summary>Creates the entry.</summary>
    public SaeEnvironmentVariable(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The variable's name.</summary>
    public string Name { get; }

    /// <summary>What it does.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
