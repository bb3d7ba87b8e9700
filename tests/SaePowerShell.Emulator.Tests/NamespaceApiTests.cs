using System.Net;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>CreateNamespace, DescribeNamespace, UpdateNamespace and DeleteNamespace: their official shapes, their state and their refusals.</summary>
public sealed class NamespaceApiTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task Namespace_IsCreated_ReadBack_Updated_ThenDeleted(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply created = await host.SendAsync(SaeRequest.CreateNamespace("cn-hangzhou:team", "Team", ("NamespaceDescription", "first")).WithScheme(scheme));
        SaeReply described = await host.SendAsync(SaeRequest.DescribeNamespace("cn-hangzhou:team").WithScheme(scheme));
        SaeReply updated = await host.SendAsync(SaeRequest.UpdateNamespace("cn-hangzhou:team", "Team 2", ("EnableMicroRegistration", "false")).WithScheme(scheme));
        SaeReply afterUpdate = await host.SendAsync(SaeRequest.DescribeNamespace("cn-hangzhou:team"));
        SaeReply deleted = await host.SendAsync(SaeRequest.DeleteNamespace("cn-hangzhou:team").WithScheme(scheme));
        SaeReply gone = await host.SendAsync(SaeRequest.DescribeNamespace("cn-hangzhou:team"));

        SurfaceFile.AssertConforms("CreateNamespace", created.Body);
        SurfaceFile.AssertConforms("DescribeNamespace", described.Body);
        SurfaceFile.AssertConforms("UpdateNamespace", updated.Body);
        SurfaceFile.AssertConforms("DeleteNamespace", deleted.Body);
        Assert.Equal(
            ("cn-hangzhou:team", "team", "Team", "first", "cn-hangzhou", true),
            (described.Data.GetProperty("NamespaceId").GetString(), described.Data.GetProperty("NameSpaceShortId").GetString(),
             described.Data.GetProperty("NamespaceName").GetString(), described.Data.GetProperty("NamespaceDescription").GetString(),
             described.Data.GetProperty("RegionId").GetString(), described.Data.GetProperty("EnableMicroRegistration").GetBoolean()));
        // An update changes what it is given; the description it was not given stays.
        Assert.Equal(("Team 2", "first", false),
            (afterUpdate.Data.GetProperty("NamespaceName").GetString(), afterUpdate.Data.GetProperty("NamespaceDescription").GetString(),
             afterUpdate.Data.GetProperty("EnableMicroRegistration").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal((HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound"), (gone.Status, gone.ErrorCode));
    }

    [Fact]
    public async Task Namespace_ByShortId_IsInTheRegionOfTheRequest()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeRequest request = SaeRequest.Api("CreateNamespace", "POST", "/pop/v1/paas/namespace", ("NameSpaceShortId", "short"), ("NamespaceName", "Short"));
        request.RegionId = "cn-shanghai";
        SaeReply created = await host.SendAsync(request);

        Assert.Equal("cn-shanghai:short", created.Data.GetProperty("NamespaceId").GetString());
        Assert.Equal("cn-shanghai", (await host.CallAsync(SaeRequest.DescribeNamespace("cn-shanghai:short"))).GetProperty("RegionId").GetString());
    }

    [Fact]
    public async Task Namespace_Refusals_ADuplicateId_AMissingOne_BadInput_AndOneWithApplications()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply duplicate = await host.SendAsync(SaeRequest.CreateNamespace("cn-hangzhou:demo", "again"));
        SaeReply notCustom = await host.SendAsync(SaeRequest.CreateNamespace("cn-hangzhou", "default"));
        SaeReply noName = await host.SendAsync(SaeRequest.Api("CreateNamespace", "POST", "/pop/v1/paas/namespace", ("NamespaceId", "cn-hangzhou:x")));
        SaeReply updateMissing = await host.SendAsync(SaeRequest.UpdateNamespace("cn-hangzhou:nope", "x"));
        SaeReply deleteMissing = await host.SendAsync(SaeRequest.DeleteNamespace("cn-hangzhou:nope"));
        SaeReply withApps = await host.SendAsync(SaeRequest.DeleteNamespace("cn-hangzhou:demo"));
        SaeReply stillThere = await host.SendAsync(SaeRequest.DescribeNamespace("cn-hangzhou:demo"));

        Assert.Equal(("InvalidParameter.WithMessage", true), (duplicate.ErrorCode, duplicate.Message.Contains("already exists", StringComparison.Ordinal)));
        Assert.Equal("InvalidParameter.WithMessage", notCustom.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, noName.Status);
        Assert.Equal("InvalidNamespaceId.NotFound", updateMissing.ErrorCode);
        Assert.Equal("InvalidNamespaceId.NotFound", deleteMissing.ErrorCode);
        Assert.Equal((HttpStatusCode.BadRequest, "Namespace.AppExists"), (withApps.Status, withApps.ErrorCode));
        Assert.Equal(HttpStatusCode.OK, stillThere.Status);
        Assert.NotEqual("again", stillThere.Data.GetProperty("NamespaceName").GetString());
    }
}
