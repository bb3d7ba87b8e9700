namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeConfigMap: one config map by its (long) ConfigMapId.</summary>
internal sealed partial class DescribeConfigMapApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        long id = call.RequiredLong("ConfigMapId");
        return Answer(ConfigMapDescription.Describe(call.World.FindConfigMap(id) ?? throw new SaeException(SaeErrors.ConfigMapNotFound(id))));
    }
}
