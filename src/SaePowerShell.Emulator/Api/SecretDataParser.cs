using System.Text.Json;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// SecretData of CreateSecret and UpdateSecret as the official SDKs send it: the request's SecretData is an object
/// (CreateSecretRequestSecretData, UpdateSecretRequestSecretData) of one string field, SecretData, which the SDK
/// JSON-encodes into the query parameter (the surface's serialization=json, sourceType object). So the parameter is
/// <c>{"SecretData":"{\"k1\":\"djE=\"}"}</c>: that field holds a JSON object whose values are base64 strings (Kubernetes
/// keeps a secret's data so). The bare inner object is refused: no official client sends it. A refusal names the key,
/// never the value.
/// </summary>
internal static class SecretDataParser
{
    public const string DockerConfigKey = ".dockerconfigjson";

    public static IReadOnlyDictionary<string, string> Parse(string text, string type)
    {
        var data = new SortedDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using JsonDocument document = JsonDocument.Parse(Unwrap(text));
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

    /// <summary>The SDK's wrapper object, {"SecretData":"…"}, and the JSON text in its one field.</summary>
    private static string Unwrap(string text)
    {
        try
        {
            using JsonDocument wrapper = JsonDocument.Parse(text);
            JsonElement root = wrapper.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1
                && root.TryGetProperty("SecretData", out JsonElement inner) && inner.ValueKind == JsonValueKind.String)
            {
                return inner.GetString()!;
            }
        }
        catch (JsonException)
        {
        }

        throw Refused("it must be the SDK's SecretData object, {\"SecretData\":\"<a JSON object of base64 strings>\"}, e.g. {\"SecretData\":\"{\\\"k1\\\":\\\"djE=\\\"}\"}.");
    }

    private static bool IsBase64(string value)
    {
        Span<byte> buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out _);
    }

    private static SaeException Refused(string reason) => new(SaeErrors.WithMessage("SecretData", reason));
}
