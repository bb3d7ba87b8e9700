using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// DeleteApplication in the official shape: a CoDeleteApp change order, AppDeletingStatus while it runs, then the
/// application gone for every API; a busy application is refused; a saved world keeps the deletion and the order.
/// </summary>
public sealed class DeleteApplicationTests
{
    [Fact]
    public async Task ADelete_IsAChangeOrder_TheApplicationDeletingWhileItRuns_ThenGone()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply reply = await host.SendAsync(Delete(Web));

        SurfaceFile.AssertConforms("DeleteApplication", reply.Body);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        string orderId = reply.Data.GetProperty("ChangeOrderId").GetString()!;
        Assert.True((await host.ListedAsync()).Single(a => a.GetProperty("AppId").GetString() == Web).GetProperty("AppDeletingStatus").GetBoolean());

        host.Pass(3);

        Assert.Equal(2, await host.OrderStatusAsync(orderId));
        Assert.Equal("CoDeleteApp", (await host.DescribeChangeOrderAsync(orderId)).GetProperty("CoTypeCode").GetString());
        Assert.DoesNotContain(await host.ListedAsync(), a => a.GetProperty("AppId").GetString() == Web);
        SaeReply again = await host.SendAsync(Delete(Web));
        Assert.Equal((HttpStatusCode.NotFound, "InvalidAppId.NotFound"), (again.Status, again.ErrorCode));
    }

    [Fact]
    public async Task AnApplicationWithAChangeOrderRunning_IsRefused()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.CallAsync(Delete(Web));

        SaeReply second = await host.SendAsync(Delete(Web));

        SurfaceFile.AssertConforms("DeleteApplication", second.Body);
        Assert.NotEqual(HttpStatusCode.OK, second.Status);
    }

    [Fact]
    public async Task ASavedWorld_KeepsTheDeletion_AndTheDeletesChangeOrder()
    {
        await using EmulatorTestHost original = await StartAsync();
        string orderId = (await original.CallAsync(Delete(Web))).GetProperty("ChangeOrderId").GetString()!;
        original.Pass(3);
        HttpResponseMessage saved = await original.Http.GetAsync("_emulator/snapshot");
        string snapshot = await saved.Content.ReadAsStringAsync();

        await using EmulatorTestHost copy = await StartAsync();
        HttpResponseMessage put = await copy.Http.PutAsync("_emulator/snapshot", new StringContent(snapshot, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.DoesNotContain(await copy.ListedAsync(), a => a.GetProperty("AppId").GetString() == Web);
        Assert.Equal(2, await copy.OrderStatusAsync(orderId));
    }

    private static SaeRequest Delete(string appId) => SaeRequest.Api("DeleteApplication", "DELETE", "/pop/v1/sam/app/deleteApplication", ("AppId", appId));
}
