using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: a
// single-application change whose rollout keeps -MinReadyInstances ready, by count (RescaleApplication) or by size
// (RescaleApplicationVertically).
public sealed partial class ResizeSaeApplicationCommand
{
    private const string ReplicasInputSet = "ReplicasInputObject";
    private const string SpecInputSet = "SpecInputObject";
    private const string SpecIdSet = "SpecAppId";

    private ApplicationChanges? _changes;
    private ReleaseStrategy _strategy = ReleaseStrategy.Default;

    private ApplicationChanges Changes => _changes ??= new ApplicationChanges(this, Build);

    private bool Vertical => ParameterSetName == SpecInputSet || ParameterSetName == SpecIdSet;

    private string ActionText => Vertical ? "Resize to " + Cpu + " millicores and " + Memory + " MB per instance" : "Scale to " + Replicas + " instance(s)";

    /// <inheritdoc />
    protected override void BeginProcessing() => _strategy = Rollout.ReadyInstances(this, MinReadyInstances, MinReadyInstanceRatio);

    /// <inheritdoc />
    internal override void ProcessInput() =>
        Changes.AcceptApplications(ParameterSetName == ReplicasInputSet || ParameterSetName == SpecInputSet, InputObject, AppId, NamespaceId, ActionText);

    /// <inheritdoc />
    internal override void EndInput() =>
        Changes.End(new ChangeRun(ThrottleLimit, ChangeWait.Of(Wait, Timeout, PollIntervalSec), ActionText, Vertical ? "resize the instances of" : "scale", "Scaling SAE applications"));

    private ApplicationChange Build(AcceptedApplication accepted)
    {
        AppTarget target = accepted.Target;
        ReleaseStrategy strategy = _strategy;
        if (Vertical)
        {
            int cpu = Cpu, memory = Memory;
            return new ApplicationChange(ApplicationAction.RescaleVertically, target, location => RescaleApplicationCall.Vertical(location, target, cpu, memory, strategy), accepted.Inputs, accepted.Description);
        }

        int replicas = Replicas;
        return new ApplicationChange(ApplicationAction.Rescale, target, location => RescaleApplicationCall.Horizontal(location, target, replicas, strategy), accepted.Inputs, accepted.Description);
    }
}
