using System.Linq;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.ScalingRules;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeScalingRuleCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        WildcardPattern? pattern = null;
        if (Name != null && (pattern = PatternInput.Parse(Name, out string? problem)) is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidScalingRuleNamePattern", problem!, Name));
            return;
        }

        var finder = new ScalingRuleFinder(this);
        EachApplication.Read(this, AppId, NamespaceId, (appId, location) =>
        {
            if (finder.List(location, appId, NamespaceId) is not { } all)
            {
                return;
            }

            var matched = all.Where(rule => pattern is null || pattern.IsMatch(rule.Name)).ToList();
            if (Name != null && !WildcardPattern.ContainsWildcardCharacters(Name) && matched.Count == 0)
            {
                WriteError(ErrorRecordFactory.NotFound("InvalidScalingRuleName.NotFound",
                    "Application " + appId + " has no scaling rule named '" + Name + "'." + (all.Count == 0 ? " It has none." : " It has: " + string.Join(", ", all.Select(r => r.Name)) + "."), Name));
            }

            foreach (SaeScalingRule rule in matched)
            {
                rule.AppName = EachApplication.NameOfOne(AppId, AppName);
                WriteObject(rule);
            }
        });
    }
}
