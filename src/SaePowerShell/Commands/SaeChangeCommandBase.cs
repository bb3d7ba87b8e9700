using System;
using System.Management.Automation;
using SaePowerShell.Commands.Hosting;

namespace SaePowerShell.Commands;

/// <summary>
/// What the commands that make change orders share, one call per namespace (Start-, Stop-, Restart-SaeApplication) or
/// per application (Deploy-, Resize-, Restore-SaeApplication, the instance verbs): how many calls at a time, and
/// whether and how long to wait for their change orders.
/// </summary>
public abstract class SaeChangeCommandBase : SaeCmdletBase
{
    /// <summary>
    /// <para type="description">How many calls are made at the same time (default 4): one per namespace for Start-, Stop- and Restart-SaeApplication, one per application for the others. SAE allows about 60 calls a minute per account, and the module keeps under it.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 32)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary>
    /// <para type="description">Wait until the change orders finish, showing their progress, and write them in their final state. A manual release is written when it stops to wait for its next batch to be confirmed (Resume-SaeChangeOrder goes on). A change order that fails, is terminated or does not finish within -Timeout becomes one error per application (per input, for a change to one application) in it.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>
    /// <para type="description">With -Wait: how many seconds to wait for the change orders to finish (default 1800).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 7 * 24 * 3600)]
    public int Timeout { get; set; } = 1800;

    /// <summary>How to wait with -Wait, or null without it.</summary>
    internal WaitSettings? WaitSettings => Wait ? new WaitSettings(TimeSpan.FromSeconds(Timeout), TimeSpan.FromSeconds(2)) : null;
}
