using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.ConfigMaps;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class SetSaeConfigMapCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = ConfigMapFinder.For(this);
        IReadOnlyDictionary<string, string>? given = null;
        if (Data != null && (given = ConfigMapInput.DataOf(Data, out string? problem)) is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidConfigMapData", problem!, Data));
            return;
        }

        if (given is null && Description is null)
        {
            WriteError(ErrorRecordFactory.Invalid("NothingToSet", "Give -Data or -Description: there is nothing to change.", (object?)Name ?? ConfigMapId));
            return;
        }

        object target = (object?)Name ?? ConfigMapId!;
        if (!finder.TryLocate(NamespaceId, target, out ServiceLocation location))
        {
            return;
        }

        SaeConfigMap? current = ParameterSetName == "Name" ? finder.ByName(location, NamespaceId!, Name!) : finder.ById(location, ConfigMapId!.Value, NamespaceId);
        if (current is null)
        {
            return;
        }

        var wanted = new SortedDictionary<string, string>(Merge ? current.Data.ToDictionary(p => p.Key, p => p.Value) : new Dictionary<string, string>(), System.StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in given ?? current.Data)
        {
            wanted[pair.Key] = pair.Value;
        }

        if (ConfigMapChanges.SameData(current.Data, wanted) && (Description is null || Description == (current.Description ?? string.Empty)))
        {
            WriteVerbose("Config map '" + current.Name + "' already holds what was given; nothing is sent.");
            WriteObject(current);
            return;
        }

        string[] changed = wanted.Keys.Where(k => !current.Data.TryGetValue(k, out string? v) || v != wanted[k]).Concat(current.Data.Keys.Where(k => !wanted.ContainsKey(k))).OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
        if (!ShouldProcess("config map '" + current.Name + "' in " + current.NamespaceId + (changed.Length == 0 ? " (its description)" : " (keys " + string.Join(", ", changed) + ")"), "Update"))
        {
            return;
        }

        if (finder.Change((client, token) => ConfigMapChanges.UpdateAsync(client, location, current, wanted, Description, token), target, "Could not update config map '" + current.Name + "'") is { } done)
        {
            WriteObject(done);
        }
    }
}
