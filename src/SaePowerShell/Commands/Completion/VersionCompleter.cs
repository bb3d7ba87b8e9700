using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Completes -VersionId with the versions of the application already given by -AppId (ListAppVersions, cached for a
/// minute), newest first, each with when and how it was deployed. Silent when no application is given, or offline.
/// </summary>
public sealed class VersionCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        IReadOnlyList<CompletionItem> versions;
        try
        {
            versions = Fetch(fakeBoundParameters);
        }
        catch (Exception)
        {
            yield break;
        }

        foreach (CompletionItem version in versions.Where(v => v.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new CompletionResult(version.Value, version.Value, CompletionResultType.ParameterValue, version.Tooltip);
        }
    }

    private static IReadOnlyList<CompletionItem> Fetch(IDictionary bound)
    {
        string? appId = CompletionContext.First(bound, "AppId");
        if (string.IsNullOrEmpty(appId))
        {
            return Array.Empty<CompletionItem>();
        }

        string? namespaceId = CompletionContext.Bound(bound, "NamespaceId") as string;
        (CommandContext context, ServiceLocation location) = CompletionContext.Resolve(bound, namespaceId);
        string key = "versions|" + location.Endpoint + "|" + location.RegionId + "|" + context.Source.AccountKey + "|" + appId;
        return CompletionCache.Get(key, async token =>
        {
            ApiResponse response = await context.Client.SendAsync(ListAppVersionsCall.Request(location, appId!, namespaceId), token).ConfigureAwait(false);
            return ListAppVersionsCall.Parse(response, appId!, null, namespaceId, location)
                .OrderByDescending(v => v.CreateTime)
                .Select(v => new CompletionItem(v.VersionId, (v.Type ?? "version") + (v.CreateTime is DateTimeOffset at ? ", " + at.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty)))
                .ToList();
        });
    }
}
