using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Commands.Parts;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class WaitSaeChangeOrderCommand
{
    private readonly List<SaeChangeOrder> _orders = new List<SaeChangeOrder>();
    private ChangeOrderInputs? _inputs;

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        _inputs ??= new ChangeOrderInputs(this);
        _orders.AddRange(_inputs.Read(ParameterSetName, InputObject, ChangeOrderId, NamespaceId).Select(read => read.Key));
    }

    /// <inheritdoc />
    internal override void EndInput()
    {
        if (_orders.Count == 0)
        {
            return;
        }

        new ChangeOrderWaiter(this, CommandContext, TimeSpan.FromSeconds(Timeout), TimeSpan.FromSeconds(PollIntervalSec)).Wait(
            _orders,
            (order, failure) =>
            {
                if (failure is null)
                {
                    WriteObject(order);
                }
                else
                {
                    WriteError(ErrorRecordFactory.FromException(failure, order));
                }
            });
    }
}
