using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Tags;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeResourceTagCommand
{
    private TagTargets? _targets;

    /// <inheritdoc />
    internal override void ProcessInput() => (_targets ??= new TagTargets(this)).Add(ResourceId, NamespaceId, _ => true);

    /// <inheritdoc />
    internal override void EndInput()
    {
        foreach ((ServiceLocation location, IReadOnlyList<string> ids) in _targets?.Calls() ?? Enumerable.Empty<(ServiceLocation, IReadOnlyList<string>)>())
        {
            WriteVerbose("Reading the tags of " + ids.Count + " application(s) at " + location + ".");
            IReadOnlyList<SaeResourceTag> tags;
            try
            {
                tags = Await(TagChanges.ListAsync(Client, location, ids, CancellationToken));
            }
            catch (SaeException ex)
            {
                foreach (string id in ids)
                {
                    WriteError(ErrorRecordFactory.FromException(ex, id, "Could not read the tags of application " + id));
                }

                continue;
            }

            // In the order the applications were given, each application's tags in key order.
            foreach (SaeResourceTag tag in ids.SelectMany(id => tags.Where(t => t.ResourceId == id).OrderBy(t => t.Key, System.StringComparer.Ordinal)))
            {
                if (Key is null || Key.Contains(tag.Key))
                {
                    WriteListed(tag);
                }
            }
        }
    }
}
