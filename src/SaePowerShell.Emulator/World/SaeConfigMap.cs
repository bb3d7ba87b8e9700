using System.Text.Json;

namespace SaePowerShell.Emulator.World;

/// <summary>A config map (CreateConfigMap, UpdateConfigMap): its Data is the JSON object the client sent, kept as sent.</summary>
internal sealed record SaeConfigMap(long ConfigMapId, string Name, string NamespaceId, string Description, JsonElement Data, DateTimeOffset CreatedAt)
{
    public DateTimeOffset UpdatedAt { get; init; } = CreatedAt;
}
