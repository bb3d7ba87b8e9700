using SaePowerShell.Emulator.Gateway;
using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Admin;

/// <summary>Everything a reset touches, together with the seed the process started with.</summary>
internal sealed class EmulatorRuntime(SeedDocument startSeed, SaeWorld world, NonceCache nonces, RequestLog log)
{
    public SaeWorld World { get; } = world;

    public RequestLog Log { get; } = log;

    /// <summary>Back to the starting seed: world, change orders, nonces and request log.</summary>
    public void Reset()
    {
        World.Load(startSeed);
        nonces.Clear();
        Log.Clear();
    }
}
