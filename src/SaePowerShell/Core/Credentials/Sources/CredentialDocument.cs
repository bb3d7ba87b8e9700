using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Credentials.Sts;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Credentials.Sources;

/// <summary>
/// The credentials document the instance metadata service and credentials URIs both answer:
/// <c>{"Code":"Success","AccessKeyId","AccessKeySecret","SecurityToken","Expiration"}</c>.
/// </summary>
internal static class CredentialDocument
{
    /// <summary>The credential in the body, or a configuration error with <paramref name="errorId"/> that says what was wrong.</summary>
    public static SaeCredential Read(string body, string description, string errorId)
    {
        JObject? json;
        try
        {
            json = JsonRead.Parse(body) as JObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is null || !string.Equals(JsonRead.String(json, "Code"), "Success", StringComparison.OrdinalIgnoreCase)
            || !(JsonRead.String(json, "AccessKeyId") is string id) || !(JsonRead.String(json, "AccessKeySecret") is string secret))
        {
            throw new SaeConfigurationException(errorId, description + " did not answer Code Success with an AccessKey.");
        }

        return new SaeCredential(id, secret, JsonRead.String(json, "SecurityToken"), description, StsClient.ParseExpiration(JsonRead.String(json, "Expiration")));
    }
}
