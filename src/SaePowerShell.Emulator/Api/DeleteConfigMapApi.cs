using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DeleteConfigMap: by its (long) ConfigMapId in the query; answers it. A config map no application mounts is deleted at once.</summary>
internal sealed partial class DeleteConfigMapApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        long id = call.RequiredLong("ConfigMapId");
        SaeConfigMap map = call.World.FindConfigMap(id) ?? throw new SaeException(SaeErrors.ConfigMapNotFound(id));
        call.World.RemoveConfigMap(map);
        return Answer(new() { ConfigMapId = map.ConfigMapId });
    }
}
