using SaePowerShell.Commands.Parts;
using SaePowerShell.Commands.ScalingRules;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class RemoveSaeScalingRuleCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new ScalingRuleFinder(this);
        if (!finder.TryLocate(AppId!, NamespaceId, Name!, out ServiceLocation location))
        {
            return;
        }

        // Every rule call names its application, whose rules a lost answer's look-up lists: nothing is read first.
        var doomed = new SaeScalingRule { AppId = AppId!, Name = Name!, NamespaceId = NamespaceId };
        string what = ScalingRuleFinder.Describe(Name!, AppId!, null);
        if (Confirmation.Ask(this, Force, what, "Delete")
            && finder.Change((client, token) => ScalingRuleChanges.DeleteAsync(client, location, doomed, token), Name!, "Could not delete " + what) != null)
        {
            WriteVerbose("Deleted " + what + ".");
        }
    }
}
