using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Core.Waiting;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Aborts SAE change orders (AbortChangeOrder), or aborts them and rolls back what they changed (-Rollback: AbortAndRollbackChangeOrder).</para>
/// <para type="description">Stop-SaeChangeOrder ends change orders that are still going: a release waiting for its next batch to be confirmed, one with a failed batch that SAE leaves in progress (SubStatus 1), or any that runs. Without -Rollback what the finished batches did stays done; with -Rollback SAE also restores the version the application ran before. It asks for confirmation with -Confirm or -WhatIf. Aborting names the change order, so it can never abort another: when an answer is lost, the change order is read again, and a terminated one counts as aborted. It writes each change order as SAE describes it afterwards (the one SAE's answer names, should the rollback be a change order of its own); with -Wait it waits until it has ended, and any end counts as stopped.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo -Name web-frontend | Get-SaeApplicationStatus | Where-Object LastChangeOrderRunning | ForEach-Object LastChangeOrderId | Stop-SaeChangeOrder -Rollback -NamespaceId cn-hangzhou:demo</code>
/// <para>Aborts web-frontend's running change order and restores the version it ran before.</para>
/// </example>
/// <example>
/// <code>$order | Stop-SaeChangeOrder -Wait</code>
/// <para>Aborts a change order (such as a manual release that waits) and waits until SAE has ended it.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Stop, "SaeChangeOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = InputObjectSet,
    HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Stop-SaeChangeOrder.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class StopSaeChangeOrderCommand : SaeChangeOrderActionCommandBase
{
    /// <summary>
    /// <para type="description">Also roll back what the change order changed: the application goes back to the version it ran before (AbortAndRollbackChangeOrder).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Rollback { get; set; }

    internal override string ActionText => Rollback ? "Abort and roll back" : "Abort";

    internal override string Activity => Rollback ? "Aborting (and rolling back) SAE change orders" : "Aborting SAE change orders";

    internal override string CouldNot(string changeOrderId) => "Could not abort " + (Rollback ? "(and roll back) " : string.Empty) + "change order " + changeOrderId;

    /// <summary>Stopping is what was asked: an ended change order is the result, however it ended; one stuck in progress is still an error.</summary>
    internal override Func<SaeChangeOrder, string, Exception?>? Judge => (order, where) => order.IsFinished ? null : ChangeOrderOutcome.FailureOf(order, where);

    internal override Func<CommandContext, SaeChangeOrder, CancellationToken, Task<SaeChangeOrder>> Action(bool describeAfter)
    {
        bool rollback = Rollback;
        return (context, order, token) => StopAsync(context, order, rollback, describeAfter, token);
    }

    private static async Task<SaeChangeOrder> StopAsync(CommandContext context, SaeChangeOrder order, bool rollback, bool describeAfter, CancellationToken cancellationToken)
    {
        var location = context.Locator.Locate(order.NamespaceId, order.RegionId);
        SaeChangeOrder stopped = await ChangeOrderControl.AbortAsync(context.Client, order, location, rollback, cancellationToken).ConfigureAwait(false);
        return describeAfter ? await ChangeOrderControl.DescribeAsync(context.Client, stopped, location, cancellationToken).ConfigureAwait(false) : stopped;
    }
}
