using System.Text.Json;
using System.Text.Json.Serialization;
using SaePowerShell.Emulator.Surface;
using SurfaceField = SaePowerShell.Surface.SurfaceField;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// A Data built field by field from the surface rather than typed at build time: the answers whose fields the emulator
/// keeps by their official names (an application's or job's configuration, a scaling rule's timer and metric). The
/// generated <c>Answer</c> takes one only after <see cref="Checked"/> has held every field, at every depth, to what the
/// surface declares there, so an answer of a field SAE does not declare, or of another kind, fails as loudly as a typed
/// one fails to build.
/// </summary>
[JsonConverter(typeof(FieldAnswerConverter))]
internal sealed class FieldAnswer(IReadOnlyDictionary<string, object?> fields) : IAnswerShape
{
    public IReadOnlyDictionary<string, object?> Fields { get; } = fields;

    /// <summary>This answer, once each of its fields is one the API's Data declares, of its declared kind.</summary>
    internal FieldAnswer Checked(string apiName)
    {
        SurfaceField data = ApiSurface.Official.Document[apiName].ResponseField("Data")
            ?? throw new InvalidOperationException($"{apiName} declares no Data.");
        Check(JsonSerializer.SerializeToElement(Fields, EmulatorJson.Sae), data, apiName + ".Data");
        return this;
    }

    private static void Check(JsonElement value, SurfaceField field, string path)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        string type = field.Type;
        bool fits = type switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" or "long" or "float" or "double" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "object" => value.ValueKind == JsonValueKind.Object,
            _ when type.StartsWith("array<", StringComparison.Ordinal) => value.ValueKind == JsonValueKind.Array,
            _ when type.StartsWith("map<", StringComparison.Ordinal) => value.ValueKind == JsonValueKind.Object,
            _ => true,
        };
        if (!fits)
        {
            throw new InvalidOperationException($"The emulator answered {path} as a JSON {value.ValueKind}; the surface declares it {type}.");
        }

        if (field.Fields.Count == 0)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in value.EnumerateArray())
            {
                CheckMembers(item, field, path + "[]");
            }
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            CheckMembers(value, field, path);
        }
    }

    private static void CheckMembers(JsonElement value, SurfaceField field, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The emulator answered an item of {path} as a JSON {value.ValueKind}; the surface declares objects.");
        }

        foreach (JsonProperty member in value.EnumerateObject())
        {
            SurfaceField declared = field.Field(member.Name)
                ?? throw new InvalidOperationException($"The emulator answered {path}.{member.Name}, which the surface does not declare.");
            Check(member.Value, declared, path + "." + member.Name);
        }
    }

    private sealed class FieldAnswerConverter : JsonConverter<FieldAnswer>
    {
        public override FieldAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("An answer is written, never read.");

        public override void Write(Utf8JsonWriter writer, FieldAnswer value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Fields, options);
    }
}
