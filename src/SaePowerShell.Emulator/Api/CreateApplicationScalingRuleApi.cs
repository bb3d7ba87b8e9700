using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// CreateApplicationScalingRule: AppId, ScalingRuleName and ScalingRuleType in the query, with the ScalingRuleTimer
/// and ScalingRuleMetric JSON strings the type needs. A name is unique on its application. Answers the new rule.
/// </summary>
internal sealed partial class CreateApplicationScalingRuleApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        string name = ScalingRuleSettings.Name(call);
        string type = ScalingRuleSettings.Type(call.Required("ScalingRuleType"));
        (ScalingTimer? timer, ScalingMetric? metric) = ScalingRuleSettings.Parts(call, type, null);
        AppSettings minReady = ApplicationCall.MinReady(call, app.Settings);
        if (call.World.FindScalingRule(app.AppId, name) is not null)
        {
            throw new SaeException(SaeErrors.WithMessage("ScalingRuleName", $"the application {app.AppId} already has a scaling rule named {name}."));
        }

        var rule = new SaeScalingRule(app.AppId, name, type, timer, metric, call.OptionalBool("ScalingRuleEnable", true),
            call.OptionalBool("EnableIdle", false), minReady.MinReadyInstances, minReady.MinReadyInstanceRatio, call.World.Now);
        call.World.AddScalingRule(rule);
        return AnswerFields(ScalingRuleDescription.Of(rule, app, ScalingRuleDescription.Shape.Changed));
    }
}
