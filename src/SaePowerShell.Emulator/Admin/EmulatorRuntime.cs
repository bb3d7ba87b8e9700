using SaePowerShell.Emulator.Faults;
using SaePowerShell.Emulator.Gateway;
using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.State;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Admin;

/// <summary>
/// Everything a reset touches, together with the world the process started with: the seed, or the snapshot of
/// <c>--snapshot</c> (then the seed gives only the fault plan and latency).
/// </summary>
internal sealed class EmulatorRuntime(SeedDocument startSeed, WorldSnapshot? startSnapshot, SaeWorld world, FaultInjector faults, NonceCache nonces, RequestLog log)
{
    public SaeWorld World { get; } = world;

    public FaultInjector Faults { get; } = faults;

    public RequestLog Log { get; } = log;

    /// <summary>A new seed: its world (change orders gone), its fault plan (counts from zero) and its latency.</summary>
    public void Load(SeedDocument seed)
    {
        World.Load(seed);
        Faults.Load(seed);
    }

    /// <summary>
    /// Back to the starting world (seed or snapshot, the snapshot's clock standing at now again): world, change orders,
    /// fault plan, nonces and request log.
    /// </summary>
    public void Reset()
    {
        if (startSnapshot is null)
        {
            Load(startSeed);
        }
        else
        {
            World.Restore(startSnapshot, "The starting snapshot");
            Faults.Load(startSeed);
        }

        nonces.Clear();
        Log.Clear();
    }
}
