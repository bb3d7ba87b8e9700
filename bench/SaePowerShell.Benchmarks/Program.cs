using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SaePowerShell.Benchmarks;

/// <summary>
/// Runs the micro-benchmarks (every one unless --filter says otherwise; any BenchmarkDotNet option may be given), or,
/// with --plan-throughput N, the planner throughput measurement that tools/Bench.ps1 reports.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--plan-throughput")
        {
            return PlanThroughput.Run(int.Parse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture));
        }

        if (!args.Any(a => a == "--filter" || a == "-f"))
        {
            args = args.Concat(new[] { "--filter", "*" }).ToArray();
        }

        // A short job (3 warm-up and 3 measured iterations) keeps the whole run to a minute or two on a 2-core
        // machine; in-process, so no second project is generated and built. JSON (brief) gives the figures in
        // nanoseconds and bytes for tools/Bench.ps1; the usual CSV, HTML and Markdown reports are written too.
        IConfig config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
            .AddExporter(JsonExporter.Brief);
        BenchmarkDotNet.Reports.Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
