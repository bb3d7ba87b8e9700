using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands.Completion;

/// <summary>
/// Completes -InstanceId with the instances of the application given by -AppId (DescribeApplicationGroups, then the
/// first page of each group's instances), each with its status.
/// </summary>
public sealed class InstanceCompleter : AppItemCompleter
{
    internal override string What => "instances";

    internal override async Task<IReadOnlyList<CompletionItem>> FetchAsync(CommandContext context, ServiceLocation location, string appId, string? namespaceId, CancellationToken cancellationToken)
    {
        var items = new List<CompletionItem>();
        ApiResponse groups = await context.Client.SendAsync(DescribeApplicationGroupsCall.Request(location, appId, namespaceId), cancellationToken).ConfigureAwait(false);
        foreach (string groupId in DescribeApplicationGroupsCall.Parse(groups))
        {
            ApiRequest request = DescribeApplicationInstancesCall.Request(location, appId, namespaceId, groupId, 1, DescribeApplicationInstancesCall.PageSizes[0]);
            ApiResponse page = await context.Client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            items.AddRange(DescribeApplicationInstancesCall.Parse(page, appId, null, namespaceId, groupId, location).Items
                .Select(i => new CompletionItem(i.InstanceId, (i.Status ?? "instance") + (i.Restarts > 0 ? ", " + i.Restarts + " restart(s)" : string.Empty))));
        }

        return items;
    }
}
