using System;
using System.Collections.Generic;
using System.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Context;

namespace SaePowerShell.Commands.Parts;

/// <summary>
/// The change orders a command's changes answered under -Wait, each with what its failure names, waited on together at
/// the end of the pipeline: SAE runs orders of different applications at once, so one waiter watching them all ends
/// with the slowest, and shares its looks under the quota.
/// </summary>
internal sealed class PendingChangeOrders
{
    private readonly List<Pending> _orders = new List<Pending>();

    /// <summary>Keeps <paramref name="order"/>; its failure becomes an error on <paramref name="target"/>, titled <paramref name="failureSubject"/>.</summary>
    public void Add(SaeChangeOrder order, object? target, string? failureSubject = null) =>
        _orders.Add(new Pending(order, target ?? order, failureSubject));

    /// <summary>Waits on every order kept (nothing when none is); a success goes to <paramref name="succeeded"/>, a failure is written as an error.</summary>
    public void WaitAll(CancellableCmdlet cmdlet, CommandContext context, WaitSettings settings, Action<SaeChangeOrder> succeeded)
    {
        if (_orders.Count == 0)
        {
            return;
        }

        Dictionary<string, Pending> byId = _orders
            .GroupBy(p => p.Order.ChangeOrderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        new ChangeOrderWaiter(cmdlet, context, settings.Timeout, settings.FirstInterval).Wait(
            byId.Values.Select(p => p.Order).ToList(),
            (order, failure) =>
            {
                if (failure is null)
                {
                    succeeded(order);
                }
                else
                {
                    Pending pending = byId[order.ChangeOrderId];
                    cmdlet.WriteError(ErrorRecordFactory.FromException(failure, pending.Target, pending.FailureSubject));
                }
            },
            justCreated: true);
    }

    private sealed record Pending(SaeChangeOrder Order, object Target, string? FailureSubject);
}
