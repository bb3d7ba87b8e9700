using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Api;

/// <summary>
/// An application's instances without the cmdlet's paging: DescribeApplicationGroups, then each group's
/// DescribeApplicationInstances, at most <c>maximumPages</c> pages a group. For the instance calls' check after a
/// refusal and for tab completion; Get-SaeApplicationInstance pages with the cmdlet's own pager instead.
/// </summary>
internal static class InstanceListing
{
    /// <summary>The instances read, and whether they are all of them (no group had more pages than allowed).</summary>
    public static async Task<(IReadOnlyList<SaeApplicationInstance> Instances, bool Complete)> ReadAsync(SaeClient client, ServiceLocation location, string appId, string? namespaceId, int maximumPages, CancellationToken cancellationToken)
    {
        var instances = new List<SaeApplicationInstance>();
        bool complete = true;
        ApiResponse groups = await client.SendAsync(DescribeApplicationGroupsCall.Request(location, appId, namespaceId), cancellationToken).ConfigureAwait(false);
        foreach (string groupId in DescribeApplicationGroupsCall.Parse(groups))
        {
            int read = 0;
            for (int page = 1; ; page++)
            {
                if (page > maximumPages)
                {
                    complete = false;
                    break;
                }

                ApiRequest request = DescribeApplicationInstancesCall.Request(location, appId, namespaceId, groupId, page, DescribeApplicationInstancesCall.PageSizes[0]);
                Page<SaeApplicationInstance> result = DescribeApplicationInstancesCall.Parse(await client.SendAsync(request, cancellationToken).ConfigureAwait(false), appId, null, namespaceId, groupId, location);
                read += result.Items.Count;
                instances.AddRange(result.Items);
                if (result.Items.Count == 0 || read >= result.TotalSize)
                {
                    break;
                }
            }
        }

        return (instances, complete);
    }
}
