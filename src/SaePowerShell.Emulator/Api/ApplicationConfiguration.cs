using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SaePowerShell.Emulator.Surface;
using SaePowerShell.Emulator.World;
using SurfaceField = SaePowerShell.Surface.SurfaceField;
using SurfaceOperation = SaePowerShell.Surface.SurfaceOperation;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The part of an application's configuration the emulator only keeps and answers (probes, mounts, start commands,
/// log collection, the vSwitch, …): every field of DescribeApplicationConfig's Data that is not kept elsewhere,
/// driven by the surface file, so a field the SDK adds is kept without a line here. CreateApplication and
/// DeployApplication set a field from the request parameter of the same name (or the name with <c>Svc</c>, as
/// PvtzDiscoverySvc answers as PvtzDiscovery), turned into the answered type: a JSON-string parameter answered as a
/// string stays the very string sent, one answered as an array or a map is parsed (its members under the declared
/// names). A deploy changes what it is given and keeps the rest.
/// </summary>
internal static class ApplicationConfiguration
{
    /// <summary>The fields the application, its settings, its version or the world answer, not this bag.</summary>
    private static readonly HashSet<string> KeptElsewhere = new(StringComparer.Ordinal)
    {
        "AppId", "AppName", "AppDescription", "NamespaceId", "RegionId", "VpcId", "ResourceType", "Tags", "ClusterId", "DeploymentName",
        "Replicas", "Cpu", "Memory", "Envs", "Timezone", "MinReadyInstances", "MinReadyInstanceRatio", "BatchWaitTime", "UpdateStrategy",
        "PackageType", "ImageUrl", "PackageUrl", "PackageVersion",
    };

    /// <summary>SAE's documented defaults, where one is not simply empty, false or 0.</summary>
    private static readonly Dictionary<string, JsonElement> Defaults = new(StringComparer.Ordinal)
    {
        ["VSwitchId"] = JsonSerializer.SerializeToElement(SaeNamespace.EmulatedVSwitchId),
        ["SecurityGroupId"] = JsonSerializer.SerializeToElement(SaeNamespace.EmulatedSecurityGroupId),
        ["ProgrammingLanguage"] = JsonSerializer.SerializeToElement("java"),
        ["TerminationGracePeriodSeconds"] = JsonSerializer.SerializeToElement(30),
        ["DiskSize"] = JsonSerializer.SerializeToElement(20),
        ["MicroRegistration"] = JsonSerializer.SerializeToElement("0"),
        ["EnableCpuBurst"] = JsonSerializer.SerializeToElement("false"),
        ["EnableAhas"] = JsonSerializer.SerializeToElement("false"),
    };

    private static readonly Lazy<IReadOnlyList<SurfaceField>> AllFields = new(() =>
        ApiSurface.Official.Document["DescribeApplicationConfig"].ResponseField("Data")!.Fields);

    private static readonly Lazy<IReadOnlyDictionary<string, SurfaceField>> Kept = new(() =>
        AllFields.Value.Where(f => !KeptElsewhere.Contains(f.Name)).ToDictionary(f => f.Name, StringComparer.Ordinal));

    /// <summary>Every field of DescribeApplicationConfig's Data, in the surface's order.</summary>
    public static IReadOnlyList<SurfaceField> Fields => AllFields.Value;

    /// <summary>The names of the fields this bag keeps (a seed's <c>config</c> may set these).</summary>
    public static IReadOnlyCollection<string> KeptFields => Kept.Value.Keys.ToList();

    public static bool Keeps(string field) => Kept.Value.ContainsKey(field);

    /// <summary>
    /// <paramref name="current"/> with what the call of <paramref name="api"/> gives: each kept field whose request
    /// parameter the API declares and the call sends. A value that is not what its answered type needs is
    /// InvalidParameter.WithMessage naming the parameter, before anything changes.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonElement> Read(SaeCall call, string api, IReadOnlyDictionary<string, JsonElement> current)
    {
        SurfaceOperation operation = ApiSurface.Official.Document[api];
        var result = new Dictionary<string, JsonElement>(current, StringComparer.Ordinal);
        foreach (SurfaceField field in Kept.Value.Values)
        {
            string? parameter = new[] { field.Name, field.Name + "Svc" }.FirstOrDefault(name => operation.Parameter(name) is not null && call.Optional(name) is not null);
            if (parameter is not null)
            {
                result[field.Name] = Convert(call, parameter, operation.Parameter(parameter)!.Type, field);
            }
        }

        return result;
    }

    /// <summary>An application's settings with one kept field set to a text (UpdateAppSecurityGroup, UpdateApplicationVswitches).</summary>
    public static AppSettings With(AppSettings settings, string field, string value) => settings with
    {
        Configuration = new Dictionary<string, JsonElement>(settings.Configuration, StringComparer.Ordinal) { [field] = JsonSerializer.SerializeToElement(value) },
    };

    /// <summary>The answered value of a kept field: the application's own, else SAE's default for it.</summary>
    public static JsonElement Answer(IReadOnlyDictionary<string, JsonElement> configuration, string field) =>
        configuration.TryGetValue(field, out JsonElement value) ? value : Default(Kept.Value[field]);

