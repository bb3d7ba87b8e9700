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

/// <summary>
/// <para type="synopsis">Gets SAE applications.</para>
/// <para type="description">Get-SaeApplication lists Serverless App Engine applications with ListApplications, reading every page and writing each application as its page arrives. Filter by namespace, by name (wildcards allowed) or by application id. Namespaces piped in (from Get-SaeNamespace) are listed together at the end: two or more of one region take one region-wide listing, filtered here, whenever that needs no more calls than one listing per namespace; the output is the same, namespace by namespace. The SaeApplication objects it writes carry AppId, NamespaceId and RegionId, so they pipe straight into Start-SaeApplication.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication -NamespaceId cn-hangzhou:demo</code>
/// <para>Lists the applications of the namespace cn-hangzhou:demo.</para>
/// </example>
/// <example>
/// <code>Get-SaeApplication -RegionId cn-shanghai -Name '*-api' | Where-Object RunningInstances -EQ 0 | Start-SaeApplication</code>
/// <para>Starts every stopped application whose name ends in -api, in every namespace of cn-shanghai.</para>
/// </example>
/// <example>
/// <code>$env:ALIBABA_CLOUD_SAE_ENDPOINT = 'http://127.0.0.1:5080'
/// Get-SaeApplication -RegionId cn-hangzhou -Credential (Get-Credential LTAI5tSaeEmulatorKey)</code>
/// <para>Lists the applications of the local SAE emulator (dotnet pwsh ./psake.ps1 Emulator starts one on port 5080).</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeApplication", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeApplication.md")]
[OutputType(typeof(SaeApplication))]
public sealed class GetSaeApplicationCommand : SaeCmdletBase
{
    private readonly List<PipedNamespace> _piped = new List<PipedNamespace>();
    /// <summary>
    /// <para type="description">Only applications in this namespace, such as cn-hangzhou:demo. Without it, every application in the region is listed.</para>
    /// </summary>
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    public string? NamespaceId { get; set; }

    /// <summary>
    /// <para type="description">Only applications with this name. Wildcards are allowed; a name without wildcards that matches nothing is an error.</para>
    /// </summary>
    [Parameter(Position = 1)]
    [Alias("AppName")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationNameCompleter))]
    public string? Name { get; set; }

    /// <summary>
    /// <para type="description">Only the applications with these ids; an id that is not found is an error.</para>
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationCompleter))]
    public string[]? AppId { get; set; }

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        if (!string.IsNullOrEmpty(NamespaceId) && InputRules.NamespaceIdProblem(NamespaceId) is string namespaceProblem)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidNamespaceId", namespaceProblem, NamespaceId));
            return;
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
            (page, size) => ListApplicationsCall.Request(location, NullIfEmpty(NamespaceId), serverName, appIds, page, size),
            ListApplicationsCall.Parse,
            app => app.AppId,
            ListApplicationsCall.PageSizes,
            app =>
            {
                if ((appIds != null && !appIds.Contains(app.AppId)) || (namePattern != null && !namePattern.IsMatch(app.AppName)))
                {
                    return;
                }

                nameMatched = true;
                found.Add(app.AppId);
                WriteObject(app);
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
