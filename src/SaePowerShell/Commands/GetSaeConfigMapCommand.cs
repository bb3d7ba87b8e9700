using System.Management.Automation;
using SaePowerShell.Commands.ConfigMaps;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeConfigMapCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new ConfigMapFinder(this);
        if (ParameterSetName == "Id")
        {
            if (finder.TryLocate(NamespaceId, ConfigMapId!, out ServiceLocation byId) && finder.ById(byId, ConfigMapId!.Value, NamespaceId) is SaeConfigMap one)
            {
                WriteObject(one);
            }

            return;
        }

        WildcardPattern? pattern = null;
        if (Name != null && (pattern = PatternInput.Parse(Name, out string? problem)) is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidConfigMapNamePattern", problem!, Name));
            return;
        }

        if (!finder.TryLocate(NamespaceId, NamespaceId!, out ServiceLocation location) || finder.List(location, NamespaceId!) is not { } maps)
        {
            return;
        }

        bool matched = false;
        foreach (SaeConfigMap map in maps)
        {
            if (pattern is null || pattern.IsMatch(map.Name))
            {
                matched = true;
                WriteObject(map);
            }
        }

        if (Name != null && !WildcardPattern.ContainsWildcardCharacters(Name) && !matched)
        {
            WriteError(ConfigMapFinder.NotFound(NamespaceId!, Name, maps));
        }
    }
}
