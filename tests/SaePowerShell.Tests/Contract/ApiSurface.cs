using System.Text.Json;

namespace SaePowerShell.Tests.Contract;

/// <summary>The official SAE API surface (data/sae-api-surface.json, from Alibaba's generated Go SDK), read for the contract tests.</summary>
internal static class ApiSurface
{
    private static readonly Lazy<IReadOnlyDictionary<string, SurfaceApi>> Lazy = new(Load);

    public static IReadOnlyDictionary<string, SurfaceApi> Apis => Lazy.Value;

    private static IReadOnlyDictionary<string, SurfaceApi> Load()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sae-api-surface.json")));
        var apis = new Dictionary<string, SurfaceApi>(StringComparer.Ordinal);
        foreach (JsonElement api in document.RootElement.GetProperty("apis").EnumerateArray())
        {
            var parameters = api.GetProperty("requestParams").EnumerateArray().Select(p => new SurfaceParameter(
                p.GetProperty("name").GetString()!,
                p.GetProperty("in").GetString()!,
                p.GetProperty("type").GetString()!,
                p.TryGetProperty("required", out JsonElement required) && required.ValueKind == JsonValueKind.True)).ToList();
            apis[api.GetProperty("action").GetString()!] = new SurfaceApi(api.GetProperty("action").GetString()!, api.GetProperty("method").GetString()!, api.GetProperty("path").GetString()!, parameters,
                api.TryGetProperty("reqBodyType", out JsonElement bodyType) ? bodyType.GetString() : null);
        }

        return apis;
    }
}

internal sealed record SurfaceApi(string Action, string Method, string Path, IReadOnlyList<SurfaceParameter> Parameters, string? ReqBodyType = null);

internal sealed record SurfaceParameter(string Name, string In, string Type, bool Required);
