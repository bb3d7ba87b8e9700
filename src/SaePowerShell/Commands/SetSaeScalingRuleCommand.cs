using SaePowerShell.Commands.ScalingRules;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class SetSaeScalingRuleCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new ScalingRuleFinder(this);
        ScalingRuleSpec? given = finder.Given(Name!, Schedule, Period, MinReplicas, MaxReplicas, CpuPercent, MemoryPercent, Qps, ResponseTimeMs, TcpConnections);
        if (given is null || !finder.TryLocate(AppId!, NamespaceId, Name!, out ServiceLocation location))
        {
            return;
        }

        // The rule before is the read-back's other half (a lost answer took effect only if the old rule differed).
        SaeScalingRule? current = finder.ByName(location, AppId!, NamespaceId, Name!);
        if (current is null)
        {
            return;
        }

        ScalingRuleSpec wanted = ScalingRuleSpec.Of(current).With(given);
        if (!finder.Sound(wanted, Name!))
        {
            return;
        }

        if (wanted.SameAs(current))
        {
            WriteVerbose("The " + ScalingRuleFinder.Describe(current.Name, current.AppId, null) + " is already so; nothing is sent.");
            WriteObject(current);
            return;
        }

        if (ShouldProcess(ScalingRuleFinder.Describe(current.Name, current.AppId, null) + " (" + wanted.Type + ")", "Update")
            && finder.Change((client, token) => ScalingRuleChanges.UpdateAsync(client, location, current, wanted, token), Name!,
                "Could not update " + ScalingRuleFinder.Describe(current.Name, current.AppId, null)) is { } done)
        {
            WriteObject(done);
        }
    }
}
