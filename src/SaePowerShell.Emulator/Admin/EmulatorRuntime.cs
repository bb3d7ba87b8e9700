using SaePowerShell.Emulator.Faults;
using SaePowerShell.Emulator.Gateway;
using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Admin;

/// <summary>Everything a reset touches, together with the seed the process started with.</summary>
internal sealed class EmulatorRuntime(SeedDocument startSeed, SaeWorld world, FaultInjector faults, NonceCache nonces, RequestLog log)
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

    /// <summary>Back to the starting seed: world, change orders, fault plan, nonces and request log.</summary>
    public void Reset()
    {
        Load(startSeed);
        nonces.Clear();
        Log.Clear();
    }
}
