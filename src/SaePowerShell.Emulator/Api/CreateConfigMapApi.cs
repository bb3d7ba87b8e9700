using System.Text.Json;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// CreateConfigMap: Name, NamespaceId and Description in the query, Data in the JSON body as a string holding a JSON
/// object (the SDK sends <c>{"Data":"{\"k\":\"v\"}"}</c>). Answers the new ConfigMapId.
/// </summary>
internal sealed partial class CreateConfigMapApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        string name = call.Required("Name");
        string namespaceId = call.Required("NamespaceId");
        _ = world.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        JsonElement data = ParseData(call.Required("Data"));
        if (world.ConfigMaps.Any(c => c.NamespaceId == namespaceId && c.Name == name))
        {
            // Config maps are Kubernetes objects underneath: a name is unique in its namespace.
            throw new SaeException(SaeErrors.WithMessage("Name", $"the namespace {namespaceId} already has a config map named {name}."));
        }

        SaeConfigMap map = world.AddConfigMap(name, namespaceId, call.Optional("Description") ?? "", data);
        return Answer(new() { ConfigMapId = map.ConfigMapId });
    }

    internal static JsonElement ParseData(string text)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.Clone();
            }
        }
        catch (JsonException)
        {
        }

        throw new SaeException(SaeErrors.WithMessage("Data", "it must be a JSON object, e.g. {\"k1\":\"v1\"}."));
    }
}
