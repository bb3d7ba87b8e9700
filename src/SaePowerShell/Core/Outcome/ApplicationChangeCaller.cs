using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Makes one single-application change (deploy, rescale, rollback, instance restarts and deletions) through
/// <see cref="SendOnce"/>, with the application's own change orders of the action's types as the evidence after a
/// lost answer: SAE lists those per application (ListChangeOrders), so that evidence is promised.
/// </summary>
internal static class ApplicationChangeCaller
{
    public static async Task<SaeChangeOrder> CallAsync(SaeClient client, ApplicationChange change, ServiceLocation location, ChangeOrderLedger ledger, CancellationToken cancellationToken)
    {
        // One application, one change at a time: SAE refuses a second while one runs, and the evidence stays ours.
        using (await ledger.TakeTurnAsync(change.Target.AppId, cancellationToken).ConfigureAwait(false))
        {
            SaeChangeOrder order = await SendOnce.CallAsync(
                client,
                change.Request(location),
                change.Description,
                (response, sentAt) => ApplicationChangeCall.Parse(change, location, response, sentAt),
                (sentAt, token) => OutcomeCheck.ResolveApplicationAsync(client, change, location, sentAt, ledger, token),
                found => Adopt(found, change, location),
                cancellationToken).ConfigureAwait(false);
            ledger.Add(order.ChangeOrderId);
            return order;
        }
    }

    private static SaeChangeOrder Adopt(SaeChangeOrder found, ApplicationChange change, ServiceLocation location)
    {
        found.Action = change.Action.Verb;
        found.NamespaceId = change.Target.NamespaceId;
        found.RegionId = location.RegionId;
        found.AppId = change.Target.AppId;
        found.AppIds = new List<string> { change.Target.AppId };
        return found;
    }
}
