using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>DescribeApplicationScalingRules: every rule of the AppId, in creation order, as one page (SAE's request has no paging parameters).</summary>
internal sealed partial class DescribeApplicationScalingRulesApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        SaeApplication app = ApplicationCall.Find(call);
        object[] rules = call.World.ScalingRulesOf(app.AppId)
            .Select(r => (object)ScalingRuleDescription.Of(r, app, ScalingRuleDescription.Shape.Listed)).ToArray();
        return AnswerFields(new Dictionary<string, object?>
        {
            ["ApplicationScalingRules"] = rules,
            ["CurrentPage"] = 1,
            ["PageSize"] = Math.Max(rules.Length, 1),
            ["TotalSize"] = rules.Length,
        });
    }
}
