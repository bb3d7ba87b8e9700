using SaePowerShell.Emulator.Seed;
using SaePowerShell.Emulator.State;

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

    /// <summary>
    /// Called at the end of every transaction and after every load or restore, still under the lock, so what it sees
    /// is never older than what it saw before (<c>--state-file</c>). Set once, before the emulator serves.
    /// </summary>
    public Action<WorldState>? AfterTransaction { get; set; }

    /// <summary>Runs <paramref name="work"/> alone, after moving every change order along to the clock's now.</summary>
    public T Transact<T>(Func<WorldState, T> work)
    {
        lock (_gate)
        {
            _state.Now = _clock.GetUtcNow();
            _state.AdvanceChangeOrders();
            try
            {
                return work(_state);
            }
            finally
            {
                // A refused request has changed nothing, but time may have moved a change order along first.
                AfterTransaction?.Invoke(_state);
            }
        }
    }

    /// <summary>Throws the current world away, change orders included, and starts over from <paramref name="seed"/>.</summary>
    public void Load(SeedDocument seed) => Replace(Create(seed));

    /// <summary>Throws the current world away and puts a saved one in its place, its clock standing where it stood.</summary>
    /// <exception cref="WorldSnapshotException">The snapshot does not describe a possible world; the world is left as it was.</exception>
    public void Restore(WorldSnapshot snapshot, string source) => Replace(Prepare(snapshot, source));

    /// <summary>The world a snapshot describes, built but not yet in place (<see cref="Put"/>), so that several accounts' worlds are restored all or none.</summary>
    /// <exception cref="WorldSnapshotException">The snapshot does not describe a possible world.</exception>
    public WorldState Prepare(WorldSnapshot snapshot, string source) =>
        WorldSnapshots.Restore(snapshot, source, _clock.GetUtcNow(), _delayOverrideMs, _batchOrdersPerNamespace);

    /// <summary>Puts a world from <see cref="Prepare"/> in place of the current one.</summary>
    public void Put(WorldState prepared) => Replace(prepared);

    /// <summary>The world as it is now, every change order moved along first.</summary>
    public WorldSnapshot Snapshot() => Transact(WorldSnapshots.Capture);

    private void Replace(WorldState fresh)
    {
        lock (_gate)
        {
            _state = fresh;
            AfterTransaction?.Invoke(_state);
        }
    }

    private WorldState Create(SeedDocument seed)
    {
        int delayMs = _delayOverrideMs ?? seed.ChangeOrderDelayMs ?? EmulatorOptions.DefaultChangeOrderDelayMs;
        bool perNamespace = _batchOrdersPerNamespace || seed.BatchOrdersPerNamespace == true;
        return new WorldState(seed, TimeSpan.FromMilliseconds(delayMs), _clock.GetUtcNow(), perNamespace);
    }
}
