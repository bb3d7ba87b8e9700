using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Waiting;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// The part behind Resume- and Stop-SaeChangeOrder: confirm each change order as it arrives, then at the end act on
/// them (a few at a time, under the quota), writing each change order as SAE then describes it, or, with -Wait, in
/// its final state; a failure is one error about the change order it came from.
/// </summary>
internal sealed class ChangeOrderAction
{
    private readonly SaeCmdletBase _cmdlet;
    private readonly List<Accepted> _accepted = new List<Accepted>();

    public ChangeOrderAction(SaeCmdletBase cmdlet) => _cmdlet = cmdlet;

    /// <summary>Asks ShouldProcess for each change order read, naming <paramref name="actionText"/>, and keeps those confirmed.</summary>
    public void Accept(IEnumerable<KeyValuePair<SaeChangeOrder, object>> read, string actionText)
    {
        foreach (KeyValuePair<SaeChangeOrder, object> order in read)
        {
            if (_cmdlet.ShouldProcess(ChangeOrderOutcome.Describe(order.Key), actionText))
            {
                _accepted.Add(new Accepted(order.Key, order.Value));
            }
        }
    }

    /// <summary>
    /// Acts on the change orders kept: <paramref name="act"/> was made on the pipeline thread from the parameters'
    /// values and runs on worker threads, which never touch the cmdlet; <paramref name="failure"/> says what could
    /// not be done to a change order, for its error.
    /// </summary>
    public void End(ChangeOrderActionRun run, Func<CommandContext, SaeChangeOrder, CancellationToken, Task<SaeChangeOrder>> act, Func<string, string> failure)
    {
        if (_accepted.Count == 0)
        {
            return;
        }

        ChangeOrderFanOut.Run(_cmdlet, _accepted, 4, run.Activity,
            (context, accepted, token) => act(context, accepted.Order, token),
            (accepted, error) => _cmdlet.WriteError(ErrorRecordFactory.FromException(error, accepted.Input, failure(accepted.Order.ChangeOrderId))),
            run.Wait ? new WaitSettings(TimeSpan.FromSeconds(run.TimeoutSeconds), TimeSpan.FromSeconds(run.PollIntervalSec), run.Judge) : null);
    }

    /// <summary>A change order to act on, and what it came from (errors point back at it).</summary>
    private sealed record Accepted(SaeChangeOrder Order, object Input)
    {
        public override string ToString() => Order.ChangeOrderId;
    }
}

/// <summary>What a change-order action's cmdlet hands its part at the end: the progress bar's title (a sentence, such as "Aborting SAE change orders"), -Wait, -Timeout, -PollIntervalSec, and what an ended change order means after it, given where it is (null: ChangeOrderOutcome.FailureOf).</summary>
internal sealed record ChangeOrderActionRun(string Activity, bool Wait, int TimeoutSeconds, double PollIntervalSec, Func<SaeChangeOrder, string, Exception?>? Judge);
