using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// UpdateApplicationScalingRule: AppId and ScalingRuleName name the rule; ScalingRuleType, ScalingRuleTimer,
/// ScalingRuleMetric, EnableIdle and MinReady* replace what they give, the rest stays. Answers the rule as it is now.
/// </summary>
internal sealed partial class UpdateApplicationScalingRuleApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeScalingRule rule = ScalingRuleLookup.Find(call);
        SaeApplication app = ApplicationCall.Find(call);
        string? typeGiven = call.Optional("ScalingRuleType");
        string type = string.IsNullOrWhiteSpace(typeGiven) ? rule.Type : ScalingRuleSettings.Type(typeGiven);
        (ScalingTimer? timer, ScalingMetric? metric) = ScalingRuleSettings.Parts(call, type, rule);
        AppSettings minReady = ApplicationCall.MinReady(call, app.Settings with { MinReadyInstances = rule.MinReadyInstances, MinReadyInstanceRatio = rule.MinReadyInstanceRatio });
        SaeScalingRule updated = rule with
        {
            Type = type,
            Timer = timer,
            Metric = metric,
            EnableIdle = call.OptionalBool("EnableIdle", rule.EnableIdle),
            MinReadyInstances = minReady.MinReadyInstances,
            MinReadyInstanceRatio = minReady.MinReadyInstanceRatio,
            UpdatedAt = call.World.Now,
        };
        call.World.ReplaceScalingRule(rule, updated);
        return AnswerFields(ScalingRuleDescription.Of(updated, app, ScalingRuleDescription.Shape.Changed));
    }
}
