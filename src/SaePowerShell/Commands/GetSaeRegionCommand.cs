using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

// The declaration (parameters, help) is generated from data/sae-cmdlets.json; this is the behaviour.
public sealed partial class GetSaeRegionCommand
{
    /// <summary>The region to list regions at: the one the command would call, else any, since they all answer alike.</summary>
    private const string AnyRegion = "cn-hangzhou";

    internal override bool ChecksRegion => false;

    /// <inheritdoc />
    internal override void EndInput()
    {
        ServiceLocation location;
        try
        {
            location = Locate(null, RegionId);
        }
        catch (SaeConfigurationException)
        {
            WriteVerbose("No region is set; asking " + AnyRegion + ", since every region answers DescribeRegions alike.");
            location = Locate(null, AnyRegion);
        }

        ApiResponse? response = Call(DescribeRegionsCall.Request(location), null, "Could not list the regions SAE serves");
        if (response != null)
        {
            IReadOnlyList<SaeRegion> regions = DescribeRegionsCall.Parse(response);
            RegionCache.Remember(location, regions);
            WriteObject(regions, enumerateCollection: true);
        }
    }
}
