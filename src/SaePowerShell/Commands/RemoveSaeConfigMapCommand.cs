using SaePowerShell.Commands.ConfigMaps;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class RemoveSaeConfigMapCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = ConfigMapFinder.For(this);
        object target = (object?)Name ?? ConfigMapId!;
        if (!finder.TryLocate(NamespaceId, target, out ServiceLocation location))
        {
            return;
        }

        // A config map piped in names its namespace, which a lost answer's look-up lists: then nothing is read first.
        SaeConfigMap? doomed = ParameterSetName == "Name" ? finder.ByName(location, NamespaceId!, Name!)
            : NamespaceId != null ? new SaeConfigMap { ConfigMapId = ConfigMapId!.Value, Name = ConfigMapId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), NamespaceId = NamespaceId }
            : finder.ById(location, ConfigMapId!.Value, null);
        if (doomed != null)
        {
            finder.Delete(doomed, doomed.ConfigMapId, doomed.NamespaceId, target, Force, (client, token) => ConfigMapChanges.DeleteAsync(client, location, doomed, token));
        }
    }
}
