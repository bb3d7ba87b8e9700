using System.Collections.Generic;
using System.Management.Automation;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Completion;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Commands;

/// <summary>
/// <para type="synopsis">Gets the regions SAE serves.</para>
/// <para type="description">Get-SaeRegion calls DescribeRegions and writes one SaeRegion per region SAE serves: its id, its name in the console, its endpoint and the zones SAE recommends there. Every region answers the same list, so it asks the region the command would call anyway (-RegionId, else the session's or ALIBABA_CLOUD_REGION_ID), or cn-hangzhou when none is set. The answer is kept for an hour: tab completion of -RegionId offers the regions it names, and a -RegionId that SAE does not serve gets a warning naming the closest one.</para>
/// </summary>
/// <example>
/// <code>Get-SaeRegion</code>
/// <para>Lists the regions SAE serves.</para>
/// </example>
/// <example>
/// <code>Get-SaeRegion | ForEach-Object { Get-SaeNamespace -RegionId $_.RegionId }</code>
/// <para>Lists the account's namespaces in every region SAE serves.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "SaeRegion", HelpUri = "https://github.com/saepowershell/SaePowerShell/blob/main/docs/cmdlets/Get-SaeRegion.md")]
[OutputType(typeof(SaeRegion))]
public sealed class GetSaeRegionCommand : SaeCmdletBase
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
