using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// GetApplication: one application, by AppId or by AppName in NamespaceId, answered at the top level as Application
/// (SAE's model puts it there, not in Data). Neither is an unknown application: the surface leaves all three optional.
/// ScaleRuleEnabled and ScaleRuleType follow its scaling rules.
/// </summary>
internal sealed partial class GetApplicationApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        SaeApplication? app = call.Optional("AppId") is { Length: > 0 } appId
            ? world.FindApplication(appId)
            : call.Optional("AppName") is { Length: > 0 } name && call.Optional("NamespaceId") is { Length: > 0 } namespaceId
                ? world.ApplicationsIn(namespaceId).FirstOrDefault(a => a.AppName == name)
                : null;
        if (app is null)
        {
            throw new SaeException(SaeErrors.AppIdNotFound);
        }

        // SAE shows whether the application scales by a rule, and of which type: the enabled one's, else the first's.
        SaeScalingRule[] rules = [.. world.ScalingRulesOf(app.AppId)];
        SaeScalingRule? shown = rules.FirstOrDefault(r => r.Enabled) ?? rules.FirstOrDefault();
        var application = new GetApplicationApplicationObject
        {
            AppDescription = app.Description,
            AppId = app.AppId,
            AppName = app.AppName,
            BaseAppId = "",
            Cpu = app.Cpu,
            Instances = app.Instances,
            IsStateful = false,
            Mem = app.Mem,
            MseEnabled = false,
            MseNamespaceId = "",
            NamespaceId = app.NamespaceId,
            ProgrammingLanguage = ApplicationConfiguration.Answer(app.Settings.Configuration, "ProgrammingLanguage").GetString() ?? "java",
            RunningInstances = app.RunningInstances,
            ScaleRuleEnabled = rules.Any(r => r.Enabled) ? "true" : "false",
            ScaleRuleType = shown?.Type ?? "",
        };
        return Answer(application: application);
    }
}
