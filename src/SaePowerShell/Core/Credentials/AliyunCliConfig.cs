using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Credentials.Sts;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Credentials;

/// <summary>
/// The aliyun CLI's ~/.aliyun/config.json (reference §8.3): <c>current</c> and <c>profiles</c>, each with a
/// <c>mode</c>: AK and StsToken give keys directly; RamRoleArn and ChainableRamRoleArn assume a role with STS;
/// EcsRamRole asks the instance metadata service; OIDC assumes a role with an OIDC token file.
/// </summary>
internal static class AliyunCliConfig
{
    /// <summary>
    /// The named profile (or, with <paramref name="profileName"/> null, the file's <c>current</c>). Null when the
    /// file does not exist or has no profile of that name (the caller may look elsewhere); every other problem is an
    /// error naming the file and field.
    /// </summary>
    public static ChosenCredential? Read(string path, string? profileName, IEnvironment environment)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        JObject root = Parse(path);
        string? name = profileName ?? JsonRead.String(root, "current");
        if (string.IsNullOrEmpty(name))
        {
            throw new SaeConfigurationException("ProfileNotFound", path + " names no current profile; pass -ProfileName or set " + ProfileFiles.CliProfileVariable + ".");
        }

        JObject? profile = FindProfile(root, name!);
        if (profile is null)
        {
            if (profileName != null)
            {
                return null;
            }

            throw new SaeConfigurationException("ProfileNotFound", "The current profile '" + name + "' of " + path + " is not among its profiles.");
        }

        return FromProfile(root, profile, name!, path, environment, new HashSet<string>(StringComparer.Ordinal));
    }

    private static ChosenCredential FromProfile(JObject root, JObject profile, string name, string path, IEnvironment environment, HashSet<string> visited)
    {
        if (!visited.Add(name))
        {
            throw new SaeConfigurationException("ProfileCycle", "Profile '" + name + "' in " + path + " is its own source_profile, through " + string.Join(" -> ", visited) + ".");
        }

        string mode = (JsonRead.String(profile, "mode") ?? "AK").Trim();
        string where = "profile '" + name + "' in " + path;
        string? region = JsonRead.String(profile, "region_id");
        switch (mode.ToUpperInvariant())
        {
            case "AK":
                return new ChosenCredential(new SaeCredential(Required(profile, "access_key_id", where), Required(profile, "access_key_secret", where), null, "aliyun CLI " + where), region);
            case "STSTOKEN":
                return new ChosenCredential(new SaeCredential(Required(profile, "access_key_id", where), Required(profile, "access_key_secret", where), Required(profile, "sts_token", where), "aliyun CLI " + where), region);
            case "RAMROLEARN":
            {
                var keys = new SaeCredential(Required(profile, "access_key_id", where), Required(profile, "access_key_secret", where), null, "aliyun CLI " + where);
                return new ChosenCredential(SharedSources.Get(new RamRoleArnSource(new StaticCredentialSource(keys), Role(profile, "ram_role_arn", where), Sts(profile, environment), "aliyun CLI " + where)), region);
            }

            case "CHAINABLERAMROLEARN":
            {
                string sourceName = Required(profile, "source_profile", where);
                JObject source = FindProfile(root, sourceName) ?? throw new SaeConfigurationException("ProfileNotFound", "The source_profile '" + sourceName + "' of " + where + " is not in the file.");
                ChosenCredential caller = FromProfile(root, source, sourceName, path, environment, visited);
                return new ChosenCredential(SharedSources.Get(new RamRoleArnSource(caller.Source, Role(profile, "ram_role_arn", where), Sts(profile, environment), "aliyun CLI " + where)), region ?? caller.RegionId);
            }

            case "ECSRAMROLE":
                return new ChosenCredential(SharedSources.Get(new EcsRamRoleSource(JsonRead.String(profile, "ram_role_name"), MetadataEndpoint(environment), ProfileFiles.IsTrue(environment.Get(SaeEnvironmentVariables.ImdsV1Disabled)), "aliyun CLI " + where)), region);
            case "OIDC":
                return new ChosenCredential(SharedSources.Get(new OidcRoleSource(Role(profile, "ram_role_arn", where), Required(profile, "oidc_provider_arn", where), Required(profile, "oidc_token_file", where),
                    Sts(profile, environment), "aliyun CLI " + where)), region);
            default:
                throw new SaeConfigurationException("UnknownProfileMode", "The mode '" + mode + "' of " + where + " is not one the aliyun CLI knows (AK, StsToken, RamRoleArn, EcsRamRole, ChainableRamRoleArn, OIDC).");
        }
    }

    private static RoleRequest Role(JObject profile, string arnField, string where) =>
        new RoleRequest(Required(profile, arnField, where), JsonRead.String(profile, "ram_session_name"), JsonRead.Int(profile, "expired_seconds"), JsonRead.String(profile, "policy"));

    private static StsClient Sts(JObject profile, IEnvironment environment) =>
        new StsClient(StsEndpoint.Resolve(environment, JsonRead.String(profile, "sts_endpoint"), JsonRead.String(profile, "sts_region")));

    internal static Uri MetadataEndpoint(IEnvironment environment) =>
        environment.Get(EcsRamRoleSource.EndpointVariable) is string endpoint && Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) ? uri : EcsRamRoleSource.DefaultEndpoint;

    private static JObject Parse(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw new SaeConfigurationException("ProfileFileUnreadable", "The aliyun CLI's configuration file " + path + " could not be read: " + ex.Message);
        }

        try
        {
            return JsonRead.Parse(text) as JObject ?? throw new SaeConfigurationException("ProfileFileMalformed", path + " is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new SaeConfigurationException("ProfileFileMalformed", path + " is not valid JSON: " + ex.Message);
        }
    }

    private static JObject? FindProfile(JObject root, string name)
    {
        if (JsonRead.Child(root, "profiles") is JArray profiles)
        {
            foreach (JToken candidate in profiles)
            {
                if (candidate is JObject profile && string.Equals(JsonRead.String(profile, "name"), name, StringComparison.Ordinal))
                {
                    return profile;
                }
            }
        }

        return null;
    }

    private static string Required(JObject profile, string field, string where)
    {
        string? value = JsonRead.String(profile, field);
        if (string.IsNullOrEmpty(value))
        {
            throw new SaeConfigurationException("ProfileIncomplete", "The field '" + field + "' of " + where + " is missing or empty.");
        }

        return value!;
    }
}
