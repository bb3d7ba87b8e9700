using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>ConfirmPipelineBatch: only the batch a manual change order waits at can be confirmed; false terminates the order.</summary>
public sealed class ConfirmPipelineBatchTests
{
    [Fact]
    public async Task AThreeBatchManualDeploy_WaitsBeforeEachLaterBatch()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), ("Replicas", "3"), AppApi.Strategy(3, "manual")));

        for (int batch = 1; batch < 3; batch++)
        {
            host.Pass();
            JsonElement waiting = await host.DescribeChangeOrderAsync(id);
            Assert.Equal(8, waiting.GetProperty("Status").GetInt32());
            Assert.Equal(PipelineId(waiting, batch), waiting.GetProperty("CurrentPipelineId").GetString());
            await host.CallAsync(AppApi.ConfirmPipelineBatch(PipelineId(waiting, batch), confirm: true));
        }

        host.Pass();
        Assert.Equal(2, await host.OrderStatusAsync(id));
        Assert.Equal(3, (await host.InstancesAsync(Web)).Count(i => i.GetProperty("ImageUrl").GetString() == NewImage));
    }

    [Fact]
    public async Task ConfirmFalse_TerminatesTheOrder_AndFreesTheApplication()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "manual")));
        host.Pass();
        string pipeline = PipelineId(await host.DescribeChangeOrderAsync(id), 1);

        SaeReply reply = await host.SendAsync(AppApi.ConfirmPipelineBatch(pipeline, confirm: false));

        SurfaceFile.AssertConforms("ConfirmPipelineBatch", reply.Body);
        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal(6, order.GetProperty("Status").GetInt32());
        Assert.Equal([2, 6], PipelineStatuses(order));
        Assert.Equal("ABORT", (await host.CallAsync(SaeRequest.DescribeApplicationStatus(Web))).GetProperty("LastChangeOrderStatus").GetString());
        await host.OrderAsync(AppApi.Rescale(Web, 2));
    }

    [Fact]
    public async Task APipelineThatIsNotWaiting_IsRefusedByName_AndAnUnknownOneIsNotFound()
    {
        await using EmulatorTestHost host = await StartAsync();
        string id = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "manual")));
        JsonElement executing = await host.DescribeChangeOrderAsync(id);

        AssertError(await host.SendAsync(AppApi.ConfirmPipelineBatch(PipelineId(executing, 0), confirm: true)),
            HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{PipelineId}", PipelineId(executing, 0), "not waiting for confirmation");
        AssertError(await host.SendAsync(AppApi.ConfirmPipelineBatch(PipelineId(executing, 1), confirm: true)),
            HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{PipelineId}", "not waiting for confirmation");
        SaeReply unknown = await host.SendAsync(AppApi.ConfirmPipelineBatch("e2e-vds-feh-000", confirm: true));
        AssertError(unknown, HttpStatusCode.NotFound, "InvalidPipelineId.NotFound");
        Assert.Equal("The specified PipelineId does not exist.", unknown.Message);

        // A batch order's pipelines never wait either.
        string start = await host.StartApplicationsAsync(Namespace, Idle);
        AssertError(await host.SendAsync(AppApi.ConfirmPipelineBatch(PipelineId(await host.DescribeChangeOrderAsync(start), 0), confirm: false)),
            HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "{PipelineId}");
        Assert.Equal(1, await host.OrderStatusAsync(id));
    }
}
