using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Tags;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class RemoveSaeResourceTagCommand
{
    private TagTargets? _targets;

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        string[]? keys = All ? null : Key!.Distinct().ToArray();
        if (keys != null && keys.FirstOrDefault(k => string.IsNullOrWhiteSpace(k)) is string blank)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidTagKey", "A key of -Key is empty; give the keys of the tags to remove.", blank));
            return;
        }

        string action = keys is null ? "Remove every tag" : "Remove tags " + string.Join(", ", keys);
        (_targets ??= new TagTargets(this)).Add(ResourceId, NamespaceId, id => ShouldProcess("application " + id, action));
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        IReadOnlyList<string>? keys = All ? null : Key!.Distinct().ToList();
        foreach ((ServiceLocation location, IReadOnlyList<string> ids) in _targets?.Calls() ?? Enumerable.Empty<(ServiceLocation, IReadOnlyList<string>)>())
        {
            try
            {
                Await(TagChanges.UntagAsync(Client, location, ids, keys, CancellationToken));
                WriteVerbose("Removed " + (keys is null ? "every tag" : "tags " + string.Join(", ", keys)) + " from " + string.Join(", ", ids) + ".");
            }
            catch (SaeException ex)
            {
                foreach (string id in ids)
                {
                    WriteError(ErrorRecordFactory.FromException(ex, id, "Could not remove tags from application " + id));
                }
            }
        }
    }
}
