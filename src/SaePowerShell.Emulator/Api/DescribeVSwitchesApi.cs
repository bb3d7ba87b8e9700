using System.Globalization;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeVSwitches: the vSwitches of a VPC. The emulator has one VPC (vpc-emulator) with one vSwitch
/// (vsw-emulator, in zone h of the request's region, cn-hangzhou without the header); VSwitchId and VSwitchName
/// filter it. Its free addresses are a /20's less one per instance of the world.
/// </summary>
internal sealed partial class DescribeVSwitchesApi : ISaeApi
{
    private const int AddressesInSubnet = 4093;

    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        if (call.Required("VpcId") != SaeNamespace.EmulatedVpcId)
        {
            throw new SaeException(SaeErrors.VpcNotFound);
        }

        string? id = call.Optional("VSwitchId");
        string? name = call.Optional("VSwitchName");
        bool matches = (string.IsNullOrEmpty(id) || id == SaeNamespace.EmulatedVSwitchId) && (string.IsNullOrEmpty(name) || name == SaeNamespace.EmulatedVSwitchId);
        int used = world.Applications.Sum(a => a.InstanceList.Count);
        DescribeVSwitchesItem[] vSwitches = matches
            ?
            [
                new()
                {
                    AvailableIpAddressCount = Math.Max(0, AddressesInSubnet - used).ToString(CultureInfo.InvariantCulture),
                    Status = "Available",
                    VSwitchId = SaeNamespace.EmulatedVSwitchId,
                    VSwitchName = SaeNamespace.EmulatedVSwitchId,
                    VpcId = SaeNamespace.EmulatedVpcId,
                    ZoneId = (call.RegionHeader ?? "cn-hangzhou") + "-h",
                },
            ]
            : [];
        return Answer(vSwitches);
    }
}
