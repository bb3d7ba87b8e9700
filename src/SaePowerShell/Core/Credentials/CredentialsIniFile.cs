using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Credentials.Sts;

namespace SaePowerShell.Core.Credentials;

/// <summary>
/// The SDKs' INI file ~/.alibabacloud/credentials (or ALIBABA_CLOUD_CREDENTIALS_FILE), reference §8.2: sections of
/// <c>type</c> and keys: access_key, ram_role_arn (STS AssumeRole), ecs_ram_role (instance metadata) and
/// oidc_role_arn (STS AssumeRoleWithOIDC).
/// </summary>
internal static class CredentialsIniFile
{
    /// <summary>The section's credential; null when the file or the section is not there (the caller decides whether that is an error).</summary>
    public static ChosenCredential? Read(string path, string? sectionName, bool fileWasAskedFor, IEnvironment environment)
    {
        if (!File.Exists(path))
        {
            if (fileWasAskedFor)
            {
                throw new SaeConfigurationException("ProfileFileNotFound", "The credentials file " + path + " (" + ProfileFiles.CredentialsFileVariable + ") does not exist.");
            }

            return null;
        }

        Dictionary<string, Dictionary<string, string>> sections = Parse(path);
        string name = sectionName ?? "default";
        if (!sections.TryGetValue(name, out Dictionary<string, string>? section))
        {
            return null;
        }

        string where = "section [" + name + "] of " + path;
        string type = section.TryGetValue("type", out string? t) ? t : "access_key";
        switch (type)
        {
            case "access_key":
                return new ChosenCredential(new SaeCredential(Required(section, "access_key_id", where), Required(section, "access_key_secret", where), null, "credentials file " + where),
                    section.TryGetValue("region_id", out string? region) ? region : null);
            case "ram_role_arn":
            {
                var keys = new SaeCredential(Required(section, "access_key_id", where), Required(section, "access_key_secret", where), null, "credentials file " + where);
                return new ChosenCredential(SharedSources.Get(new RamRoleArnSource(new StaticCredentialSource(keys), Role(section, where), Sts(environment), "credentials file " + where)), Optional(section, "region_id"));
            }

            case "ecs_ram_role":
                return new ChosenCredential(SharedSources.Get(new EcsRamRoleSource(Optional(section, "role_name"), AliyunCliConfig.MetadataEndpoint(environment),
                    ProfileFiles.IsTrue(environment.Get(SaeEnvironmentVariables.ImdsV1Disabled)), "credentials file " + where)), Optional(section, "region_id"));
            case "oidc_role_arn":
                return new ChosenCredential(SharedSources.Get(new OidcRoleSource(Role(section, where), Required(section, "oidc_provider_arn", where), Required(section, "oidc_token_file_path", where), Sts(environment),
                    "credentials file " + where)), Optional(section, "region_id"));
            default:
                throw new SaeConfigurationException("UnknownProfileMode", "The type '" + type + "' of " + where + " is not one the SDKs know (access_key, ram_role_arn, ecs_ram_role).");
        }
    }

    private static RoleRequest Role(Dictionary<string, string> section, string where) =>
        new RoleRequest(Required(section, "role_arn", where), Optional(section, "role_session_name"),
            int.TryParse(Optional(section, "duration_seconds"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int seconds) ? seconds : (int?)null, Optional(section, "policy"));

    private static StsClient Sts(IEnvironment environment) => new StsClient(StsEndpoint.Resolve(environment, null, null));

    private static string? Optional(Dictionary<string, string> section, string key) => section.TryGetValue(key, out string? value) && value.Length > 0 ? value : null;

    private static Dictionary<string, Dictionary<string, string>> Parse(string path)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        int number = 0;
        foreach (string raw in File.ReadAllLines(path))
        {
            number++;
            string line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("[", StringComparison.Ordinal) && line.EndsWith("]", StringComparison.Ordinal))
            {
                current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                sections[line.Substring(1, line.Length - 2).Trim()] = current;
                continue;
            }

            int equals = line.IndexOf('=');
            if (current is null || equals <= 0)
            {
                throw new SaeConfigurationException("ProfileFileMalformed", path + " line " + number + " is neither a [section] nor key = value inside one.");
            }

            current[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
        }

        return sections;
    }

    private static string StripComment(string line)
    {
        int at = line.IndexOfAny(new[] { ';', '#' });
        return at < 0 ? line : line.Substring(0, at);
    }

    private static string Required(Dictionary<string, string> section, string key, string where)
    {
        if (!section.TryGetValue(key, out string? value) || value.Length == 0)
        {
            throw new SaeConfigurationException("ProfileIncomplete", "The key '" + key + "' of " + where + " is missing or empty.");
        }

        return value;
    }
}
