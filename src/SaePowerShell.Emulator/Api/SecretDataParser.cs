using System.Text.Json;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// SecretData of CreateSecret and UpdateSecret: a query string holding a JSON object whose values are base64 strings
/// (Kubernetes keeps a secret's data so). A refusal names the key, never the value.
/// </summary>
internal static class SecretDataParser
{
    public const string DockerConfigKey = ".dockerconfigjson";

    public static IReadOnlyDictionary<string, string> Parse(string text, string type)
    {
        var data = new SortedDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Refused("it must be a JSON object of base64 strings, e.g. {\"k1\":\"djE=\"}.");
            }

            foreach (JsonProperty p in document.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String || !IsBase64(p.Value.GetString()!))
                {
                    throw Refused($"the value of the key {p.Name} is not a base64 string.");
                }

                data[p.Name] = p.Value.GetString()!;
            }
        }
        catch (JsonException)
        {
            throw Refused("it must be a JSON object of base64 strings, e.g. {\"k1\":\"djE=\"}.");
        }

        if (data.Count == 0)
        {
            throw Refused("it holds no key.");
        }

        if (type == SecretTypes.DockerConfigJson && (data.Count != 1 || !data.ContainsKey(DockerConfigKey)))
        {
            throw Refused($"a {SecretTypes.DockerConfigJson} secret holds the one key {DockerConfigKey}.");
        }

        return data;
    }

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out _);
    }

    private static SaeException Refused(string reason) => new(SaeErrors.WithMessage("SecretData", reason));
}
