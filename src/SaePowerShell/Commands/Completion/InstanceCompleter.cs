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
        // The first page of each group is enough to offer; completion makes no more calls than that.
        (IReadOnlyList<SaeApplicationInstance> instances, _) = await InstanceListing.ReadAsync(context.Client, location, appId, namespaceId, 1, cancellationToken).ConfigureAwait(false);
        return instances.Select(i => new CompletionItem(i.InstanceId, (i.Status ?? "instance") + (i.Restarts > 0 ? ", " + i.Restarts + " restart(s)" : string.Empty))).ToList();
    }
}
