using System.Threading;
using System.Threading.Tasks;
using SaePowerShell.Commands.Parts;
using SaePowerShell.Core.Context;
using SaePowerShell.Core.Outcome;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class ResumeSaeChangeOrderCommand
{
    private const string ActionText = "Confirm the next batch";

    private ChangeOrderInputs? _inputs;
    private ChangeOrderAction? _action;

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
        bool describeAfter = !Wait;
        _action?.End(new ChangeOrderActionRun("Confirming the next batch of SAE change orders", Wait, Timeout, PollIntervalSec, null),
            (context, order, token) => ResumeAsync(context, order, describeAfter, token),
            id => "Could not confirm the next batch of change order " + id);
    }

    private static async Task<SaeChangeOrder> ResumeAsync(CommandContext context, SaeChangeOrder order, bool describeAfter, CancellationToken cancellationToken)
    {
        var location = context.Locator.Locate(order.NamespaceId, order.RegionId);
        SaeChangeOrder resumed = await ChangeOrderControl.ResumeAsync(context.Client, order, location, cancellationToken).ConfigureAwait(false);
        return describeAfter ? await ChangeOrderControl.DescribeAsync(context.Client, resumed, location, cancellationToken).ConfigureAwait(false) : resumed;
    }
}
