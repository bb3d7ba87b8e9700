namespace SaePowerShell.Emulator.Api;

/// <summary>DisableApplicationScalingRule: by AppId and ScalingRuleName; the rule is disabled and LastDisableTime set (a disabled one stays so). The answer has no Data.</summary>
internal sealed partial class DisableApplicationScalingRuleApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        ScalingRuleSwitch.Set(call, enabled: false);
        return Answer();
    }
}
