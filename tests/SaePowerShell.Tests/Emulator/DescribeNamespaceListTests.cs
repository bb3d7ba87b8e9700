using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

public sealed class DescribeNamespaceListTests
{
    private static readonly string[] AllNamespaces =
        ["cn-hangzhou", "cn-hangzhou:demo", "cn-hangzhou:staging", "cn-hangzhou:empty", "cn-hangzhou:billing", "cn-shanghai:prod", "cn-shanghai:upgrading", "cn-hangzhou:canary"];

    [Fact]
    public async Task WithoutARegionHeader_ListsEveryNamespace_AsAPlainArray_InSeedOrder()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement data = await host.CallAsync(SaeRequest.DescribeNamespaceList());

        Assert.Equal(JsonValueKind.Array, data.ValueKind);
        Assert.Equal(AllNamespaces, data.EnumerateArray().Select(n => n.GetProperty("NamespaceId").GetString()));
    }

    [Theory]
    [InlineData("cn-hangzhou", new[] { "cn-hangzhou", "cn-hangzhou:demo", "cn-hangzhou:staging", "cn-hangzhou:empty", "cn-hangzhou:billing", "cn-hangzhou:canary" })]
    [InlineData("cn-shanghai", new[] { "cn-shanghai:prod", "cn-shanghai:upgrading" })]
    [InlineData("cn-beijing", new string[0])]
    public async Task TheRegionHeader_ScopesTheList(string region, string[] expected)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement data = await host.CallAsync(SaeRequest.DescribeNamespaceList().Configure(r => r.RegionId = region));

        Assert.Equal(expected, data.EnumerateArray().Select(n => n.GetProperty("NamespaceId").GetString()));
    }

    [Fact]
    public async Task ReportsTheDocumentedFields_ForDefaultAndCustomNamespaces()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement[] data = (await host.CallAsync(SaeRequest.DescribeNamespaceList(("ContainCustom", "true"), ("HybridCloudExclude", "false")))).EnumerateArray().ToArray();

        JsonElement byDefault = data.Single(n => n.GetProperty("NamespaceId").GetString() == "cn-hangzhou");
        AssertNamespace(byDefault, "Default", "cn-hangzhou", "cn-hangzhou", custom: false);
        JsonElement canary = data.Single(n => n.GetProperty("NamespaceId").GetString() == "cn-hangzhou:canary");
        AssertNamespace(canary, "Canary (one app's change orders fail)", "cn-hangzhou", "canary", custom: true);
        JsonElement prod = data.Single(n => n.GetProperty("NamespaceId").GetString() == "cn-shanghai:prod");
        AssertNamespace(prod, "Production", "cn-shanghai", "prod", custom: true);
    }

    private static void AssertNamespace(JsonElement ns, string name, string region, string shortId, bool custom)
    {
        Assert.Equal(name, ns.GetProperty("NamespaceName").GetString());
        Assert.Equal(region, ns.GetProperty("RegionId").GetString());
        Assert.Equal(shortId, ns.GetProperty("NameSpaceShortId").GetString());
        Assert.Equal(("vpc-emulator", "vsw-emulator", "sg-emulator"), (ns.GetProperty("VpcId").GetString(), ns.GetProperty("VSwitchId").GetString(), ns.GetProperty("SecurityGroupId").GetString()));
        Assert.Equal(custom, ns.GetProperty("Custom").GetBoolean());
        Assert.False(ns.GetProperty("Current").GetBoolean());
        Assert.False(ns.GetProperty("HybridCloudEnable").GetBoolean());
        Assert.Equal("", ns.GetProperty("AgentInstall").GetString());
        Assert.Equal(11, ns.EnumerateObject().Count());
    }
}
