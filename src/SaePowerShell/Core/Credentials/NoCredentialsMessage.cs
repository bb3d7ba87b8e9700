using System.Collections.Generic;
using System.IO;
using System.Linq;
using SaePowerShell.Core.Credentials.Sources;

namespace SaePowerShell.Core.Credentials;

/// <summary>
/// What the credential chain looked at when nothing yielded, each source by name (the parameters, the environment
/// variables, the profile files by path) and why it gave nothing, in the chain's order. "Run Connect-SaeAccount" is
/// no answer for Connect-SaeAccount itself, so for it the session default is left out.
/// </summary>
internal static class NoCredentialsMessage
{
    public static string For(IEnvironment environment, bool connecting)
    {
        var looked = new List<string>
        {
            "the parameters -Credential (user name = AccessKey id, password = secret), -AccessKeyId with -AccessKeySecret, and -ProfileName: none given",
        };
        if (!connecting)
        {
            looked.Add("this runspace's Connect-SaeAccount: none (its default belongs to the runspace that ran it: in Start-ThreadJob, ForEach-Object -Parallel or a runspace pool, pass -Context with the output of Get-SaeContext)");
        }

        looked.Add(Variables(environment, "the environment variables", SaeEnvironmentVariables.AccessKeyId, SaeEnvironmentVariables.AccessKeySecret));
        looked.Add(Variables(environment, "an OIDC role's variables", SaeEnvironmentVariables.RoleArn, SaeEnvironmentVariables.OidcProviderArn, SaeEnvironmentVariables.OidcTokenFile));
        looked.Add(ProfileFiles.IsTrue(environment.Get(SaeEnvironmentVariables.CliProfileDisabled))
            ? "the aliyun CLI's config.json: turned off by " + SaeEnvironmentVariables.CliProfileDisabled
            : File("the aliyun CLI's config.json", ProfileFiles.CliConfigPath(environment)));
        looked.Add(File("the SDKs' credentials file", ProfileFiles.CredentialsFilePath(environment))
            + (environment.Get(SaeEnvironmentVariables.CredentialsFile) != null ? " (from " + SaeEnvironmentVariables.CredentialsFile + ")" : string.Empty));
        looked.Add(ProfileFiles.IsTrue(environment.Get(SaeEnvironmentVariables.EcsMetadataDisabled))
            ? "the ECS instance's RAM role: turned off by " + SaeEnvironmentVariables.EcsMetadataDisabled
            : "the ECS instance's RAM role: " + SaeEnvironmentVariables.EcsMetadata + " (the role's name) is not set, and the metadata service is not probed unasked");
        looked.Add(CredentialsUriSource.Variable + ": not set");

        return "No Alibaba Cloud credentials were found. Looked at, in this order: "
            + string.Join("; ", looked.Select((source, i) => "(" + (i + 1) + ") " + source)) + ". "
            + (connecting
                ? "Give Connect-SaeAccount one of the parameters, or set up one of the other sources."
                : "Give one of the parameters, run Connect-SaeAccount with one of them, or set up one of the other sources.");
    }

    private static string Variables(IEnvironment environment, string what, params string[] names)
    {
        string[] set = names.Where(n => !string.IsNullOrEmpty(environment.Get(n))).ToArray();
        string listed = what + " " + string.Join(", ", names.Take(names.Length - 1)) + " and " + names[names.Length - 1];
        return set.Length == 0 ? listed + ": not set" : listed + ": only " + string.Join(", ", set) + " set";
    }

    private static string File(string what, string? path) =>
        path is null ? what + ": no home folder (" + string.Join(", ", SaeEnvironmentVariables.HomeFolder) + ") to find it in"
        : System.IO.File.Exists(path) ? what + " " + path + ": no usable profile in it"
        : what + " " + path + ": not there";
}
