using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UpdateApplicationDescription: the application's AppDescription replaced at once (ListApplications and
/// DescribeApplicationConfig show it). No change order: the answer has no Data, as the SDK's model has none, and a
/// change order running does not stand in the way of a description.
/// </summary>
internal sealed partial class UpdateApplicationDescriptionApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        app.Description = call.Optional("AppDescription") ?? "";
        return Answer();
    }
}
