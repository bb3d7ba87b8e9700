using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.Faults;

/// <summary>
/// The fault plan in force, with how often each rule has fired and its seeded random numbers, plus the latency every
/// SAE answer gets. The gateway asks it once per identified SAE request; the admin endpoints replace the plan. Thread-safe.
/// </summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly int? _latencyOverrideMs;
    private FaultPlan _plan = FaultPlan.Empty;
    private int[] _fired = [];
    private Random _random = new(0);
    private int _baseLatencyMs;

    /// <param name="seed">The starting plan (its <c>faults</c> and <c>randomSeed</c>) and latency.</param>
    /// <param name="latencyOverrideMs">The command line's <c>--latency-ms</c>; when set it wins over every seed's <c>latencyMs</c>.</param>
    public FaultInjector(SeedDocument seed, int? latencyOverrideMs)
    {
        _latencyOverrideMs = latencyOverrideMs;
        Load(seed);
    }

    public FaultPlan Plan
    {
        get
        {
            lock (_gate)
            {
                return _plan;
            }
        }
    }

    /// <summary>Milliseconds added to every SAE API answer, before any rule's own latency.</summary>
    public int BaseLatencyMs
    {
        get
        {
            lock (_gate)
            {
                return _baseLatencyMs;
            }
        }
    }

    /// <summary>Takes a seed's plan and latency (a reset, or <c>PUT /_emulator/seed</c>): the seed describes everything.</summary>
    public void Load(SeedDocument seed)
    {
        FaultPlan plan = FaultPlan.From(seed.RandomSeed, seed.Faults);
        lock (_gate)
        {
            _baseLatencyMs = _latencyOverrideMs ?? seed.LatencyMs ?? 0;
            Install(plan);
        }
    }

    /// <summary>Replaces the plan and starts counting afresh: counts from zero, random numbers from the plan's seed.</summary>
    public void Replace(FaultPlan plan)
    {
        lock (_gate)
        {
            Install(plan);
        }
    }

    /// <summary>
    /// The rule that fires for this request, or null: the first, in plan order, that matches, has firings left and wins
    /// its draw. Only a rule that fires counts the request; a matching rule that does not fire (exhausted, or lost the
    /// draw) leaves the request to the next rule. A rate rule draws one random number per request it matches while it
    /// has firings left, so a plan replayed with the same requests in the same order fires on the same ones.
    /// </summary>
    public FaultRule? Decide(string api, string? namespaceId)
    {
        lock (_gate)
        {
            for (int i = 0; i < _plan.Rules.Count; i++)
            {
                FaultRule rule = _plan.Rules[i];
                if (!rule.Matches(api, namespaceId) || (rule.Count is int count && _fired[i] >= count))
                {
                    continue;
                }

                if (rule.Rate is double rate && _random.NextDouble() >= rate)
                {
                    continue;
                }

                _fired[i]++;
                return rule;
            }

            return null;
        }
    }

    private void Install(FaultPlan plan)
    {
        _plan = plan;
        _fired = new int[plan.Rules.Count];

        // Random(int) is the fixed legacy algorithm: the same seed gives the same numbers on every .NET and machine.
        _random = new Random(plan.RandomSeed);
    }
}
