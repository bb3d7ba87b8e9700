using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Commands.Jobs;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeJobCommand
{
    /// <inheritdoc />
    internal override void ProcessInput()
    {
        var finder = new JobFinder(this);
        if (AppId != null)
        {
            if (finder.TryLocate(AppId!, NamespaceId, out ServiceLocation byId) && finder.Find(byId, AppId!, NamespaceId) is SaeJob one)
            {
                WriteListed(one);
            }

            return;
        }

        string namespaceId = NamespaceId!;
        WildcardPattern? pattern = null;
        if (Name != null && (pattern = PatternInput.Parse(Name, out string? problem)) is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidJobNamePattern", problem!, Name));
            return;
        }

        if (InputRules.NamespaceIdProblem(namespaceId) is string badNamespace)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", badNamespace, namespaceId));
            return;
        }

        if (!TryLocate(namespaceId, RegionId, namespaceId, out ServiceLocation location))
        {
            return;
        }

        var names = new List<string>();
        bool complete = ForEachPage((page, size) => JobCalls.List(location, namespaceId, null, page, size), response => JobCalls.ParsePage(response, namespaceId, location),
            job => job.AppId, JobCalls.PageSizes,
            job =>
            {
                names.Add(job.AppName);
                if (pattern is null || pattern.IsMatch(job.AppName))
                {
                    WriteListed(job);
                }
            },
            namespaceId, "the jobs of " + namespaceId);
        if (complete && Name != null && !WildcardPattern.ContainsWildcardCharacters(Name) && !names.Exists(n => pattern!.IsMatch(n)))
        {
            names.Sort(System.StringComparer.Ordinal);
            WriteError(ErrorRecordFactory.NotFound("InvalidJobName.NotFound",
                "Namespace " + namespaceId + " has no job named '" + Name + "'." + (names.Count == 0 ? " It has none." : " It has: " + string.Join(", ", names) + "."), Name));
        }
    }
}
