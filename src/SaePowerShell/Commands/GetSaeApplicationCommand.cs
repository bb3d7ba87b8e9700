using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Input;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeApplicationCommand
{
    private readonly List<PipedNamespace> _piped = new List<PipedNamespace>();

    /// <summary>-Tag as SAE's filter takes it (a null value: any value of its key), or null without one.</summary>
    internal IReadOnlyDictionary<string, string?>? TagFilter { get; private set; }

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (!string.IsNullOrEmpty(NamespaceId) && InputRules.NamespaceIdProblem(NamespaceId) is string namespaceProblem)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", namespaceProblem, NamespaceId));
            return;
        }

        if (Tag != null && TagFilter is null)
        {
            if ((TagFilter = TagInput.Of(Tag, "-Tag", anyValue: true, out string? tagProblem)) is null)
            {
                WriteError(ErrorRecordFactory.Invalid("InvalidTag", tagProblem!, Tag));
                return;
            }
        }

        List<string>? appIds = ValidAppIds();
        if (AppId != null && appIds!.Count == 0)
        {
            return;
        }

        WildcardPattern? namePattern = null;
        if (Name != null && (namePattern = PatternInput.Parse(Name, out string? patternProblem)) is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidNamePattern", patternProblem!, Name));
            return;
        }

        if (!TryLocate(NamespaceId, null, NamespaceId, out ServiceLocation location))
        {
            return;
        }

        if (MyInvocation.ExpectingInput && !string.IsNullOrEmpty(NamespaceId) && appIds is null)
        {
            // Namespaces come down the pipeline: they are listed together at the end, in as few calls as can be.
            if (!_piped.Any(p => p.NamespaceId == NamespaceId))
            {
                _piped.Add(new PipedNamespace(NamespaceId!, location, namePattern));
            }

            return;
        }

        WriteVerbose("Listing applications at " + location + ".");
        bool hasWildcard = Name != null && WildcardPattern.ContainsWildcardCharacters(Name);
        var found = new HashSet<string>(StringComparer.Ordinal);
        bool nameMatched = false;

        // The server's AppName filter is a substring match, so it only narrows; the exact test is ours.
        string? serverName = Name != null && !hasWildcard && appIds is null ? Name : null;
        string subject = "Could not list applications" + Scope(NamespaceId);
        bool complete = ForEachPage(
            (page, size) => ListApplicationsCall.Request(location, NullIfEmpty(NamespaceId), serverName, appIds, page, size, TagFilter),
            ListApplicationsCall.Parse,
            app => app.AppId,
            ListApplicationsCall.PageSizes,
            app =>
            {
                if ((appIds != null && !appIds.Contains(app.AppId)) || (namePattern != null && !namePattern.IsMatch(app.AppName)) || !ListApplicationsCall.Carries(app, TagFilter))
                {
                    return;
                }

                nameMatched = true;
                found.Add(app.AppId);
                WriteListed(app);
            },
            NamespaceId,
            subject);

        if (complete)
        {
            ReportMissing(appIds, found, hasWildcard, nameMatched, Scope(NamespaceId));
        }
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        foreach (IGrouping<string, PipedNamespace> region in _piped.GroupBy(p => p.Location.Endpoint + "|" + p.Location.RegionId))
        {
            new PipedNamespaceListing(this, region.ToList()).Run();
        }
    }

    private List<string>? ValidAppIds()
    {
        if (AppId is null)
        {
            return null;
        }

        var valid = new List<string>();
        foreach (string id in AppId)
        {
            if (InputRules.AppIdProblem(id) is string problem)
            {
                WriteError(ErrorRecordFactory.Invalid("InvalidAppId", problem, id));
            }
            else if (!valid.Contains(id))
            {
                valid.Add(id);
            }
        }

        return valid;
    }

    internal void ReportMissing(List<string>? appIds, HashSet<string> found, bool hasWildcard, bool nameMatched, string scope)
    {
        foreach (string missing in (appIds ?? Enumerable.Empty<string>()).Where(id => !found.Contains(id)))
        {
            WriteError(ErrorRecordFactory.NotFound("InvalidAppId.NotFound", "No application with id '" + missing + "' was found" + scope + ".", missing));
        }

        if (Name != null && !hasWildcard && !nameMatched)
        {
            WriteError(ErrorRecordFactory.NotFound("ApplicationNameNotFound", "No application named '" + Name + "' was found" + scope + ".", Name));
        }
    }

    internal static string Scope(string? namespaceId) => string.IsNullOrEmpty(namespaceId) ? string.Empty : " in namespace " + namespaceId;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
