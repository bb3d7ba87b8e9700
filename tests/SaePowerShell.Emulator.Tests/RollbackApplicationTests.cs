using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>RollbackApplication: one of the application's versions back, batch by batch, as a deploy would.</summary>
public sealed class RollbackApplicationTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task ARollbackToTheFirstVersion_Succeeds_AndTheInstancesRunItsImage(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage)));
        host.Pass();
        string[] versions = await host.VersionIdsAsync(Web);

        SaeReply reply = await host.SendAsync(AppApi.Rollback(Web, versions[1], AppApi.Strategy(2, "auto")).WithScheme(scheme));

        SurfaceFile.AssertConforms("RollbackApplication", reply.Body);
        Assert.False(reply.Data.GetProperty("IsNeedApproval").GetBoolean());
        string id = reply.Data.GetProperty("ChangeOrderId").GetString()!;
        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(("CoRollback", true, 2), (order.GetProperty("CoTypeCode").GetString(), order.GetProperty("SupportRollback").GetBoolean(), order.GetProperty("BatchCount").GetInt32()));
        host.Pass();

        Assert.Equal(2, await host.OrderStatusAsync(id));
        Assert.All(await host.InstancesAsync(Web), i => Assert.Equal(WebImage, i.GetProperty("ImageUrl").GetString()));
        Assert.Equal(versions, await host.VersionIdsAsync(Web));
        JsonElement app = host.FindApp(await host.GetStateAsync(), Web);
        Assert.Equal(versions[1], app.GetProperty("currentVersionId").GetString());
        Assert.Equal([id], app.GetProperty("rolledBackBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(WebImage, (await host.CallAsync(AppApi.DescribeConfig(Web))).GetProperty("ImageUrl").GetString());
    }

    [Fact]
    public async Task AbortAndRollback_OfARollback_PutsTheVersionItLeftBack()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage)));
        host.Pass();
        string[] versions = await host.VersionIdsAsync(Web);
        string id = await host.OrderAsync(AppApi.Rollback(Web, versions[1], AppApi.Strategy(2, "manual")));
        host.Pass();

        await host.CallAsync(AppApi.AbortAndRollback(id));

        Assert.Equal(6, await host.OrderStatusAsync(id));
        Assert.All(await host.InstancesAsync(Web), i => Assert.Equal(NewImage, i.GetProperty("ImageUrl").GetString()));
        Assert.Equal(versions[0], host.FindApp(await host.GetStateAsync(), Web).GetProperty("currentVersionId").GetString());
    }

    [Fact]
    public async Task AVersionThatIsNotTheApplications_IsRefusedByName()
    {
        await using EmulatorTestHost host = await StartAsync();
        string otherAppsVersion = (await host.VersionIdsAsync(Idle)).Single();

        AssertError(await host.SendAsync(AppApi.Rollback(Web, "0026ff7f-2b57-4127-bdd0-9bf202bb9000")), HttpStatusCode.BadRequest,
            "InvalidParameter.WithMessage", "{VersionId}", "0026ff7f-2b57-4127-bdd0-9bf202bb9000");
        AssertError(await host.SendAsync(AppApi.Rollback(Web, otherAppsVersion)), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{VersionId}", otherAppsVersion);
        AssertError(await host.SendAsync(AppApi.Rollback("no-such-app", otherAppsVersion)), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        Assert.Empty(host.FindApp(await host.GetStateAsync(), Web).GetProperty("rolledBackBy").EnumerateArray());
    }
}
