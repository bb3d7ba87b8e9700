using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Endpoints;

public sealed class RerunArgumentsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000/", "-Endpoint", " -RegionId cn-hangzhou -Endpoint http://127.0.0.1:5000")]
    [InlineData("https://sae.example.com/", "Connect-SaeAccount", " -RegionId cn-hangzhou -Endpoint https://sae.example.com")]
    [InlineData("http://10.0.0.5:8080/", "-Endpoint", " -RegionId cn-hangzhou -Endpoint http://10.0.0.5:8080 -AllowUnencryptedHttp")]
    [InlineData("https://sae.example.com/", SaeEnvironmentVariables.SaeEndpoint, " -RegionId cn-hangzhou")]
    [InlineData("https://sae.cn-hangzhou.aliyuncs.com/", ServiceLocator.PublicEndpointSource, " -RegionId cn-hangzhou")]
    public void APrintedCommand_NamesTheRegion_AndTheEndpointAFreshSessionWouldNotFind(string endpoint, string source, string expected)
    {
        var location = new ServiceLocation(new Uri(endpoint), "cn-hangzhou", source, "-RegionId");

        Assert.Equal(expected, RerunArguments.Of(location));
    }
}
