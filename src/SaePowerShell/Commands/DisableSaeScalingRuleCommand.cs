using SaePowerShell.Commands.ScalingRules;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class DisableSaeScalingRuleCommand
{
    /// <inheritdoc />
    internal override void ProcessInput() => ScalingRuleSwitchVerb.Run(this, AppId!, NamespaceId, Name!, enable: false);
}
