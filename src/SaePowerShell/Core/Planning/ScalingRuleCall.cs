using SaePowerShell.Core.Api;

namespace SaePowerShell.Core.Planning;

/// <summary>What a spec's planned scaling-rule call does.</summary>
internal enum ScalingRuleCallKind
{
    Delete,
    Create,
    Update,
    Enable,
    Disable,
}

/// <summary>One scaling-rule call of a spec's plan: the rule wanted (null for a delete) and the live one (null for a create).</summary>
internal sealed record ScalingRuleCall(ScalingRuleCallKind Kind, SaeScalingRule? Wanted, SaeScalingRule? Live)
{
    public string Name => (Wanted ?? Live)!.Name;

    /// <summary>The API it sends.</summary>
    public string Action => Kind switch
    {
        ScalingRuleCallKind.Delete => SaeApi.DeleteApplicationScalingRule.Action,
        ScalingRuleCallKind.Create => SaeApi.CreateApplicationScalingRule.Action,
        ScalingRuleCallKind.Update => SaeApi.UpdateApplicationScalingRule.Action,
        ScalingRuleCallKind.Enable => SaeApi.EnableApplicationScalingRule.Action,
        _ => SaeApi.DisableApplicationScalingRule.Action,
    };

    public override string ToString() => Action + " (" + Name + ")";
}
