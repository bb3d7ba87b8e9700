using SaePowerShell.Emulator.Surface;
using SaePowerShell.Emulator.Api;
using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.Faults;

/// <summary>
/// The rules that make the emulator misbehave on purpose, so a client's resilience can be tested over real HTTP. Immutable:
/// how often each rule has fired lives in the <see cref="FaultInjector"/>, so replacing a plan starts its counts afresh.
/// </summary>
internal sealed record FaultPlan(int RandomSeed, IReadOnlyList<FaultRule> Rules)
{
    /// <summary>A rule's latency beyond this is surely a mistake (and would outlast every client timeout anyway).</summary>
    public const int MaxLatencyMs = 600_000;

    public static readonly FaultPlan Empty = new(0, []);

    /// <summary>Validates the rules as written in a seed or an admin request.</summary>
    /// <exception cref="FaultPlanException">The first problem found, naming the rule (1-based).</exception>
    public static FaultPlan From(int? randomSeed, IReadOnlyList<SeedFaultRule?>? rules)
    {
        var valid = new List<FaultRule>();
        foreach (SeedFaultRule? rule in rules ?? [])
        {
            string where = $"fault rule #{valid.Count + 1}";
            if (rule is null)
            {
                throw new FaultPlanException($"{where} is null.");
            }

            // An API name is checked because a misspelt one would silently match nothing. Any official API may be
            // faulted, emulated or not: a client's handling of a lost DELETE is worth testing before it is emulated.
            if (rule.Api is not null && ApiSurface.Official.ByName(rule.Api) is null)
            {
                throw new FaultPlanException($"{where} names the unknown api '{rule.Api}'; use null (any) or an official SAE API, such as {string.Join(", ", SaeApiTable.All.Select(a => a.Name))}.");
            }

            if (rule.NamespaceId is { Length: 0 })
            {
                throw new FaultPlanException($"{where} has an empty namespaceId; use null for any namespace.");
            }

            if (rule.Count is < 0)
            {
                throw new FaultPlanException($"{where} has a negative count.");
            }

            if (rule.Rate is { } rate && !(rate >= 0 && rate <= 1))
            {
                throw new FaultPlanException($"{where} has the rate {rate}; use a fraction from 0 to 1.");
            }

            if (rule.LatencyMs is < 0 or > MaxLatencyMs)
            {
                throw new FaultPlanException($"{where} has the latencyMs {rule.LatencyMs}; use 0 to {MaxLatencyMs}.");
            }

            FaultKind kind = FaultKind.TryParse(rule.Fault, out string problem) ?? throw new FaultPlanException($"{where} {problem}.");
            valid.Add(new FaultRule(rule.Api, rule.NamespaceId, rule.Count, rule.Rate, kind, rule.LatencyMs ?? 0));
        }

        return new FaultPlan(randomSeed ?? 0, valid);
    }

    /// <summary>The plan as <c>GET /_emulator/faults</c> shows it and <c>PUT</c> accepts it, every default filled in.</summary>
    public FaultPlanDocument ToDocument() => new()
    {
        RandomSeed = RandomSeed,
        Faults = Rules.Select(r => new SeedFaultRule
        {
            Api = r.Api,
            NamespaceId = r.NamespaceId,
            Count = r.Count,
            Rate = r.Rate,
            Fault = r.Kind.Name,
            LatencyMs = r.LatencyMs,
        }).ToList(),
    };
}
