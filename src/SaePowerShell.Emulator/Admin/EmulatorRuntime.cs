using SaePowerShell.Emulator.Accounts;
using SaePowerShell.Emulator.Faults;
using SaePowerShell.Emulator.Gateway;
using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.State;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Admin;

/// <summary>
/// Everything a reset touches, together with the worlds the process started with: each account's seed, or the
/// snapshot of <c>--snapshot</c> (then the seed gives only the fault plan and latency).
/// </summary>
internal sealed class EmulatorRuntime(WorldSnapshot? startSnapshot, EmulatorAccounts accounts, FaultInjector faults, NonceCache nonces, RequestLog log)
{
    public EmulatorAccounts Accounts { get; } = accounts;

    /// <summary>The default account's world.</summary>
    public SaeWorld World => Accounts.Default.World;

    public FaultInjector Faults { get; } = faults;

    public RequestLog Log { get; } = log;

    /// <summary>An account's world by the admin call's <c>account</c> parameter (null: the default account's); null when there is no such account.</summary>
    public SaeWorld? WorldOf(string? accountId) => accountId is null ? World : Accounts.Find(accountId)?.World;

    /// <summary>
    /// A new seed: its world (change orders gone), and for the default account also its fault plan (counts from zero)
    /// and its latency, which are the emulator's.
    /// </summary>
    public void Load(SeedDocument seed, SaeWorld world)
    {
        world.Load(seed);
        if (world == World)
        {
            Faults.Load(seed);
        }
    }

    /// <summary>
    /// Back to the starting worlds (seeds or snapshot, the snapshot's clock standing at now again), every account's:
    /// worlds, change orders, fault plan, nonces and request log.
    /// </summary>
    public void Reset()
    {
        if (startSnapshot is null)
        {
            foreach (EmulatorAccount account in Accounts.All)
            {
                account.World.Load(account.StartSeed);
            }
        }
        else
        {
            Accounts.Restore(startSnapshot, "The starting snapshot");
        }

        Faults.Load(Accounts.Default.StartSeed);
        nonces.Clear();
        Log.Clear();
    }
}
