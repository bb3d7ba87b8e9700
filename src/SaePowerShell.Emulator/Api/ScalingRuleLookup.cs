using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>The rule a call names by AppId and ScalingRuleName (Describe, Update, Delete, Enable, Disable): the application first, then its rule.</summary>
internal static class ScalingRuleLookup
{
    public static SaeScalingRule Find(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        string name = call.Required("ScalingRuleName");
        return call.World.FindScalingRule(app.AppId, name) ?? throw new SaeException(SaeErrors.ScalingRuleNotFound(name));
    }
}
