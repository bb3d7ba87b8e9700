namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeInstanceSpecifications: the CPU and memory pairs SAE sells (<see cref="ResourceSpec"/>, the ones
/// CreateApplication, DeployApplication and RescaleApplicationVertically take), smallest first, numbered from 1.
/// </summary>
internal sealed partial class DescribeInstanceSpecificationsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call) =>
        Answer(ResourceSpec.Pairs.Select((pair, index) => new DescribeInstanceSpecificationsItem
        {
            Cpu = pair.Cpu,
            Enable = true,
            Id = index + 1,
            Memory = pair.Memory,
            SpecInfo = $"{pair.Cpu / 1000.0:0.#} Core {pair.Memory / 1024.0:0.#} GiB",
            Version = 0,
        }).ToArray());
}
