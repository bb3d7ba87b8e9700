using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UpdateAppSecurityGroup: the application's SecurityGroupId replaced at once (DescribeApplicationConfig shows it).
/// No change order (the SDK's answer has no Data); an application with one running is refused, as every change to it is.
/// </summary>
internal sealed partial class UpdateAppSecurityGroupApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        string securityGroupId = NetworkId(call, "SecurityGroupId");
        ApplicationCall.EnsureFree(app);
        app.Settings = ApplicationConfiguration.With(app.Settings, "SecurityGroupId", securityGroupId);
        return Answer();
    }

    /// <summary>A required network resource id: no spaces or control characters, else InvalidParameter.Obviously naming it.</summary>
    internal static string NetworkId(SaeCall call, string name)
    {
        string value = call.Required(name);
        return value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? throw new SaeException(SaeErrors.Obviously(name)) : value;
    }
}
