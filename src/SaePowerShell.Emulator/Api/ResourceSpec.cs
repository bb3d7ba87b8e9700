namespace SaePowerShell.Emulator.Api;

/// <summary>
/// The CPU and memory pairs SAE sells (the SDK's Cpu and Memory documentation: each memory size with the CPU sizes it
/// goes with). A Cpu or Memory that is not one of SAE's sizes, or a pair SAE does not offer, is
/// InvalidParameter.WithMessage naming it (SAE documents no code of its own for it).
/// </summary>
internal static class ResourceSpec
{
    /// <summary>Millicores, and the memory sizes (MB) each is sold with.</summary>
    private static readonly IReadOnlyDictionary<int, int[]> MemoryByCpu = new Dictionary<int, int[]>
    {
        [500] = [1024, 2048],
        [1000] = [1024, 2048, 4096],
        [2000] = [2048, 4096, 8192],
        [4000] = [4096, 8192, 16384],
        [8000] = [8192, 16384, 65536],
        [12000] = [12288, 24576],
        [16000] = [16384, 32768, 65536],
        [32000] = [65536, 131072],
    };

    /// <summary>Every pair SAE sells, by CPU then memory (DescribeInstanceSpecifications).</summary>
    public static IEnumerable<(int Cpu, int Memory)> Pairs =>
        MemoryByCpu.OrderBy(p => p.Key).SelectMany(p => p.Value.Select(memory => (p.Key, memory)));

    /// <summary>What CreateApplication gives an application that names neither: SAE's smallest pair.</summary>
    public const int DefaultCpu = 500;

    public const int DefaultMemory = 1024;

    /// <summary>Cpu and Memory of the call, each defaulting to the given one, checked as a pair SAE offers.</summary>
    public static (int Cpu, int Memory) Read(SaeCall call, int defaultCpu, int defaultMemory)
    {
        int cpu = call.OptionalInt("Cpu", defaultCpu, 1, int.MaxValue);
        int memory = call.OptionalInt("Memory", defaultMemory, 1, int.MaxValue);
        if (!MemoryByCpu.TryGetValue(cpu, out int[]? memories))
        {
            throw new SaeException(SaeErrors.WithMessage("Cpu", $"{cpu} millicores is not one of SAE's sizes ({string.Join(", ", MemoryByCpu.Keys)})."));
        }

        return memories.Contains(memory)
            ? (cpu, memory)
            : throw new SaeException(SaeErrors.WithMessage("Memory", $"{memory} MB does not go with {cpu} millicores of CPU (it takes {string.Join(", ", memories)})."));
    }
}
