namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeApplicationScalingRule: one rule by AppId and ScalingRuleName, with its min-ready settings, step rules and metric status.</summary>
internal sealed partial class DescribeApplicationScalingRuleApi : ISaeApi
{
    public SaeResult Handle(SaeCall call) =>
        AnswerFields(ScalingRuleDescription.Of(ScalingRuleLookup.Find(call), ApplicationCall.Find(call), ScalingRuleDescription.Shape.Described));
}
