using System.Management.Automation;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Input;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeNamespaceCommand
{
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
