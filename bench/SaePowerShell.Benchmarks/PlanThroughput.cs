using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using SaePowerShell.Core.Batching;

namespace SaePowerShell.Benchmarks;

/// <summary>
/// <c>--plan-throughput N</c>: plans N targets over 40 namespaces in a fresh process and prints one JSON line with the
/// time (the median of 5 runs, after a warm-up), objects per second and the process's peak working set. tools/Bench.ps1
/// uses it for the "grouping alone" figure beside the cmdlet's own pipeline overhead.
/// </summary>
internal static class PlanThroughput
{
    private const int Runs = 5;

    public static int Run(int count)
    {
        List<AppTarget> targets = Fixtures.Targets(count, 40);
        Planner.ByNamespace(Fixtures.Targets(2000, 40)); // JIT and warm up on a small plan.

        var seconds = new double[Runs];
        int groups = 0;
        for (int run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            BatchPlan plan = Planner.ByNamespace(targets);
            seconds[run] = watch.Elapsed.TotalSeconds;
            groups = plan.Groups.Count;
        }

        Array.Sort(seconds);
        double median = seconds[Runs / 2];
        long peak;
        using (Process self = Process.GetCurrentProcess())
        {
            self.Refresh();
            peak = self.PeakWorkingSet64;
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "{{\"targets\":{0},\"namespaces\":40,\"groups\":{1},\"runs\":{2},\"medianSeconds\":{3:R},\"objectsPerSecond\":{4:R},\"peakWorkingSetBytes\":{5}}}",
            count, groups, Runs, median, count / median, peak));
        return 0;
    }
}
