using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UpdateConfigMap: ConfigMapId and Description in the query, Data in the JSON body as a string holding a JSON object,
/// which replaces the data whole. Answers the ConfigMapId (a string, as the surface declares it for this API).
/// </summary>
internal sealed partial class UpdateConfigMapApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        long id = call.RequiredLong("ConfigMapId");
        SaeConfigMap map = call.World.FindConfigMap(id) ?? throw new SaeException(SaeErrors.ConfigMapNotFound(id));
        SaeConfigMap updated = call.World.UpdateConfigMap(map, call.Optional("Description"), CreateConfigMapApi.ParseData(call.Required("Data")));
        return Answer(new() { ConfigMapId = updated.ConfigMapId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}
