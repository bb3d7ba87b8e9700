using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Core.Api;

/// <summary>
/// A secret's type and data as SAE takes them: each value base64-encoded (as Kubernetes keeps a secret's data; the
/// surface's example and the emulator agree), keys in order so the same data is always the same JSON and a read-back
/// compares like with like. A registry login is SAE's one documented type, kubernetes.io/dockerconfigjson: the one key
/// .dockerconfigjson holding {"auths":{registry:{"username","password","auth": base64(user:password)}}}, base64-encoded.
/// </summary>
internal sealed class SecretPayload
{
    public const string Opaque = "Opaque";
    public const string DockerConfigJson = "kubernetes.io/dockerconfigjson";
    public const string DockerConfigKey = ".dockerconfigjson";

    private SecretPayload(string type, SortedDictionary<string, string> encoded)
    {
        Type = type;
        Encoded = encoded;
    }

    public string Type { get; }

    /// <summary>Each key's value, base64-encoded: what SecretData holds.</summary>
    public IReadOnlyDictionary<string, string> Encoded { get; }

    public IReadOnlyList<string> Keys => Encoded.Keys.ToList();

    /// <summary>An Opaque secret of the plain values given (as UTF-8).</summary>
    public static SecretPayload OfValues(IReadOnlyDictionary<string, string> plain) =>
        new SecretPayload(Opaque, new SortedDictionary<string, string>(plain.ToDictionary(p => p.Key, p => Base64(p.Value), StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>A registry login, as SAE's console and the surface's example write it.</summary>
    public static SecretPayload OfRegistry(string registry, string userName, string password)
    {
        var login = new JObject
        {
            ["username"] = userName,
            ["password"] = password,
            ["auth"] = Base64(userName + ":" + password),
        };
        string config = new JObject { ["auths"] = new JObject { [registry] = login } }.ToString(Formatting.None);
        return new SecretPayload(DockerConfigJson, new SortedDictionary<string, string>(StringComparer.Ordinal) { [DockerConfigKey] = Base64(config) });
    }

    /// <summary>SecretData as the SDK sends it: {"SecretData": the JSON text of the base64 values}.</summary>
    public string Wire => JsonConvert.SerializeObject(new Dictionary<string, string> { ["SecretData"] = JsonConvert.SerializeObject(Encoded, Formatting.None) }, Formatting.None);

    /// <summary>The forms of this data a message must never show: the SecretData text, bare and as sent, and each value.</summary>
    public IReadOnlyList<string> SensitiveForms() =>
        new[] { Wire, JsonConvert.SerializeObject(Encoded, Formatting.None) }.Concat(Encoded.Values).Concat(Encoded.Values.Select(Plain)).ToList();

    /// <summary>A value of SecretData as text (UTF-8), or null when it is not base64.</summary>
    public static string? Decode(string encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Plain(string encoded) => Decode(encoded) ?? string.Empty;

    private static string Base64(string plain) => Convert.ToBase64String(Encoding.UTF8.GetBytes(plain));
}
