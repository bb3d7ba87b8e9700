using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands.ScalingRules;

/// <summary>
/// Enable- and Disable-SaeScalingRule: the rule read first (the read-back's other half); already so, nothing is sent;
/// else confirmed, switched through Core's never-twice loop, and written.
/// </summary>
internal static class ScalingRuleSwitchVerb
{
    public static void Run(SaeCmdletBase cmdlet, string appId, string? namespaceId, string name, bool enable)
    {
        var finder = new ScalingRuleFinder(cmdlet);
        if (!finder.TryLocate(appId, namespaceId, name, out ServiceLocation location) || finder.ByName(location, appId, namespaceId, name) is not { } current)
        {
            return;
        }

        string what = ScalingRuleFinder.Describe(name, appId, null);
        if (current.Enabled == enable)
        {
            cmdlet.WriteVerbose("The " + what + " is already " + (enable ? "enabled" : "disabled") + "; nothing is sent.");
            cmdlet.WriteObject(current);
            return;
        }

        if (cmdlet.ShouldProcess(what, enable ? "Enable" : "Disable")
            && finder.Change((client, token) => ScalingRuleChanges.SwitchAsync(client, location, current, enable, token), name, "Could not " + (enable ? "enable " : "disable ") + what) is { } done)
        {
            cmdlet.WriteObject(done);
        }
    }
}
