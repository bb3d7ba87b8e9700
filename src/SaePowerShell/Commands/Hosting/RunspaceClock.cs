using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using SaePowerShell.Core.Time;

namespace SaePowerShell.Commands.Hosting;

/// <summary>
/// The clock of the commands run in each runspace: the system's, unless the host that made the runspace gave it
/// another. The hosted tests give theirs a manual one, shared with the in-process emulator, so that waits, backoff and
/// change orders move on one time that the test drives, not on the wall clock. Internal: no user can set it.
/// </summary>
internal static class RunspaceClock
{
    private static readonly ConditionalWeakTable<Runspace, IClock> Clocks = new ConditionalWeakTable<Runspace, IClock>();

    /// <summary>The clock of the runspace this thread runs commands in; read on the pipeline thread.</summary>
    public static IClock Current => Runspace.DefaultRunspace is Runspace runspace && Clocks.TryGetValue(runspace, out IClock? clock) ? clock : SystemClock.Instance;

    public static void Use(Runspace runspace, IClock clock)
    {
        Clocks.Remove(runspace);
        Clocks.Add(runspace, clock);
    }
}
