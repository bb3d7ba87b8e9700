using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands.Tags;

/// <summary>
/// The part the tag cmdlets hold: the applications they are given, gathered across the pipeline (each id checked,
/// located and kept once), then handed out by where their calls go, at most <see cref="Core.Api.TagCalls.MaximumResources"/>
/// a call, so a namespace of applications is one call and not one per application.
/// </summary>
internal sealed class TagTargets
{
    private readonly SaeCmdletBase _cmdlet;
    private readonly List<(string Id, ServiceLocation Location)> _targets = new List<(string, ServiceLocation)>();

    public TagTargets(SaeCmdletBase cmdlet) => _cmdlet = cmdlet;

    /// <summary>
    /// The ids of one input that are new, valid and locatable, after writing an error for each that is not;
    /// <paramref name="confirm"/> is asked for each (ShouldProcess), and only those it allows are kept.
    /// </summary>
    public void Add(IEnumerable<string> ids, string? namespaceId, Func<string, bool> confirm)
    {
        foreach (string id in ids)
        {
            if (InputRules.AppIdProblem(id) is string problem)
            {
                _cmdlet.WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, id));
            }
            else if (_targets.All(t => t.Id != id)
                && _cmdlet.TryLocate(string.IsNullOrEmpty(namespaceId) ? null : namespaceId, _cmdlet.RegionId, id, out ServiceLocation location)
                && confirm(id))
            {
                _targets.Add((id, location));
            }
        }
    }

    /// <summary>The ids kept, by where their calls go, in the order given, in calls of at most the maximum.</summary>
    public IEnumerable<(ServiceLocation Location, IReadOnlyList<string> Ids)> Calls() =>
        _targets.GroupBy(t => t.Location.Endpoint + "|" + t.Location.RegionId)
            .SelectMany(group => group.Select((t, i) => (t, i)).GroupBy(x => x.i / Core.Api.TagCalls.MaximumResources)
                .Select(chunk => (group.First().Location, (IReadOnlyList<string>)chunk.Select(x => x.t.Id).ToList())));
}
