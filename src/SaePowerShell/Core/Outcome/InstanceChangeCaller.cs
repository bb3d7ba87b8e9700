using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Restarts or deletes some instances of one application. SAE refuses such a call whole when one id is not the
/// application's (an instance replaced since it was listed, a typing mistake), which would lose the good ones with
/// the bad. So after a refusal that names a parameter, the application's instances are listed, the ids it does not
/// have are left out with that refusal as their error, and the rest are sent once more: a refused call did nothing,
/// so sending it again cannot act twice. Two extra reads, and only when a call with several instances is refused.
/// </summary>
internal static class InstanceChangeCaller
{
    /// <summary>How many pages of a group's instances are read to find out which ids the application has.</summary>
    public const int MaximumPages = 10;

    public static async Task<InstanceChangeResult> CallAsync(SaeClient client, ApplicationChange change, IReadOnlyList<string> instanceIds, ServiceLocation location, ChangeOrderLedger ledger, CancellationToken cancellationToken)
    {
        try
        {
            return new InstanceChangeResult(await ApplicationChangeCaller.CallAsync(client, change, location, ledger, cancellationToken).ConfigureAwait(false), Array.Empty<string>(), null);
        }
        catch (SaeServiceException refused) when (instanceIds.Count > 1 && NamesAParameter(refused))
        {
            IReadOnlyCollection<string>? known = await InstanceIdsAsync(client, change.Target, location, cancellationToken).ConfigureAwait(false);
            List<string> unknown = known is null ? new List<string>() : instanceIds.Where(id => !known.Contains(id)).ToList();
            if (unknown.Count == 0 || unknown.Count == instanceIds.Count)
            {
                throw;
            }

            List<string> rest = instanceIds.Where(id => !unknown.Contains(id)).ToList();
            client.Log.Verbose(change.Action.Api.Action + " for " + change.Target.AppId + " was refused (" + refused.Code + "); the application has no instance "
                + string.Join(", ", unknown) + ", so it is sent again for the other " + rest.Count + ".");
            ApplicationChange narrowed = change with { Request = l => InstancesCall.Request(change.Action, l, change.Target, rest) };
            SaeChangeOrder order = await ApplicationChangeCaller.CallAsync(client, narrowed, location, ledger, cancellationToken).ConfigureAwait(false);
            return new InstanceChangeResult(order, unknown, refused);
        }
    }

    /// <summary>A refusal about a parameter's value (InvalidParameter.*, *.NotFound): the kind an unknown instance id gets.</summary>
    private static bool NamesAParameter(SaeServiceException refused) =>
        refused.Code.StartsWith("InvalidParameter", StringComparison.OrdinalIgnoreCase) || refused.Code.EndsWith(".NotFound", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every instance id of the application, or null when they could not all be read: then the refusal stands.</summary>
    private static Task<IReadOnlyCollection<string>?> InstanceIdsAsync(SaeClient client, AppTarget app, ServiceLocation location, CancellationToken cancellationToken) =>
        LookUp.OrElse<IReadOnlyCollection<string>?>(
            async () =>
            {
                (IReadOnlyList<SaeApplicationInstance> instances, bool complete) = await InstanceListing.ReadAsync(client, location, app.AppId, app.NamespaceId, MaximumPages, cancellationToken).ConfigureAwait(false);
                return complete ? new HashSet<string>(instances.Select(i => i.InstanceId), StringComparer.Ordinal) : null;
            },
            failure =>
            {
                client.Log.Verbose("Listing the instances of " + app.AppId + " failed (" + LookUp.Describe(failure) + "), so the refusal stands.");
                return null;
            },
            cancellationToken);
}
