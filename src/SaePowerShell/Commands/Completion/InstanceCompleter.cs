using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Completes -InstanceId with the instances of the application already given by -AppId (DescribeApplicationGroups and
/// the first page of each group's instances, cached for a minute), each with its status. Silent when no application
/// is given, or offline.
/// </summary>
public sealed class InstanceCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
        IReadOnlyList<CompletionItem> instances;
        try
        {
            instances = Fetch(fakeBoundParameters);
        }
        catch (Exception)
        {
            yield break;
        }

        foreach (CompletionItem instance in instances.Where(i => i.Value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            yield return new CompletionResult(instance.Value, instance.Value, CompletionResultType.ParameterValue, instance.Tooltip);
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
        string key = "instances|" + location.Endpoint + "|" + location.RegionId + "|" + context.Source.AccountKey + "|" + appId;
        return CompletionCache.Get(key, async token =>
        {
            var items = new List<CompletionItem>();
            ApiResponse groups = await context.Client.SendAsync(DescribeApplicationGroupsCall.Request(location, appId!, namespaceId), token).ConfigureAwait(false);
            foreach (string groupId in DescribeApplicationGroupsCall.Parse(groups))
            {
                ApiRequest request = DescribeApplicationInstancesCall.Request(location, appId!, namespaceId, groupId, 1, DescribeApplicationInstancesCall.PageSizes[0]);
                ApiResponse page = await context.Client.SendAsync(request, token).ConfigureAwait(false);
                items.AddRange(DescribeApplicationInstancesCall.Parse(page, appId!, null, namespaceId, groupId, location).Items
                    .Select(i => new CompletionItem(i.InstanceId, (i.Status ?? "instance") + (i.Restarts > 0 ? ", " + i.Restarts + " restart(s)" : string.Empty))));
            }

            return items;
        });
    }
}
