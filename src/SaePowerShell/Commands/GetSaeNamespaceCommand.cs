using System.Management.Automation;
using SaePowerShell.Commands.Completion;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Gets the SAE namespaces of a region.</para>
/// <para type="description">Get-SaeNamespace lists the Serverless App Engine namespaces of a region with DescribeNamespaceList. The SaeNamespace objects it writes pipe into Get-SaeApplication, which lists the applications of each.</para>
/// </summary>
/// <example>
/// <code>Get-SaeNamespace -RegionId cn-hangzhou</code>
/// <para>Lists the namespaces of cn-hangzhou.</para>
/// </example>
/// <example>
/// <code>Get-SaeNamespace -RegionId cn-hangzhou | Get-SaeApplication | Start-SaeApplication -Wait</code>
/// <para>Starts every application in every namespace of cn-hangzhou, one call per namespace, and waits until they run.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeNamespace", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeNamespace.md")]
[OutputType(typeof(SaeNamespace))]
public sealed class GetSaeNamespaceCommand : SaeCmdletBase
{
    /// <summary>
    /// <para type="description">Only namespaces whose id matches, such as cn-hangzhou:prod or '*:staging'. Wildcards are allowed; an id without wildcards that matches nothing is an error.</para>
    /// </summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(NamespaceCompleter))]
    [ValidateNotNullOrEmpty]
    public string? NamespaceId { get; set; }

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        WildcardPattern? pattern = null;
        if (NamespaceId != null && (pattern = PatternInput.Parse(NamespaceId, out string? patternProblem)) is null)
        {
            WriteError(ErrorRecordFactory.Invalid("InvalidNamespacePattern", patternProblem!, NamespaceId));
            return;
        }

        bool hasWildcard = NamespaceId != null && WildcardPattern.ContainsWildcardCharacters(NamespaceId);
        string? regionHint = NamespaceId != null && !hasWildcard ? NamespaceId : null;
        if (!TryLocate(regionHint, null, NamespaceId, out ServiceLocation location))
        {
            return;
        }

        ApiResponse? response = Call(DescribeNamespaceListCall.Request(location), location.RegionId, "Could not list namespaces");
        if (response is null)
        {
            return;
        }

        bool matched = false;
        foreach (SaeNamespace ns in DescribeNamespaceListCall.Parse(response, location))
        {
            if (pattern is null || pattern.IsMatch(ns.NamespaceId))
            {
                matched = true;
                WriteObject(ns);
            }
        }

        if (NamespaceId != null && !hasWildcard && !matched)
        {
            WriteError(ErrorRecordFactory.NotFound("InvalidNamespaceId.NotFound", "No namespace '" + NamespaceId + "' was found in region " + location.RegionId + ".", NamespaceId));
        }
    }
}
