using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// DescribeRegions: the regions the emulated account has namespaces in, in seed order. The envelope has no Data and
/// no Success: the SDK model reads Regions.Region[] at the top level and Code as an integer.
/// </summary>
internal sealed partial class DescribeRegionsApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        var regions = call.World.Namespaces.Select(n => n.RegionId).Distinct(StringComparer.Ordinal).Select(Describe).ToList();
        return Answer(regions: new() { Region = regions });
    }

    private static DescribeRegionsRegionsObject.RegionItem Describe(string regionId) => new()
    {
        RegionId = regionId,
        LocalName = LocalName(regionId),
        RegionEndpoint = $"sae.{regionId}.aliyuncs.com",

        // The emulator has no zones; an empty list is honest and still the declared shape.
        RecommendZones = new() { RecommendZone = [] },
    };

    /// <summary>The console's names for the regions the default seed uses; any other region is named by its id.</summary>
    private static string LocalName(string regionId) => regionId switch
    {
        "cn-hangzhou" => "华东1（杭州）",
        "cn-shanghai" => "华东2（上海）",
        "cn-beijing" => "华北2（北京）",
        "cn-shenzhen" => "华南1（深圳）",
        _ => regionId,
    };
}
