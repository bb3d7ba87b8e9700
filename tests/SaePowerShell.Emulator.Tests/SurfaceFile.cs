using System.Text.Json;
using SaePowerShell.Emulator;
using SaePowerShell.Surface;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The surface file as the emulator embeds it (so the tests read the very bytes the gateway checks against), through
/// the one surface reader (src/Surface), and the check that an answer uses only declared response fields with their
/// declared JSON types.
/// </summary>
internal static class SurfaceFile
{
    private static readonly Lazy<SurfaceDocument> Document = new(() =>
    {
        using Stream stream = typeof(EmulatorApp).Assembly.GetManifestResourceStream("sae-api-surface.json")
            ?? throw new InvalidOperationException("The emulator does not embed sae-api-surface.json.");
        using var reader = new StreamReader(stream);
        return SurfaceDocument.Parse(reader.ReadToEnd());
    });

    public static IReadOnlyList<SurfaceOperation> Apis => Document.Value.Apis;

    public static SurfaceOperation Api(string name) => Document.Value[name];

    /// <summary>Asserts that every field of <paramref name="body"/> is declared for the API, at every depth, with its type.</summary>
    public static void AssertConforms(string api, JsonElement body) =>
        CheckObject(api, body, Api(api).ResponseFields);

    private static void CheckObject(string where, JsonElement value, IReadOnlyList<SurfaceField> fields)
    {
        Assert.True(value.ValueKind == JsonValueKind.Object, $"{where} should be an object, is {value.ValueKind}");
        foreach (JsonProperty property in value.EnumerateObject())
        {
            SurfaceField? declared = fields.FirstOrDefault(f => f.Name == property.Name);
            Assert.True(declared is not null, $"{where}.{property.Name} is not a declared response field");
            CheckValue($"{where}.{property.Name}", property.Value, declared!);
        }
    }

    private static void CheckValue(string where, JsonElement value, SurfaceField field)
    {
        string type = field.Type;
        if (value.ValueKind == JsonValueKind.Null || type == "any")
        {
            return;
        }

        switch (type)
        {
            case "string":
                Assert.True(value.ValueKind == JsonValueKind.String, $"{where} is declared string, is {value.ValueKind}");
                break;
            case "integer":
                Assert.True(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _), $"{where} is declared integer, is {value}");
                break;
            case "long":
                Assert.True(value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _), $"{where} is declared long, is {value}");
                break;
            case "boolean":
                Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{where} is declared boolean, is {value.ValueKind}");
                break;
            case "object":
                CheckObject(where, value, field.Fields);
                break;
            case "array<object>":
                Assert.True(value.ValueKind == JsonValueKind.Array, $"{where} is declared an array, is {value.ValueKind}");
                foreach (JsonElement item in value.EnumerateArray())
                {
                    CheckObject(where + "[]", item, field.Fields);
                }

                break;
            case "array<string>":
                Assert.True(value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String), $"{where} is declared array<string>, is {value}");
                break;
            default:
                Assert.True(!type.StartsWith("map<", StringComparison.Ordinal) || value.ValueKind == JsonValueKind.Object, $"{where} is declared {type}, is {value.ValueKind}");
                break;
        }
    }
}
