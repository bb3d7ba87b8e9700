using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using SaePowerShell.Core.Credentials;

namespace SaePowerShell.Commands.Hosting;

/// <summary>
/// The Connect-SaeAccount default of each runspace, in memory only. Keyed by runspace so two runspaces in one process
/// (a host, a job, Azure Functions) never see each other's login.
/// </summary>
internal static class SessionContexts
{
    private static readonly ConditionalWeakTable<Runspace, Holder> Contexts = new ConditionalWeakTable<Runspace, Holder>();

    public static SessionContext? Current => Runspace.DefaultRunspace is Runspace runspace && Contexts.TryGetValue(runspace, out Holder? holder) ? holder.Context : null;

    public static void Set(SessionContext? context)
    {
        if (Runspace.DefaultRunspace is Runspace runspace)
        {
            Contexts.GetOrCreateValue(runspace).Context = context;
        }
    }

    private sealed class Holder
    {
        public SessionContext? Context { get; set; }
    }
}
