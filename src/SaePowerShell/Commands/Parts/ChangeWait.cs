using System;
using SaePowerShell.Commands.Hosting;

namespace SaePowerShell.Commands.Parts;

/// <summary>How a change waits: -Wait, -Timeout and -PollIntervalSec of the change parameter group, as the waiter takes them.</summary>
internal static class ChangeWait
{
    /// <summary>How to wait with -Wait, or null without it.</summary>
    public static WaitSettings? Of(bool wait, int timeoutSeconds, double pollIntervalSec) =>
        wait ? new WaitSettings(TimeSpan.FromSeconds(timeoutSeconds), TimeSpan.FromSeconds(pollIntervalSec)) : null;
}
