using SaePowerShell.Commands.ConfigMaps;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class RemoveSaeConfigMapCommand
{
    /// <inheritdoc />
    internal override void ProcessInput() =>
        ConfigMapFinder.For(this).Remove(NamespaceId, ParameterSetName == "Name" ? Name : null, ConfigMapId, Force,
            (id, namespaceId) => new SaeConfigMap { ConfigMapId = id, Name = id.ToString(System.Globalization.CultureInfo.InvariantCulture), NamespaceId = namespaceId },
            map => (map.ConfigMapId, map.NamespaceId),
            (location, map) => (client, token) => ConfigMapChanges.DeleteAsync(client, location, map, token));
}
