using System.Net;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The answers of the emulated APIs that other tests check only field by field, held whole to the official shape:
/// every field declared by the surface, with its declared JSON type, at every depth.
/// </summary>
public sealed class AnswerShapeTests
{
    private const string WebFrontend = "0d1e2f3a-0000-4000-8000-000000000201";

    [Fact]
    public async Task TheBatchVerbs_TheirChangeOrders_AndTheNamespaceListings_AnswerInTheOfficialShape()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        // One application per verb: a second change to one application while its first runs is SAE's refusal.
        SaeReply stopped = await host.SendAsync(SaeRequest.BatchStop(("NamespaceId", "cn-hangzhou:demo"), ("AppIds", WebFrontend)));
        SaeReply started = await host.SendAsync(SaeRequest.BatchStart(("NamespaceId", "cn-hangzhou:staging"), ("AppIds", "0d1e2f3a-0000-4000-8000-000000000301")));
        SaeReply restarted = await host.SendAsync(SaeRequest.BatchRestart(("NamespaceId", "cn-hangzhou"), ("AppIds", "0d1e2f3a-0000-4000-8000-000000000101")));
        SaeReply status = await host.SendAsync(SaeRequest.DescribeApplicationStatus(WebFrontend));
        SaeReply namespaces = await host.SendAsync(SaeRequest.DescribeNamespaceList(("ContainCustom", "true")));
        SaeReply orders = await host.SendAsync(SaeRequest.ListNamespaceChangeOrders(("NamespaceId", "cn-hangzhou:demo")));

        Assert.All(new[] { stopped, started, restarted, status, namespaces, orders }, reply => Assert.Equal(HttpStatusCode.OK, reply.Status));
        SurfaceFile.AssertConforms("BatchStopApplications", stopped.Body);
        SurfaceFile.AssertConforms("BatchStartApplications", started.Body);
        SurfaceFile.AssertConforms("BatchRestartApplications", restarted.Body);
        SurfaceFile.AssertConforms("DescribeApplicationStatus", status.Body);
        SurfaceFile.AssertConforms("DescribeNamespaceList", namespaces.Body);
        SurfaceFile.AssertConforms("ListNamespaceChangeOrders", orders.Body);
        Assert.NotEmpty(orders.Data.GetProperty("ChangeOrderList").EnumerateArray());
        Assert.NotEmpty(namespaces.Data.EnumerateArray());
    }
}
