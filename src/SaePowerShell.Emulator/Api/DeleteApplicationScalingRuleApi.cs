namespace SaePowerShell.Emulator.Api;

/// <summary>DeleteApplicationScalingRule: by AppId and ScalingRuleName; the rule is gone at once. The answer has no Data.</summary>
internal sealed partial class DeleteApplicationScalingRuleApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        call.World.RemoveScalingRule(ScalingRuleLookup.Find(call));
        return Answer();
    }
}
