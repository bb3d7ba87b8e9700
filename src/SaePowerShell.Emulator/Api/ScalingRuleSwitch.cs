using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>Enable and Disable: the rule turned on or off; turning off notes when, and a rule already so is left as it is.</summary>
internal static class ScalingRuleSwitch
{
    public static void Set(SaeCall call, bool enabled)
    {
        SaeScalingRule rule = ScalingRuleLookup.Find(call);
        if (rule.Enabled != enabled)
        {
            call.World.ReplaceScalingRule(rule, rule with
            {
                Enabled = enabled,
                UpdatedAt = call.World.Now,
                LastDisabledAt = enabled ? rule.LastDisabledAt : call.World.Now,
            });
        }
    }
}
