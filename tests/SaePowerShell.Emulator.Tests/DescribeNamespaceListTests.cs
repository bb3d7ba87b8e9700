using System.Net;
using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

public sealed class DescribeNamespaceListTests
{
    private static readonly string[] AllNamespaces =
        ["cn-hangzhou", "cn-hangzhou:demo", "cn-hangzhou:staging", "cn-hangzhou:empty", "cn-hangzhou:billing", "cn-shanghai:prod", "cn-shanghai:upgrading", "cn-hangzhou:canary"];

    [Fact]
    public async Task WithContainCustom_AndWithoutARegionHeader_ListsEveryNamespace_AsAPlainArray_InSeedOrder()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement data = await host.CallAsync(SaeRequest.DescribeNamespaceList(("ContainCustom", "true")));

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

        JsonElement data = await host.CallAsync(SaeRequest.DescribeNamespaceList(("ContainCustom", "TRUE")).Configure(r => r.RegionId = region));

        Assert.Equal(expected, data.EnumerateArray().Select(n => n.GetProperty("NamespaceId").GetString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    [InlineData("False")]
    public async Task WithoutContainCustomTrue_ListsOnlyTheDefaultNamespaces(string? containCustom)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest request = containCustom is null ? SaeRequest.DescribeNamespaceList() : SaeRequest.DescribeNamespaceList(("ContainCustom", containCustom));

        JsonElement[] data = (await host.CallAsync(request)).EnumerateArray().ToArray();

        JsonElement only = Assert.Single(data);
        Assert.Equal(("cn-hangzhou", false), (only.GetProperty("NamespaceId").GetString(), only.GetProperty("Custom").GetBoolean()));
        Assert.Empty((await host.CallAsync(SaeRequest.DescribeNamespaceList().Configure(r => r.RegionId = "cn-shanghai"))).EnumerateArray());
    }

    [Theory]
    [InlineData("true")]
    [InlineData("FALSE")]
    public async Task HybridCloudExclude_IsAccepted(string value)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        JsonElement data = await host.CallAsync(SaeRequest.DescribeNamespaceList(("ContainCustom", "true"), ("HybridCloudExclude", value)));

        Assert.Equal(AllNamespaces.Length, data.GetArrayLength());
    }

    [Theory]
    [InlineData("ContainCustom", "yes")]
    [InlineData("ContainCustom", "1")]
    [InlineData("ContainCustom", "")]
    [InlineData("ContainCustom", " true")]
    [InlineData("HybridCloudExclude", "maybe")]
    public async Task ABooleanThatIsNotTrueOrFalse_IsInvalidParameterObviously_NamingIt(string name, string value)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.DescribeNamespaceList((name, value)));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.Obviously"), (reply.Status, reply.ErrorCode));
        Assert.Equal($"The specified parameter is invalid {{{name}}}.", reply.Message);
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
