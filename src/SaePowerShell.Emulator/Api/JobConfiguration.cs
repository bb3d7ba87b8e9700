using System.Text.Json;
using SaePowerShell.Emulator.Surface;
using SaePowerShell.Emulator.World;
using SurfaceField = SaePowerShell.Surface.SurfaceField;
using SurfaceOperation = SaePowerShell.Surface.SurfaceOperation;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// What a job template keeps and answers besides its name, size and state: every field of DescribeJob's Data that is
/// not kept elsewhere, driven by the surface file as an application's configuration is (<see cref="ApplicationConfiguration"/>),
/// set by CreateJob and UpdateJob from the parameter of the same name, turned into the answered type.
/// </summary>
internal static class JobConfiguration
{
    /// <summary>The fields the job record or the world answers, not this bag.</summary>
    private static readonly HashSet<string> KeptElsewhere = new(StringComparer.Ordinal)
    {
        "AppId", "AppName", "AppDescription", "NamespaceId", "RegionId", "PackageType", "Replicas", "Cpu", "Memory", "Suspend", "Tags",
        "RefedAppIds", "PublicWebHookUrls", "VpcWebHookUrls",
    };

    /// <summary>SAE's defaults for a job (Kubernetes' for a Job where SAE documents none: concurrency Allow).</summary>
    private static readonly Dictionary<string, JsonElement> Defaults = new(StringComparer.Ordinal)
    {
        ["VpcId"] = JsonSerializer.SerializeToElement(SaeNamespace.EmulatedVpcId),
        ["VSwitchId"] = JsonSerializer.SerializeToElement(SaeNamespace.EmulatedVSwitchId),
        ["SecurityGroupId"] = JsonSerializer.SerializeToElement(SaeNamespace.EmulatedSecurityGroupId),
        ["ProgrammingLanguage"] = JsonSerializer.SerializeToElement("java"),
        ["TerminationGracePeriodSeconds"] = JsonSerializer.SerializeToElement(30),
        ["Timezone"] = JsonSerializer.SerializeToElement("Asia/Shanghai"),
        ["ConcurrencyPolicy"] = JsonSerializer.SerializeToElement("Allow"),
        ["BackoffLimit"] = JsonSerializer.SerializeToElement(3),
        ["Timeout"] = JsonSerializer.SerializeToElement(3600),
        ["Envs"] = JsonSerializer.SerializeToElement("[]"),
    };

    private static readonly Lazy<IReadOnlyDictionary<string, SurfaceField>> Kept = new(() =>
        ApiSurface.Official.Document["DescribeJob"].ResponseField("Data")!.Fields
            .Where(f => !KeptElsewhere.Contains(f.Name))
            .ToDictionary(f => f.Name, StringComparer.Ordinal));

    /// <summary>
    /// <paramref name="current"/> with each kept field whose parameter <paramref name="api"/> declares and the call
    /// sends; a value that does not fit its answered type is InvalidParameter.WithMessage, before anything changes.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonElement> Read(SaeCall call, string api, IReadOnlyDictionary<string, JsonElement> current)
    {
        SurfaceOperation operation = ApiSurface.Official.Document[api];
        var result = new Dictionary<string, JsonElement>(current, StringComparer.Ordinal);
        foreach (SurfaceField field in Kept.Value.Values)
        {
            if (operation.Parameter(field.Name) is { } parameter && call.Optional(field.Name) is not null)
            {
                result[field.Name] = field.Name switch
                {
                    "BackoffLimit" => JsonSerializer.SerializeToElement(call.OptionalInt(field.Name, 3, 0, 100)),
                    "Timeout" => JsonSerializer.SerializeToElement(call.OptionalInt(field.Name, 3600, 1, int.MaxValue)),
                    "ConcurrencyPolicy" => JsonSerializer.SerializeToElement(call.OptionalChoice(field.Name, "Allow", "Forbid", "Allow", "Replace")),
                    "CommandArgs" or "SliceEnvs" => JsonArrayText(call, field.Name),
                    "TriggerConfig" => JsonObjectText(call, field.Name),
                    _ => ApplicationConfiguration.Convert(call, field.Name, parameter.Type, field),
                };
            }
        }

        return result;
    }

    /// <summary>The answered value of a kept field: the job's own, else SAE's default for it.</summary>
    public static JsonElement Answer(IReadOnlyDictionary<string, JsonElement> configuration, string field) =>
        configuration.TryGetValue(field, out JsonElement value) ? value
            : Defaults.TryGetValue(field, out JsonElement fallback) ? fallback
            : ApplicationConfiguration.Default(Kept.Value[field]);

    /// <summary>Every kept field, in the surface's order, with its answered value.</summary>
    public static IEnumerable<KeyValuePair<string, JsonElement>> AnswerAll(IReadOnlyDictionary<string, JsonElement> configuration) =>
        Kept.Value.Keys.Select(name => KeyValuePair.Create(name, Answer(configuration, name)));

    /// <summary>The text of a string field, as kept ("" when absent).</summary>
    public static string Text(IReadOnlyDictionary<string, JsonElement> configuration, string field) =>
        Answer(configuration, field) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : "";

    private static JsonElement JsonArrayText(SaeCall call, string name)
    {
        string text = call.Optional(name)!;
        if (text.Length > 0 && !IsJson(text, JsonValueKind.Array))
        {
            throw new SaeException(SaeErrors.WithMessage(name, $"'{text}' is not a JSON array, such as [\"a\",\"b\"]."));
        }

        return JsonSerializer.SerializeToElement(text);
    }

    private static JsonElement JsonObjectText(SaeCall call, string name)
    {
        string text = call.Optional(name)!;
        if (text.Length > 0 && !IsJson(text, JsonValueKind.Object))
        {
            throw new SaeException(SaeErrors.WithMessage(name, $"'{text}' is not a JSON object."));
        }

        return JsonSerializer.SerializeToElement(text);
    }

    private static bool IsJson(string text, JsonValueKind kind)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == kind;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
