using System.Collections.Generic;
using SaePowerShell.Commands.ConfigMaps;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class NewSaeConfigMapCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = ConfigMapFinder.For(this);
        IReadOnlyDictionary<string, string>? data = ConfigMapInput.DataOf(Data!, out string? problem);
        if (data is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidConfigMapData", problem!, Data));
            return;
        }

        if (!finder.TryLocate(NamespaceId, Name!, out ServiceLocation location)
            || !ShouldProcess("config map '" + Name + "' in " + NamespaceId + " (" + data.Count + " keys)", "Create"))
        {
            return;
        }

        if (finder.Change((client, token) => ConfigMapChanges.CreateAsync(client, location, NamespaceId!, Name!, data, Description, token), Name!, "Could not create config map '" + Name + "' in " + NamespaceId) is { } done)
        {
            WriteObject(done);
        }
    }
}
