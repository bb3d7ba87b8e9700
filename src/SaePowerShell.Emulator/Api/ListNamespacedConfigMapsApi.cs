namespace SaePowerShell.Emulator.Api;

/// <summary>ListNamespacedConfigMaps: every config map of one namespace, oldest first; SAE does not page it.</summary>
internal sealed partial class ListNamespacedConfigMapsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        string namespaceId = call.Required("NamespaceId");
        _ = call.World.FindNamespace(namespaceId) ?? throw new SaeException(SaeErrors.NamespaceNotFound);
        var maps = call.World.ConfigMaps.Where(c => c.NamespaceId == namespaceId).Select(ConfigMapDescription.Describe).ToList();
        return Answer(new() { ConfigMaps = maps });
    }
}
