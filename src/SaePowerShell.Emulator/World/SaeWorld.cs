using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.World;

/// <summary>
/// The thread-safe owner of the <see cref="WorldState"/>. Every API call and admin call is one transaction under a
/// single lock: the emulator serves a handful of requests per second, and one lock makes "validate, then create a
/// change order" atomic without any further thought.
/// </summary>
internal sealed class SaeWorld
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly int? _delayOverrideMs;
    private readonly bool _batchOrdersPerNamespace;
    private WorldState _state;

    /// <param name="delayOverrideMs">The command line's change order delay; when set it wins over every seed's.</param>
    /// <param name="batchOrdersPerNamespace">The command line's <c>--batch-orders-per-namespace</c>: when set, it is on
    /// whatever the seed says (a switch can only be turned on from there); otherwise each seed's <c>batchOrdersPerNamespace</c> decides.</param>
    public SaeWorld(SeedDocument seed, TimeProvider clock, int? delayOverrideMs, bool batchOrdersPerNamespace = false)
    {
        _clock = clock;
        _delayOverrideMs = delayOverrideMs;
        _batchOrdersPerNamespace = batchOrdersPerNamespace;
        _state = Create(seed);
    }

    /// <summary>Runs <paramref name="work"/> alone, after moving every change order along to the clock's now.</summary>
    public T Transact<T>(Func<WorldState, T> work)
    {
        lock (_gate)
        {
            _state.Now = _clock.GetUtcNow();
            _state.AdvanceChangeOrders();
            return work(_state);
        }
    }

    /// <summary>Throws the current world away, change orders included, and starts over from <paramref name="seed"/>.</summary>
    public void Load(SeedDocument seed)
    {
        WorldState fresh = Create(seed);
        lock (_gate)
        {
            _state = fresh;
        }
    }

    private WorldState Create(SeedDocument seed)
    {
        int delayMs = _delayOverrideMs ?? seed.ChangeOrderDelayMs ?? EmulatorOptions.DefaultChangeOrderDelayMs;
        bool perNamespace = _batchOrdersPerNamespace || seed.BatchOrdersPerNamespace == true;
        return new WorldState(seed, TimeSpan.FromMilliseconds(delayMs), _clock.GetUtcNow(), perNamespace);
    }
}
