using System;
using System.Collections.Generic;
using System.IO;

namespace SaePowerShell.Core.Credentials;

/// <summary>Where the aliyun CLI and the SDKs keep their files; HOME decides, so tests can point it at a temporary folder.</summary>
internal static class ProfileFiles
{
    public const string CliProfileVariable = SaeEnvironmentVariables.Profile;
    public const string CredentialsFileVariable = SaeEnvironmentVariables.CredentialsFile;
    public const string CliProfileDisabledVariable = SaeEnvironmentVariables.CliProfileDisabled;

    public static string? Home(IEnvironment environment)
    {
        IReadOnlyList<string> names = SaeEnvironmentVariables.HomeFolder;
        string? home = environment.Get(names[0]) ?? environment.Get(names[1]);
        if (home is null && environment.Get(names[2]) is string drive && environment.Get(names[3]) is string path)
        {
            home = drive + path;
        }

        return home;
    }

    public static string? CliConfigPath(IEnvironment environment) =>
        Home(environment) is string home ? Path.Combine(home, ".aliyun", "config.json") : null;

    public static string? CredentialsFilePath(IEnvironment environment) =>
        environment.Get(CredentialsFileVariable) ?? (Home(environment) is string home ? Path.Combine(home, ".alibabacloud", "credentials") : null);

    /// <summary>The profile the SDKs' chain uses when none is named: ALIBABA_CLOUD_PROFILE, or the file's own choice.</summary>
    public static string? ProfileFromEnvironment(IEnvironment environment) =>
        environment.Get(CliProfileVariable) ?? environment.Get(SaeEnvironmentVariables.SdkProfile) ?? environment.Get(SaeEnvironmentVariables.LegacyProfile);

    public static bool IsTrue(string? value) => value != null && value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
}
