using System;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Credentials
{
    /// <summary>
    /// The aliyun CLI's ~/.aliyun/config.json (reference §8.3): <c>current</c> and <c>profiles</c>, each with a
    /// <c>mode</c>. AK and StsToken profiles give their keys directly; the modes that need a call to STS or the instance
    /// metadata service are named in a clear error until this module supports them.
    /// </summary>
    internal static class AliyunCliConfig
    {
        /// <summary>
        /// The named profile (or, with <paramref name="profileName"/> null, the file's <c>current</c>). Null when the
        /// file does not exist or has no profile of that name (the caller may look elsewhere); every other problem is an
        /// error naming the file and field.
        /// </summary>
        public static CliProfile? Read(string path, string? profileName)
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

            string mode = (JsonRead.String(profile, "mode") ?? "AK").Trim();
            string where = "profile '" + name + "' in " + path;
            string? region = JsonRead.String(profile, "region_id");
            switch (mode.ToUpperInvariant())
            {
                case "AK":
                    return new CliProfile(new SaeCredential(Required(profile, "access_key_id", where), Required(profile, "access_key_secret", where), null, "aliyun CLI " + where), region);
                case "STSTOKEN":
                    return new CliProfile(new SaeCredential(Required(profile, "access_key_id", where), Required(profile, "access_key_secret", where), Required(profile, "sts_token", where), "aliyun CLI " + where), region);
                case "RAMROLEARN":
                case "CHAINABLERAMROLEARN":
                case "ECSRAMROLE":
                case "OIDC":
                    throw new SaeConfigurationException("UnsupportedProfileMode",
                        "The mode '" + mode + "' of " + where + " needs a call to STS or the instance metadata service, which this version of SaePowerShell does not make yet. Use an AK or StsToken profile, or the environment variables.");
                default:
                    throw new SaeConfigurationException("UnknownProfileMode", "The mode '" + mode + "' of " + where + " is not one the aliyun CLI knows (AK, StsToken, RamRoleArn, EcsRamRole, ChainableRamRoleArn, OIDC).");
            }
        }

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
                return JToken.Parse(text) as JObject ?? throw new SaeConfigurationException("ProfileFileMalformed", path + " is not a JSON object.");
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
}
