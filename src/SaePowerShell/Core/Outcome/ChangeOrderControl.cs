using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using SaePowerShell.Core.Json;

namespace SaePowerShell.Core.Outcome;

/// <summary>
/// Confirming a manual release's next batch and aborting a change order. Both name what they act on (a batch, a
/// change order), so neither can act twice on something new: a second confirm of one batch finds it no longer
/// waiting, a second abort finds the order over. What a lost or refused answer hides is found out the same way,
/// from the change order itself: the confirmed batch moved on, or the order is terminated, means it took effect.
/// </summary>
internal static class ChangeOrderControl
{
    /// <summary>
    /// Starts the batch a manual release waits on. Returns the change order as described before the confirm. A change
    /// order that waits for nothing is an error that says what it is doing instead.
    /// </summary>
    public static async Task<SaeChangeOrder> ResumeAsync(SaeClient client, SaeChangeOrder known, ServiceLocation location, CancellationToken cancellationToken)
    {
        SaeChangeOrder order = await DescribeAsync(client, known, location, cancellationToken).ConfigureAwait(false);
        string? pipelineId = WaitingBatch(order);
        if (order.Status != SaeChangeOrderStatus.WaitingBatchConfirm || pipelineId is null)
        {
            throw new SaeChangeOrderException(order, "NothingWaits", SaeErrorCategory.InvalidOperation,
                Waiting.ChangeOrderOutcome.Describe(order) + " is " + (order.Status?.ToString() ?? "in an unknown state")
                + (order.IsAbnormal ? " with a failed batch" : string.Empty) + ": no batch waits for confirmation, so there is nothing to resume.");
        }

        try
        {
            await client.SendAsync(ChangeOrderControlCall.Confirm(location, order, pipelineId, confirm: true), cancellationToken).ConfigureAwait(false);
            client.Log.Verbose("Confirmed batch " + pipelineId + " of change order " + order.ChangeOrderId + ".");
        }
        catch (SaeException ex) when (ex is SaeServiceException || ex is SaeOutcomeUnknownException)
        {
            SaeChangeOrder? after = await LookAtAsync(client, order, location, ex, cancellationToken).ConfigureAwait(false);
            SaeChangeOrderBatch? batch = after?.Batches.FirstOrDefault(b => b.PipelineId == pipelineId);
            bool movedOn = batch != null && batch.Status != SaeChangeOrderStatus.WaitingBatchConfirm && batch.Status != SaeChangeOrderStatus.Preparing
                && batch.Status != SaeChangeOrderStatus.Terminated;
            if (!movedOn)
            {
                throw;
            }

            client.Log.Verbose("ConfirmPipelineBatch answered " + ex.ErrorId + ", but batch " + pipelineId + " of change order " + order.ChangeOrderId + " is " + batch!.Status + ": the confirm took effect.");
            return after!;
        }

        return order;
    }

    /// <summary>
    /// Aborts a change order (and with <paramref name="rollback"/> restores what it replaced). Returns the change order
    /// SAE names in its answer: the same one, or the rollback's own.
    /// </summary>
    public static async Task<SaeChangeOrder> AbortAsync(SaeClient client, SaeChangeOrder order, ServiceLocation location, bool rollback, CancellationToken cancellationToken)
    {
        ApiRequest request = ChangeOrderControlCall.Abort(location, order, rollback);
        try
        {
            ApiResponse response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            string? answered = JsonRead.String(response.Data, "ChangeOrderId");
            SaeChangeOrder result = order.Copy();
            if (!string.IsNullOrEmpty(answered) && answered != order.ChangeOrderId)
            {
                client.Log.Verbose(request.Api.Action + " of change order " + order.ChangeOrderId + " answered change order " + answered + ", which is the one to follow.");
                result = new SaeChangeOrder(answered!) { Action = "Rollback", NamespaceId = order.NamespaceId, RegionId = location.RegionId, AppId = order.AppId, AppIds = order.AppIds };
            }

            result.RequestId = response.RequestId;
            result.TraceId = response.TraceId;
            return result;
        }
        catch (SaeOutcomeUnknownException unknown)
        {
            client.Log.Verbose(request.Api.Action + " of change order " + order.ChangeOrderId + " got no answer (" + unknown.Reason + "); looking at the change order.");
            await client.Clock.Delay(SendOnce.SettleTime, cancellationToken).ConfigureAwait(false);
            SaeChangeOrder? after = await LookAtAsync(client, order, location, unknown, cancellationToken).ConfigureAwait(false);
            if (after?.Status == SaeChangeOrderStatus.Terminated)
            {
                client.Log.Verbose("Change order " + order.ChangeOrderId + " is terminated: the abort took effect.");
                return after;
            }

            throw;
        }
    }

    /// <summary>The batch that waits: the one whose own status says so, else the one SAE calls current.</summary>
    internal static string? WaitingBatch(SaeChangeOrder order) =>
        order.Batches.FirstOrDefault(b => b.Status == SaeChangeOrderStatus.WaitingBatchConfirm)?.PipelineId
        ?? (string.IsNullOrEmpty(order.CurrentPipelineId) ? null : order.CurrentPipelineId);

    /// <summary>The change order as it is now, or null when looking fails: then the error of the call it was to explain stands.</summary>
    private static Task<SaeChangeOrder?> LookAtAsync(SaeClient client, SaeChangeOrder order, ServiceLocation location, SaeException unexplained, CancellationToken cancellationToken) =>
        LookUp.OrElse<SaeChangeOrder?>(
            async () => await DescribeAsync(client, order.Copy(), location, cancellationToken).ConfigureAwait(false),
            failure =>
            {
                client.Log.Verbose("Looking at change order " + order.ChangeOrderId + " failed (" + LookUp.Describe(failure) + "), so " + unexplained.ErrorId + " stands.");
                return null;
            },
            cancellationToken);

    public static async Task<SaeChangeOrder> DescribeAsync(SaeClient client, SaeChangeOrder known, ServiceLocation location, CancellationToken cancellationToken)
    {
        ApiResponse response = await client.SendAsync(DescribeChangeOrderCall.Request(location, known.ChangeOrderId, known.NamespaceId), cancellationToken).ConfigureAwait(false);
        return DescribeChangeOrderCall.Parse(response, known.Copy(), location);
    }
}
