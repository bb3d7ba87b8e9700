using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Endpoints;

public sealed class RegionCheckTests
{
    private static readonly string[] Served = ["cn-hangzhou", "cn-shanghai", "cn-beijing"];

    [Fact]
    public void AMistypedRegion_IsNamed_WithTheClosestServedOne()
    {
        string? warning = RegionCheck.Refusal("cn-hangzou", Served);

        Assert.NotNull(warning);
        Assert.Contains("'cn-hangzou'", warning);
        Assert.Contains("did you mean cn-hangzhou?", warning);
        Assert.Contains("cn-beijing, cn-hangzhou, cn-shanghai", warning);
    }

    [Theory]
    [InlineData("cn-shanghai")]
    [InlineData("me-central-1")]
    public void ARegionSaeServes_OrAnUnknownList_GetsNoWarning(string region)
    {
        Assert.Null(RegionCheck.Refusal(region, region == "cn-shanghai" ? Served : []));
    }

    [Theory]
    [InlineData("cn-hangzhou", false)]
    [InlineData("cn-hangzou", true)]
    [InlineData("me-central-1", true)]
    public void OnlyRegionsWithoutAKnownPublicEndpoint_AreAskedAbout(string region, bool asked)
    {
        Assert.Equal(asked, RegionCheck.NeedsAsking(region));
    }
}
