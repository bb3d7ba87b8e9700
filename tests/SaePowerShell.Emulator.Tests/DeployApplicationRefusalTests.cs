using System.Net;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>What DeployApplication (and RollbackApplication's shared parameters) refuse, each by name, with nothing changed.</summary>
public sealed class DeployApplicationRefusalTests
{
    public static TheoryData<string, string, HttpStatusCode, string, string> Refusals => new()
    {
        { "UpdateStrategy", "{not json", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "The specified parameter is invalid {UpdateStrategy}." },
        { "UpdateStrategy", "[1,2]", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{UpdateStrategy}" },
        { "UpdateStrategy", """{"type":"RollingUpdate","batchUpdate":{"batch":1}}""", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{UpdateStrategy}" },
        { "UpdateStrategy", """{"type":"BatchUpdate","batchUpdate":{"batch":1,"releaseType":"later"}}""", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{UpdateStrategy}" },
        { "UpdateStrategy", """{"type":"BatchUpdate","batchUpdate":{"batch":0}}""", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{UpdateStrategy}" },
        { "UpdateStrategy", """{"type":"GrayBatchUpdate","batchUpdate":{"batch":1}}""", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{UpdateStrategy}" },
        { "UpdateStrategy", """{"type":"BatchUpdate","batchUpdate":{"batch":3,"releaseType":"manual"}}""", HttpStatusCode.BadRequest, "InvalidParameter.WithMessage",
            "The parameter is invalid {UpdateStrategy}: 3 batches are more than the 2 replicas to update." },
        { "UpdateStrategy", """{"type":"GrayBatchUpdate","batchUpdate":{"batch":2,"releaseType":"auto"},"grayUpdate":{"gray":1}}""", HttpStatusCode.BadRequest,
            "InvalidParameter.WithMessage", "The parameter is invalid {UpdateStrategy}: a gray batch of 1 and 2 more batches need 3 instances, more than the 2 replicas to update." },
        { "BatchWaitTime", "-1", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{BatchWaitTime}" },
        { "MinReadyInstanceRatio", "101", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{MinReadyInstanceRatio}" },
        { "MinReadyInstanceRatio", "-2", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{MinReadyInstanceRatio}" },
        { "MinReadyInstances", "-2", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{MinReadyInstances}" },
        { "Replicas", "-1", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{Replicas}" },
        { "Replicas", "1001", HttpStatusCode.BadRequest, "NoComputeResourceQuota.App.Exceed", "Replicas 1001" },
        { "Cpu", "0", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{Cpu}" },
        { "Memory", "-1", HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{Memory}" },
        { "PackageType", "Zip", HttpStatusCode.BadRequest, "InvalidPackageType.NotFound", "The package type must be War, FatJar, or Image." },
        { "PackageType", "FatJar", HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "You must specify the parameter PackageUrl." },
        { "PackageUrl", "https://example.com/web.jar", HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "You must specify the parameter PackageVersion." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ABadParameter_IsRefusedByName_AndNothingIsDeployed(string name, string value, HttpStatusCode status, string code, string message)
    {
        await using EmulatorTestHost host = await StartAsync();

        AssertError(await host.SendAsync(AppApi.Deploy(Web, (name, value))), status, code, message);

        Assert.Single(await host.VersionIdsAsync(Web));
        Assert.Empty(host.FindApp(await host.GetStateAsync(), Web).GetProperty("deployedBy").EnumerateArray());
    }

    /// <summary>The refusals of the parameters RollbackApplication has too.</summary>
    public static TheoryData<string, string, HttpStatusCode, string, string> SharedRefusals()
    {
        var shared = new TheoryData<string, string, HttpStatusCode, string, string>();
        foreach (object[] row in Refusals)
        {
            if (row[0] is "UpdateStrategy" or "BatchWaitTime" or "MinReadyInstances" or "MinReadyInstanceRatio")
            {
                shared.Add((string)row[0], (string)row[1], (HttpStatusCode)row[2], (string)row[3], (string)row[4]);
            }
        }

        return shared;
    }

    [Theory]
    [MemberData(nameof(SharedRefusals))]
    public async Task RollbackApplication_RefusesTheParametersItShares(string name, string value, HttpStatusCode status, string code, string message)
    {
        await using EmulatorTestHost host = await StartAsync();

        AssertError(await host.SendAsync(AppApi.Rollback(Web, (await host.VersionIdsAsync(Web)).Single(), (name, value))), status, code, message);

        Assert.Empty(host.FindApp(await host.GetStateAsync(), Web).GetProperty("rolledBackBy").EnumerateArray());
    }

    [Fact]
    public async Task AnUnknownApplication_IsNotFound_AndAnEmptyStrategyIsOneBatch()
    {
        await using EmulatorTestHost host = await StartAsync();

        AssertError(await host.SendAsync(AppApi.Deploy("no-such-app", ("ImageUrl", NewImage))), HttpStatusCode.NotFound, "InvalidAppId.NotFound", "The specified AppId does not exist.");
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("UpdateStrategy", "")));
        Assert.Equal(1, (await host.DescribeChangeOrderAsync(id)).GetProperty("BatchCount").GetInt32());
    }
}
