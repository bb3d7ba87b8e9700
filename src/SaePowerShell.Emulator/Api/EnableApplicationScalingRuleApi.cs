namespace SaePowerShell.Emulator.Api;

/// <summary>EnableApplicationScalingRule: by AppId and ScalingRuleName; the rule is enabled (an enabled one stays so). The answer has no Data.</summary>
internal sealed partial class EnableApplicationScalingRuleApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        ScalingRuleSwitch.Set(call, enabled: true);
        return Answer();
    }
}
