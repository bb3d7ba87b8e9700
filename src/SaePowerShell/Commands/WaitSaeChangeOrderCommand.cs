using System.Collections.Generic;
using System.Management.Automation;
using System;
using SaePowerShell.Commands.Hosting;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Waits until SAE change orders finish.</para>
/// <para type="description">Wait-SaeChangeOrder polls the change orders it is given until each has succeeded, failed or been terminated, or, for a manual release, stopped to wait for its next batch to be confirmed (then it is written with a warning naming Resume-SaeChangeOrder and Stop-SaeChangeOrder), showing one progress bar per change order with its batches. It polls often at first and less as the wait goes on, and never faster than SAE's quota of about one call a second allows. It writes each change order, in its final state, as it finishes. A change order that fails, is terminated, or does not finish within -Timeout becomes a non-terminating error carrying SAE's error message. Ctrl+C stops waiting at once; the change orders go on.</para>
/// </summary>
/// <example>
/// <code>Get-SaeApplication cn-hangzhou:demo | Start-SaeApplication | Wait-SaeChangeOrder</code>
/// <para>Starts the applications of cn-hangzhou:demo and waits until they run (the same as Start-SaeApplication -Wait).</para>
/// </example>
/// <example>
/// <code>Wait-SaeChangeOrder -ChangeOrderId 01db03d3-3ee9-48b3-b3d0-dfce2d880000 -RegionId cn-shanghai -Timeout 600</code>
/// <para>Waits up to ten minutes for one change order.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Wait, "SaeChangeOrder", DefaultParameterSetName = InputObjectSet, HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Wait-SaeChangeOrder.md")]
[OutputType(typeof(SaeChangeOrder))]
public sealed class WaitSaeChangeOrderCommand : SaeChangeOrderCommandBase
{
    private readonly List<SaeChangeOrder> _orders = new List<SaeChangeOrder>();

    /// <summary>
    /// <para type="description">How many seconds to wait in all (default 1800). Change orders still running then become WaitTimeout errors; they go on running.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 7 * 24 * 3600)]
    public int Timeout { get; set; } = 1800;

    /// <summary>
    /// <para type="description">Seconds between the first polls (default 2); the interval grows by half each round, up to 15 seconds.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0.1, 60.0)]
    public double PollIntervalSec { get; set; } = 2;

    /// <inheritdoc />
    internal override void ProcessInput()
    {
        foreach (KeyValuePair<SaeChangeOrder, object> read in ReadChangeOrders())
        {
            _orders.Add(read.Key);
        }
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
