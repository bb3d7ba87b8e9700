using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.ScalingRules;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class NewSaeScalingRuleCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new ScalingRuleFinder(this);
        if (ScalingRuleSpec.NameProblem(Name!) is string badName)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidScalingRuleName", badName, Name));
            return;
        }

        ScalingRuleSpec? spec = finder.Given(Name!, Schedule, Period, MinReplicas, MaxReplicas, CpuPercent, MemoryPercent, Qps, ResponseTimeMs, TcpConnections);
        if (spec is null || !finder.Sound(spec, Name!) || !finder.TryLocate(AppId!, NamespaceId, AppId!, out ServiceLocation location)
            || !ShouldProcess(ScalingRuleFinder.Describe(Name!, AppId!, AppName) + " (" + spec.Type + (Disabled ? ", disabled" : string.Empty) + ")", "Create"))
        {
            return;
        }

        if (finder.Change((client, token) => ScalingRuleChanges.CreateAsync(client, location, AppId!, NamespaceId, Name!, spec, !Disabled, token), Name!,
            "Could not create " + ScalingRuleFinder.Describe(Name!, AppId!, AppName)) is { } done)
        {
            done.AppName = AppName;
            WriteObject(done);
        }
    }
}
