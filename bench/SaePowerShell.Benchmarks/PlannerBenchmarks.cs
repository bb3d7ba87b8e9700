using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SaePowerShell.Core.Batching;

namespace SaePowerShell.Benchmarks;

/// <summary>Planner.ByNamespace over 2,000 applications in 40 namespaces (one group of 50 per namespace).</summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private List<AppTarget> _targets = null!;

    [GlobalSetup]
    public void Setup()
    {
        _targets = Fixtures.Targets(2000, 40);
        if (Planner.ByNamespace(_targets).Groups.Count != 40)
        {
            throw new System.InvalidOperationException("2,000 applications over 40 namespaces should plan into 40 groups.");
        }
    }

    [Benchmark(Description = "Plan 2,000 targets over 40 namespaces")]
    public object Plan() => Planner.ByNamespace(_targets);
}
