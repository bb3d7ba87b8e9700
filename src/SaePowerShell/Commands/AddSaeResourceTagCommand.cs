using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Tags;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class AddSaeResourceTagCommand
{
    private TagTargets? _targets;
    private IReadOnlyDictionary<string, string>? _tags;

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (_tags is null)
        {
            if (TagInput.Of(Tag!, "-Tag", anyValue: false, out string? problem) is not { } tags)
            {
                WriteError(ErrorRecordFactory.Invalid("InvalidTag", problem!, Tag));
                return;
            }

            _tags = tags.ToDictionary(t => t.Key, t => t.Value!, System.StringComparer.Ordinal);
        }

        string shown = string.Join(", ", _tags.Select(t => t.Key + "=" + t.Value));
        (_targets ??= new TagTargets(this)).Add(ResourceId, NamespaceId, id => ShouldProcess("application " + id, "Tag " + shown));
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        foreach ((ServiceLocation location, IReadOnlyList<string> ids) in _targets?.Calls() ?? Enumerable.Empty<(ServiceLocation, IReadOnlyList<string>)>())
        {
            try
            {
                Await(TagChanges.TagAsync(Client, location, ids, _tags!, CancellationToken));
                WriteVerbose("Tagged " + string.Join(", ", ids) + ".");
            }
            catch (SaeException ex)
            {
                foreach (string id in ids)
                {
                    WriteError(ErrorRecordFactory.FromException(ex, id, "Could not tag application " + id));
                }
            }
        }
    }
}
