using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Waiting;

namespace SaePowerShell.Commands;

/// <summary>
/// The mechanism behind Resume- and Stop-SaeChangeOrder: confirm each change order as it arrives, then act on them
/// in EndProcessing (a few at a time, under the quota), writing each change order as SAE then describes it, or,
/// with -Wait, in its final state; a failure is one error about the change order it came from.
/// </summary>
public abstract class SaeChangeOrderActionCommandBase : SaeChangeOrderCommandBase
{
    private readonly List<Accepted> _accepted = new List<Accepted>();

    /// <summary>
    /// <para type="description">Wait until the change orders finish (or, for a manual release, stop to wait for the next batch to be confirmed), showing their progress, and write them in their final state.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>
    /// <para type="description">With -Wait: how many seconds to wait for the change orders (default 1800).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 7 * 24 * 3600)]
    public int Timeout { get; set; } = 1800;

    /// <summary>What ShouldProcess names as the action, such as "Confirm the next batch".</summary>
    internal abstract string ActionText { get; }

    /// <summary>The progress bar's title while the calls go out, such as "Aborting SAE change orders".</summary>
    internal abstract string Activity { get; }

    /// <summary>What failed, in a sentence that reads: "Could not abort (and roll back) change order X".</summary>
    internal abstract string CouldNot(string changeOrderId);

    /// <summary>What an ended change order means after this action (null: ChangeOrderOutcome.FailureOf).</summary>
    internal virtual Func<SaeChangeOrder, string, Exception?>? Judge => null;

    /// <summary>
    /// The action on one change order, made here on the pipeline thread from the parameters' values and run on worker
    /// threads, which never touch the cmdlet; it describes the change order afterwards when <paramref name="describeAfter"/>
    /// (there is no -Wait to do so).
    /// </summary>
    internal abstract Func<CommandContext, SaeChangeOrder, CancellationToken, Task<SaeChangeOrder>> Action(bool describeAfter);

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        foreach (KeyValuePair<SaeChangeOrder, object> read in ReadChangeOrders())
        {
            if (ShouldProcess(ChangeOrderOutcome.Describe(read.Key), ActionText))
            {
                _accepted.Add(new Accepted(read.Key, read.Value));
            }
        }
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        if (_accepted.Count == 0)
        {
            return;
        }

        Func<CommandContext, SaeChangeOrder, CancellationToken, Task<SaeChangeOrder>> act = Action(describeAfter: !Wait);
        ChangeOrderFanOut.Run(this, _accepted, 4, Activity,
            (context, accepted, token) => act(context, accepted.Order, token),
            (accepted, error) => WriteError(ErrorRecordFactory.FromException(error, accepted.Input, CouldNot(accepted.Order.ChangeOrderId))),
            Wait ? new WaitSettings(TimeSpan.FromSeconds(Timeout), TimeSpan.FromSeconds(2), Judge) : null);
    }

    /// <summary>A change order to act on, and what it came from (errors point back at it).</summary>
    private sealed record Accepted(SaeChangeOrder Order, object Input)
    {
        public override string ToString() => Order.ChangeOrderId;
    }
}
