using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Core.Waiting;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class StopSaeChangeOrderCommand
{
    private ChangeOrderInputs? _inputs;
    private ChangeOrderAction? _action;

    private string ActionText => Rollback ? "Abort and roll back" : "Abort";

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        _inputs ??= new ChangeOrderInputs(this);
        _action ??= new ChangeOrderAction(this);
        _action.Accept(_inputs.Read(ParameterSetName, InputObject, ChangeOrderId, NamespaceId), ActionText);
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        bool rollback = Rollback;
        bool describeAfter = !Wait;

        // Stopping is what was asked: an ended change order is the result, however it ended; one stuck in progress is still an error.
        _action?.End(new ChangeOrderActionRun(rollback ? "Aborting (and rolling back) SAE change orders" : "Aborting SAE change orders", Wait, Timeout, PollIntervalSec, (order, where) => order.IsFinished ? null : ChangeOrderOutcome.FailureOf(order, where)),
            (context, order, token) => StopAsync(context, order, rollback, describeAfter, token),
            id => "Could not " + (rollback ? "abort (and roll back)" : "abort") + " change order " + id);
    }

    private static async Task<SaeChangeOrder> StopAsync(CommandContext context, SaeChangeOrder order, bool rollback, bool describeAfter, CancellationToken cancellationToken)
    {
        var location = context.Locator.Locate(order.NamespaceId, order.RegionId);
        SaeChangeOrder stopped = await ChangeOrderControl.AbortAsync(context.Client, order, location, rollback, cancellationToken).ConfigureAwait(false);
        return describeAfter ? await ChangeOrderControl.DescribeAsync(context.Client, stopped, location, cancellationToken).ConfigureAwait(false) : stopped;
    }
}
