using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Makes one batch call through <see cref="SendOnce"/>, with the namespace's batch orders (start, stop) or the first
/// application's last change order (restart) as the evidence after a lost answer. Calls on one namespace take turns,
/// so that every earlier sibling's change order is known when the evidence is read.
/// </summary>
internal static class BatchCaller
{
    public static async Task<SaeChangeOrder> CallAsync(SaeClient client, BatchAction action, BatchGroup group, ServiceLocation location, string? version, ChangeOrderLedger ledger, CancellationToken cancellationToken)
    {
        using (await ledger.TakeTurnAsync(group.NamespaceId, cancellationToken).ConfigureAwait(false))
        {
            SaeChangeOrder order = await SendOnce.CallAsync(
                client,
                BatchApplicationsCall.Request(action, group, location, version),
                group.ToString(),
                (response, sentAt) => BatchApplicationsCall.Parse(action, group, location, response, sentAt),
                (sentAt, token) => OutcomeCheck.ResolveAsync(client, action, group, location, sentAt, ledger, token),
                found => Adopt(found, action, group, location),
                cancellationToken).ConfigureAwait(false);
            ledger.Add(order.ChangeOrderId);
            return order;
        }
    }

    private static SaeChangeOrder Adopt(SaeChangeOrder found, BatchAction action, BatchGroup group, ServiceLocation location)
    {
        found.Action = action.Verb;
        found.NamespaceId = group.NamespaceId;
        found.RegionId = location.RegionId;
        found.AppIds = group.AppIds;
        return found;
    }
}
