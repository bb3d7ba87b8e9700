using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;

namespace SaePowerShell.Commands.Hosting;

/// <summary>
/// The applications of namespaces piped into Get-SaeApplication, in the fewest calls: SAE allows about 60 a minute,
/// so a call saved is a second saved. Several namespaces of one region are read with one region-wide listing and
/// sorted out here, unless the region holds so many more applications that one listing per namespace takes fewer
/// calls (the first page says, before anything is written). The output is what a listing per namespace gives: each
/// namespace's applications in turn, in the order the namespaces came, and an error for a namespace that does not exist.
/// </summary>
internal sealed class PipedNamespaceListing
{
    private readonly GetSaeApplicationCommand _cmdlet;
    private readonly IReadOnlyList<PipedNamespace> _namespaces;

    public PipedNamespaceListing(GetSaeApplicationCommand cmdlet, IReadOnlyList<PipedNamespace> namespaces)
    {
        _cmdlet = cmdlet;
        _namespaces = namespaces;
    }

    public void Run()
    {
        if (_namespaces.Count == 1 || !TryRegionWide(out Dictionary<string, List<SaeApplication>> byNamespace))
        {
            foreach (PipedNamespace piped in _namespaces)
            {
                ListOne(piped);
            }

            return;
        }

        List<PipedNamespace> empty = _namespaces.Where(n => byNamespace[n.NamespaceId].Count == 0).ToList();
        HashSet<string>? existing = empty.Count == 0 ? null : ExistingNamespaces(_namespaces[0]);
        foreach (PipedNamespace piped in _namespaces)
        {
            if (existing != null && !existing.Contains(piped.NamespaceId))
            {
                var missing = new SaeServiceException("ListApplications", "InvalidNamespaceId.NotFound", "The specified namespace " + piped.NamespaceId + " does not exist.",
                    SaeErrorCategory.ObjectNotFound, isTransient: false, recommendedAction: "Check the namespace id; Get-SaeNamespace lists those of a region.", httpStatus: 404);
                _cmdlet.WriteError(ErrorRecordFactory.FromException(missing, piped.NamespaceId, "Could not list applications" + GetSaeApplicationCommand.Scope(piped.NamespaceId)));
                continue;
            }

            Write(piped, byNamespace[piped.NamespaceId]);
        }
    }

    /// <summary>One region-wide listing, kept by namespace; false (with nothing written) when it would take more calls than one listing per namespace.</summary>
    private bool TryRegionWide(out Dictionary<string, List<SaeApplication>> byNamespace)
    {
        var kept = _namespaces.ToDictionary(n => n.NamespaceId, _ => new List<SaeApplication>(), StringComparer.Ordinal);
        byNamespace = kept;
        bool abandoned = false;
        int pages = 0;
        bool complete = _cmdlet.ForEachPage(
            (page, size) => ListApplicationsCall.Request(_namespaces[0].Location, null, null, null, page, size, _cmdlet.TagFilter),
            response =>
            {
                Page<SaeApplication> result = ListApplicationsCall.Parse(response);
                pages++;
                if (pages == 1 && result.Items.Count > 0)
                {
                    long needed = ((long)result.TotalSize + result.Items.Count - 1) / result.Items.Count;
                    if (needed > _namespaces.Count)
                    {
                        // Cheaper one namespace at a time; this page's applications are dropped unread and listed again there.
                        abandoned = true;
                        return new Page<SaeApplication>(Array.Empty<SaeApplication>(), 0);
                    }
                }

                return result;
            },
            app => app.AppId,
            ListApplicationsCall.PageSizes,
            app =>
            {
                if (kept.TryGetValue(app.NamespaceId, out List<SaeApplication>? list))
                {
                    list.Add(app);
                }
            },
            _namespaces[0].NamespaceId,
            "Could not list applications in region " + _namespaces[0].Location.RegionId);
        if (abandoned)
        {
            _cmdlet.WriteVerbose("Region " + _namespaces[0].Location.RegionId + " holds more applications than " + _namespaces.Count + " namespace listings need; listing each namespace instead.");
            return false;
        }

        if (complete)
        {
            _cmdlet.WriteVerbose("Listed " + _namespaces.Count + " namespaces of region " + _namespaces[0].Location.RegionId + " with one region-wide listing (" + pages + " call(s)).");
        }

        return complete;
    }

    private HashSet<string> ExistingNamespaces(PipedNamespace any)
    {
        ApiResponse? response = _cmdlet.Call(DescribeNamespaceListCall.Request(any.Location), any.NamespaceId, "Could not check the namespaces of region " + any.Location.RegionId);
        return response is null
            ? new HashSet<string>(_namespaces.Select(n => n.NamespaceId), StringComparer.Ordinal)
            : new HashSet<string>(DescribeNamespaceListCall.Parse(response, any.Location).Select(n => n.NamespaceId), StringComparer.Ordinal);
    }

    /// <summary>One namespace's listing, written as each page arrives.</summary>
    private void ListOne(PipedNamespace piped)
    {
        bool matched = false;
        bool complete = _cmdlet.ForEachPage(
            (page, size) => ListApplicationsCall.Request(piped.Location, piped.NamespaceId, null, null, page, size, _cmdlet.TagFilter),
            ListApplicationsCall.Parse,
            app => app.AppId,
            ListApplicationsCall.PageSizes,
            app =>
            {
                if ((piped.NamePattern is null || piped.NamePattern.IsMatch(app.AppName)) && ListApplicationsCall.Carries(app, _cmdlet.TagFilter))
                {
                    matched = true;
                    _cmdlet.WriteListed(app);
                }
            },
            piped.NamespaceId,
            "Could not list applications" + GetSaeApplicationCommand.Scope(piped.NamespaceId));
        if (complete)
        {
            ReportName(piped, matched);
        }
    }

    private void Write(PipedNamespace piped, List<SaeApplication> apps)
    {
        bool matched = false;
        foreach (SaeApplication app in apps)
        {
            if ((piped.NamePattern is null || piped.NamePattern.IsMatch(app.AppName)) && ListApplicationsCall.Carries(app, _cmdlet.TagFilter))
            {
                matched = true;
                _cmdlet.WriteListed(app);
            }
        }

        ReportName(piped, matched);
    }

    private void ReportName(PipedNamespace piped, bool matched) =>
        _cmdlet.ReportMissing(null, new HashSet<string>(), _cmdlet.Name != null && System.Management.Automation.WildcardPattern.ContainsWildcardCharacters(_cmdlet.Name), matched, GetSaeApplicationCommand.Scope(piped.NamespaceId));
}
