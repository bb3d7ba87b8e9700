using System;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Makes one batch call and never starts anything twice: when the call gets no answer, it looks at what SAE did
/// before acting again. Took effect: that change order is the result. Did not: the call is sent once more, unless
/// the service had claimed success. Cannot tell: the "outcome unknown" error stands.
/// </summary>
internal static class BatchCaller
{
    /// <summary>Time for a slow SAE to finish what it received before its change orders are read.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

    /// <summary>How many times one batch call is sent in all: each resend follows a verdict that the last did not take effect.</summary>
    public const int MaximumSends = 3;

    public static async Task<SaeChangeOrder> CallAsync(SaeClient client, BatchAction action, BatchGroup group, ServiceLocation location, string? version, ChangeOrderLedger ledger, CancellationToken cancellationToken)
    {
        using (await ledger.TakeTurnAsync(group.NamespaceId, cancellationToken).ConfigureAwait(false))
        {
            SaeChangeOrder order = await CallInTurnAsync(client, action, group, location, version, ledger, cancellationToken).ConfigureAwait(false);
            ledger.Add(order.ChangeOrderId);
            return order;
        }
    }

    private static async Task<SaeChangeOrder> CallInTurnAsync(SaeClient client, BatchAction action, BatchGroup group, ServiceLocation location, string? version, ChangeOrderLedger ledger, CancellationToken cancellationToken)
    {
        for (int send = 1; ; send++)
        {
            ApiRequest request = BatchApplicationsCall.Request(action, group, location, version);
            DateTimeOffset sentAt = client.Clock.UtcNow;
            try
            {
                ApiResponse response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                return BatchApplicationsCall.Parse(action, group, location, response, sentAt);
            }
            catch (SaeOutcomeUnknownException unknown)
            {
                client.Log.Verbose(unknown.Api + " for " + group + " got no answer (" + unknown.Reason + "); checking whether it took effect.");
                await client.Clock.Delay(SettleTime, cancellationToken).ConfigureAwait(false);
                OutcomeVerdict verdict = await OutcomeCheck.ResolveAsync(client, action, group, location, unknown.SentAt, ledger, cancellationToken).ConfigureAwait(false);
                if (verdict.Kind == OutcomeKind.TookEffect)
                {
                    client.Log.Verbose(unknown.Api + " for " + group + " took effect: change order " + verdict.ChangeOrder!.ChangeOrderId + ".");
                    return Adopt(verdict.ChangeOrder, action, group, location);
                }

                if (verdict.Kind == OutcomeKind.DidNotTakeEffect && !unknown.ServiceClaimedSuccess && send < MaximumSends)
                {
                    client.Log.Verbose(unknown.Api + " for " + group + " did not take effect (" + verdict.Reason + "); sending it again.");
                    continue;
                }

                client.Log.Verbose(unknown.Api + " for " + group + ": " + (verdict.Kind == OutcomeKind.Unknown
                    ? "could not tell whether it took effect (" + verdict.Reason + ")."
                    : unknown.ServiceClaimedSuccess
                        ? "no change order was found (" + verdict.Reason + "), but the service had said success, so it is not sent again."
                        : "it did not take effect after " + send + " sends; giving up."));
                throw;
            }
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
