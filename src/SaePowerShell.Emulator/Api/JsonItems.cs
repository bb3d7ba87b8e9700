using System.Text.Json;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The JSON-string parameters that hold objects: the listener lists of BindSlb (Internet, Intranet:
/// <c>[{"port":80,"targetPort":8080,"protocol":"TCP"}]</c>) and BindNlb (Listeners), an ingress's Rules and
/// DefaultRule (<c>{"appId":"…","containerPort":8080}</c>). Keys are matched without regard to case, as SAE's Java side
/// reads them. Each refusal names the parameter and says why.
/// </summary>
internal sealed class JsonItems
{
    private readonly string _parameter;
    private readonly string _noun;
    private readonly Dictionary<string, JsonElement> _fields;

    private JsonItems(string parameter, string noun, Dictionary<string, JsonElement> fields)
    {
        _parameter = parameter;
        _noun = noun;
        _fields = fields;
    }

    /// <summary>The one object in <paramref name="text"/> (an ingress's DefaultRule), limited to <paramref name="keys"/>.</summary>
    public static JsonItems ParseObject(string parameter, string text, string noun, params string[] keys)
    {
        JsonElement root = Root(parameter, text);
        return root.ValueKind == JsonValueKind.Object
            ? Item(parameter, noun, root, keys)
            : throw new SaeException(SaeErrors.WithMessage(parameter, $"it must be a JSON {noun} object."));
    }

    /// <summary>
    /// The objects of the array in <paramref name="text"/>, each limited to <paramref name="keys"/>: not JSON, not an
    /// array of objects, empty, or a key the emulator does not know (so nothing is silently dropped) is refused.
    /// </summary>
    public static IReadOnlyList<JsonItems> Parse(string parameter, string text, string noun, params string[] keys) =>
        Parse(parameter, text, noun, allowEmpty: false, keys);

    /// <summary>As <see cref="Parse(string, string, string, string[])"/>; with <paramref name="allowEmpty"/> an empty array is taken.</summary>
    public static IReadOnlyList<JsonItems> Parse(string parameter, string text, string noun, bool allowEmpty, params string[] keys)
    {
        JsonElement root = Root(parameter, text);
        if (root.ValueKind != JsonValueKind.Array || (!allowEmpty && root.GetArrayLength() == 0) || root.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
        {
            throw new SaeException(SaeErrors.WithMessage(parameter, $"it must be a JSON array of {(allowEmpty ? "" : "one or more ")}{noun} objects."));
        }

        return root.EnumerateArray().Select(item => Item(parameter, noun, item, keys)).ToList();
    }

    private static JsonElement Root(string parameter, string text)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new SaeException(SaeErrors.WithMessage(parameter, "it is not JSON."));
        }
    }

    private static JsonItems Item(string parameter, string noun, JsonElement item, string[] keys)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty property in item.EnumerateObject())
        {
            string? key = keys.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
            if (key is null || !fields.TryAdd(key, property.Value))
            {
                throw new SaeException(SaeErrors.WithMessage(parameter, $"'{property.Name}' is not a {noun} field the emulator takes ({string.Join(", ", keys)}), or is given twice."));
            }
        }

        return new JsonItems(parameter, noun, fields);
    }

    /// <summary>A required port, 1 to 65535, as a JSON number or a string of digits.</summary>
    public int Port(string key)
    {
        if (_fields.TryGetValue(key, out JsonElement value))
        {
            string text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int port) && port is >= 1 and <= 65535)
            {
                return port;
            }
        }

        throw new SaeException(SaeErrors.WithMessage(_parameter, $"every {_noun} needs {key}, a port from 1 to 65535."));
    }

    /// <summary>A required protocol, one of <paramref name="allowed"/> (spelled as SAE answers it; any case is taken).</summary>
    public string Protocol(string key, params string[] allowed)
    {
        string? protocol = allowed.FirstOrDefault(p => string.Equals(p, Text(key), StringComparison.OrdinalIgnoreCase));
        return protocol ?? throw new SaeException(SaeErrors.WithMessage(_parameter, $"every {_noun} needs {key}, one of {string.Join(", ", allowed)}."));
    }

    /// <summary>Whether the field is there.</summary>
    public bool Has(string key) => _fields.ContainsKey(key);

    /// <summary>An optional string field; absent is empty.</summary>
    public string Text(string key) =>
        _fields.TryGetValue(key, out JsonElement value) ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText() : "";

    /// <summary>Refuses a list that has a port twice (SAE cannot put two listeners on one port of one load balancer).</summary>
    public static void EnsureDistinct(string parameter, IEnumerable<int> ports)
    {
        int? twice = ports.GroupBy(p => p).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (twice is not null)
        {
            throw new SaeException(SaeErrors.WithMessage(parameter, $"the port {twice} is given twice."));
        }
    }

    /// <summary>ZoneMappings, when given: a JSON list of objects with a VSwitchId each. The emulator has one zone and keeps no mapping (BindNlb, CreateIngress).</summary>
    public static void CheckZoneMappings(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.EnumerateArray().All(m =>
                m.ValueKind == JsonValueKind.Object && m.EnumerateObject().Any(p => p.Name.Equals("VSwitchId", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String)))
            {
                return;
            }
        }
        catch (JsonException)
        {
        }

        throw new SaeException(SaeErrors.WithMessage("ZoneMappings", "it must be a JSON array of objects with a VSwitchId each."));
    }
}
