using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UpdateApplicationVswitches: the application's VSwitchId (one id, or several separated by commas) replaced at once
/// (DescribeApplicationConfig shows it). No change order (the SDK's answer has no Data): with Deploy true a running
/// application's instances are recreated in the new vSwitches at once (new ids and addresses). MinReady* are checked
/// and not kept, as for a rescale. An application with a change order running is refused.
/// </summary>
internal sealed partial class UpdateApplicationVswitchesApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        string vSwitchId = UpdateAppSecurityGroupApi.NetworkId(call, "VSwitchId");
        if (vSwitchId.Split(',').Any(id => id.Length == 0))
        {
            throw new SaeException(SaeErrors.Obviously("VSwitchId"));
        }

        _ = ApplicationCall.MinReady(call, app.Settings);
        bool deploy = call.OptionalBool("Deploy", false);
        ApplicationCall.EnsureFree(app);

        app.Settings = ApplicationConfiguration.With(app.Settings, "VSwitchId", vSwitchId);
        if (deploy)
        {
            call.World.Fleet.Recreate(app, app.CurrentVersion, null, call.World.Now, run: false);
        }

        return Answer();
    }
}