    /// <summary>A seed's value for a kept field, checked against its answered type (null when it does not fit).</summary>
    public static string? Mismatch(string field, JsonElement value)
    {
        if (!Kept.Value.TryGetValue(field, out SurfaceField? declared))
        {
            return $"'{field}' is not a configuration field the emulator keeps ({string.Join(", ", KeptFields)})";
        }

        bool fits = declared.Type switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" or "long" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "array<object>" => value.ValueKind == JsonValueKind.Array,
            _ => value.ValueKind == JsonValueKind.Object,
        };
        return fits ? null : $"'{field}' is answered as {declared.Type}, and the seed gives a {value.ValueKind}";
    }

    /// <summary>SAE's default for a field: the documented one, else empty, false or 0 by its type (job templates too).</summary>
    internal static JsonElement Default(SurfaceField field) =>
        Defaults.TryGetValue(field.Name, out JsonElement value) ? value : field.Type switch
        {
            "string" => JsonSerializer.SerializeToElement(""),
            "integer" or "long" => JsonSerializer.SerializeToElement(0),
            "boolean" => JsonSerializer.SerializeToElement(false),
            "array<object>" => JsonSerializer.SerializeToElement(Array.Empty<object>()),
            _ => JsonSerializer.SerializeToElement(new Dictionary<string, string>()),
        };

    /// <summary>A request parameter turned into the answered type of <paramref name="field"/> (job templates too).</summary>
    internal static JsonElement Convert(SaeCall call, string parameter, string parameterType, SurfaceField field)
    {
        string text = call.Optional(parameter)!;
        switch (field.Type)
        {
            case "string":
                // A boolean parameter answered as a string (EnableCpuBurst) reads as SAE writes booleans.
                return JsonSerializer.SerializeToElement(parameterType == "boolean" ? call.OptionalBool(parameter, false) ? "true" : "false" : text);
            case "boolean":
                return JsonSerializer.SerializeToElement(call.OptionalBool(parameter, false));
            case "integer":
                return JsonSerializer.SerializeToElement(field.Name == "TerminationGracePeriodSeconds"
                    ? call.OptionalInt(parameter, 30, 1, 300)
                    : call.OptionalInt(parameter, 0, int.MinValue, int.MaxValue));
            case "array<object>":
                return JsonSerializer.SerializeToElement(ParseArray(parameter, text, field));
            default:
                return JsonSerializer.SerializeToElement(ParseMap(parameter, text));
        }
    }

    /// <summary>
    /// A JSON array of objects (a single object, as RaspConfig is sent, is one element); blank is empty. Each member
    /// is put under its declared name (matched ignoring case, as the SDK's request and answer spell them differently)
    /// with its declared type; undeclared members are dropped, as SAE answers only its model.
    /// </summary>
    private static JsonArray ParseArray(string parameter, string text, SurfaceField field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        JsonNode? parsed = Parse(parameter, text, "a JSON array of objects");
        JsonArray items = parsed switch
        {
            JsonArray array => array,
            JsonObject single => [single.DeepClone()],
            _ => throw NotJson(parameter, "a JSON array of objects"),
        };
        var result = new JsonArray();
        foreach (JsonNode? item in items)
        {
            result.Add(item is JsonObject member ? Shape(parameter, member, field.Fields) : throw NotJson(parameter, "a JSON array of objects"));
        }

        return result;
    }

    private static JsonObject Shape(string parameter, JsonObject value, IReadOnlyList<SurfaceField> fields)
    {
        var result = new JsonObject();
        foreach ((string name, JsonNode? member) in value)
        {
            SurfaceField? declared = fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (declared is not null && member is not null)
            {
                result[declared.Name] = Typed(parameter, member, declared);
            }
        }

        return result;
    }

    private static JsonNode Typed(string parameter, JsonNode value, SurfaceField field)
    {
        string text = value is JsonValue v && v.TryGetValue(out string? s) ? s : value.ToJsonString();
        switch (field.Type)
        {
            case "string":
                return JsonValue.Create(text);
            case "integer" or "long":
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)
                    ? JsonValue.Create(number)
                    : throw NotJson(parameter, $"{field.Name} a whole number");
            case "boolean":
                return bool.TryParse(text, out bool flag) ? JsonValue.Create(flag) : throw NotJson(parameter, $"{field.Name} true or false");
            case "array<object>":
                return value is JsonArray array
                    ? new JsonArray(array.Select(i => (JsonNode?)(i is JsonObject o ? Shape(parameter, o, field.Fields) : throw NotJson(parameter, $"{field.Name} an array of objects"))).ToArray())
                    : throw NotJson(parameter, $"{field.Name} an array of objects");
            default:
                return value.DeepClone();
        }
    }

    /// <summary>A JSON object of strings (Labels, ServiceTags); a member that is not a string keeps its JSON text.</summary>
    private static Dictionary<string, string> ParseMap(string parameter, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return Parse(parameter, text, "a JSON object") is JsonObject map
            ? map.ToDictionary(m => m.Key, m => m.Value is JsonValue v && v.TryGetValue(out string? s) ? s : m.Value?.ToJsonString() ?? "", StringComparer.Ordinal)
            : throw NotJson(parameter, "a JSON object");
    }

    private static JsonNode? Parse(string parameter, string text, string what)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw NotJson(parameter, what);
        }
    }

    private static SaeException NotJson(string parameter, string what) =>
        new(SaeErrors.WithMessage(parameter, $"it must be {what}."));
}
