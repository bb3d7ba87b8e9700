using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Specs;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Planning;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour: each spec
// planned against its live application (one listing per namespace, one configuration read per application), and
// each difference written.
public sealed partial class CompareSaeApplicationCommand
{
    private SpecWorld? _world;

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        _world ??= new SpecWorld(Client);
        foreach ((SaeApplicationSpec? spec, SaeConfigurationException? error, object input) in SpecInputs.Read(this, Spec!))
        {
            if (spec is null)
            {
                WriteError(ErrorRecordFactory.FromException(error!, input));
                continue;
            }

            string namespaceId = NamespaceId ?? spec.NamespaceId;
            if (!TryLocate(namespaceId, RegionId, input, out ServiceLocation location))
            {
                continue;
            }

            try
            {
                (SpecPlan plan, LiveNamespace _) = Await(_world.PlanAsync(spec, namespaceId, location, new System.Collections.Generic.Dictionary<string, object?>(), CancellationToken));
                WriteVerbose("Application " + spec.AppName + " in " + namespaceId + ": " + plan.Differences.Count + " difference(s).");
                WriteObject(plan.Differences, true);
            }
            catch (SaeException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, input, "Could not compare application " + spec.AppName + " in " + namespaceId));
            }
        }
    }
}
