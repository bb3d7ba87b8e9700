using System.Text.Json;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The listener lists of BindSlb (Internet, Intranet: <c>[{"port":80,"targetPort":8080,"protocol":"TCP"}]</c>) and
/// BindNlb (Listeners: <c>[{"Port":80,"TargetPort":8080,"Protocol":"TCP"}]</c>): a JSON array of objects whose keys
/// are matched without regard to case, as SAE's Java side reads them. Each refusal names the parameter and says why.
/// </summary>
internal sealed class ListenerJson
{
    private readonly string _parameter;
    private readonly Dictionary<string, JsonElement> _fields;

    private ListenerJson(string parameter, Dictionary<string, JsonElement> fields)
    {
        _parameter = parameter;
        _fields = fields;
    }

    /// <summary>
    /// The objects of the array in <paramref name="text"/>, each limited to <paramref name="keys"/>: not JSON, not an
    /// array of objects, empty, or a key the emulator does not know (so nothing is silently dropped) is refused.
    /// </summary>
    public static IReadOnlyList<ListenerJson> Parse(string parameter, string text, params string[] keys)
    {
        JsonElement root;
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new SaeException(SaeErrors.WithMessage(parameter, "it is not JSON."));
        }

        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0 || root.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
        {
            throw new SaeException(SaeErrors.WithMessage(parameter, "it must be a JSON array of one or more listener objects."));
        }

        var listeners = new List<ListenerJson>();
        foreach (JsonElement item in root.EnumerateArray())
        {
            var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            foreach (JsonProperty property in item.EnumerateObject())
            {
                string? key = keys.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                if (key is null || !fields.TryAdd(key, property.Value))
                {
                    throw new SaeException(SaeErrors.WithMessage(parameter, $"'{property.Name}' is not a listener field the emulator takes ({string.Join(", ", keys)}), or is given twice."));
                }
            }

            listeners.Add(new ListenerJson(parameter, fields));
        }

        return listeners;
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

        throw new SaeException(SaeErrors.WithMessage(_parameter, $"every listener needs {key}, a port from 1 to 65535."));
    }

    /// <summary>A required protocol, one of <paramref name="allowed"/> (upper case, as SAE answers it; any case is taken).</summary>
    public string Protocol(string key, params string[] allowed)
    {
        string? protocol = allowed.FirstOrDefault(p => string.Equals(p, Text(key), StringComparison.OrdinalIgnoreCase));
        return protocol ?? throw new SaeException(SaeErrors.WithMessage(_parameter, $"every listener needs {key}, one of {string.Join(", ", allowed)}."));
    }

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
}
