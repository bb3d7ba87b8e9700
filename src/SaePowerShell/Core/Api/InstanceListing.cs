using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Api;

/// <summary>
/// An application's instances, read with the module's <see cref="Pager{T}"/> outside a cmdlet: DescribeApplicationGroups,
/// then each group's DescribeApplicationInstances, at most <c>maximumPages</c> pages a group, stepping down the page
/// size when SAE refuses it. For the instance calls' check after a refusal and for tab completion;
/// Get-SaeApplicationInstance pages through the cmdlets' adapter of the same pager.
/// </summary>
internal static class InstanceListing
{
    /// <summary>
    /// The instances read, and whether they are all of them (no group had more pages than allowed). A group whose
    /// paging cannot be trusted is its pager's error.
    /// </summary>
    public static async Task<(IReadOnlyList<SaeApplicationInstance> Instances, bool Complete)> ReadAsync(SaeClient client, ServiceLocation location, string appId, string? namespaceId, int maximumPages, CancellationToken cancellationToken)
    {
        var instances = new List<SaeApplicationInstance>();
        bool complete = true;
        ApiResponse groups = await client.SendAsync(DescribeApplicationGroupsCall.Request(location, appId, namespaceId), cancellationToken).ConfigureAwait(false);
        foreach (string groupId in DescribeApplicationGroupsCall.Parse(groups))
        {
            var pager = new Pager<SaeApplicationInstance>(
                client,
                (page, size) => DescribeApplicationInstancesCall.Request(location, appId, namespaceId, groupId, page, size),
                response => DescribeApplicationInstancesCall.Parse(response, appId, null, namespaceId, groupId, location),
                instance => instance.InstanceId,
                DescribeApplicationInstancesCall.PageSizes,
                maximumPages);
            instances.AddRange(await pager.ReadAllAsync(cancellationToken).ConfigureAwait(false));
            complete &= pager.Complete;
        }

        return (instances, complete);
    }
}
