using SaePowerShell.Commands.ConfigMaps;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeConfigMapCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = ConfigMapFinder.For(this);
        if (ParameterSetName == "Id")
        {
            if (finder.TryLocate(NamespaceId, ConfigMapId!, out ServiceLocation byId) && finder.ById(byId, ConfigMapId!.Value, NamespaceId) is SaeConfigMap one)
            {
                WriteObject(one);
            }

            return;
        }

        foreach (SaeConfigMap map in finder.Matching(NamespaceId!, Name) ?? System.Array.Empty<SaeConfigMap>())
        {
            WriteObject(map);
        }
    }
}
