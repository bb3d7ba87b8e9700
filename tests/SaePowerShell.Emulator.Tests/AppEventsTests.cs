using System.Net;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>ListAppEvents: what happened to a namespace's applications, newest first; and a faulty application's Warning.</summary>
public sealed class AppEventsTests
{
    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task Events_RecordInstancesCreatedStartedKilled_AndReplicaSetsScaled_NewestFirst(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] seeded = await host.InstanceIdsAsync(Web);
        await host.OrderAsync(AppApi.Rescale(Web, 3));
        host.Pass();
        string added = (await host.InstanceIdsAsync(Web)).Except(seeded).Single();
        await host.OrderAsync(AppApi.Rescale(Web, 2));
        host.Pass();

        SaeReply reply = await host.SendAsync(AppApi.ListAppEvents(Namespace, ("AppId", Web), ("PageSize", "100")).WithScheme(scheme));

        SurfaceFile.AssertConforms("ListAppEvents", reply.Body);
        JsonElement[] events = reply.Data.GetProperty("AppEventEntity").EnumerateArray().ToArray();
        Assert.Equal(events.Length, reply.Data.GetProperty("TotalSize").GetInt32());
        string[] times = events.Select(e => e.GetProperty("LastTimestamp").GetString()!).ToArray();
        Assert.All(times, t => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", t));
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
        Assert.Equal(("Killing", added, "Pod", "Normal"), (events[1].GetProperty("Reason").GetString(), events[1].GetProperty("ObjectName").GetString(),
            events[1].GetProperty("ObjectKind").GetString(), events[1].GetProperty("EventType").GetString()));
        Assert.Equal(("ScalingReplicaSet", "Deployment", "web"), (events[0].GetProperty("Reason").GetString(), events[0].GetProperty("ObjectKind").GetString(), events[0].GetProperty("ObjectName").GetString()));
        Assert.StartsWith("Scaled down replica set web-", events[0].GetProperty("Message").GetString());
        Assert.Equal("2026-03-01T08:00:02Z", events[0].GetProperty("FirstTimestamp").GetString());

        string[] Reasons(JsonElement data) => data.GetProperty("AppEventEntity").EnumerateArray().Select(e => e.GetProperty("Reason").GetString()!).ToArray();
        JsonElement ofAdded = await host.CallAsync(AppApi.ListAppEvents(Namespace, ("ObjectName", added)));
        Assert.Equal(["Killing", "Started", "Created"], Reasons(ofAdded));
        JsonElement ofSeeded = await host.CallAsync(AppApi.ListAppEvents(Namespace, ("ObjectName", seeded[0][..12]), ("ObjectKind", "Pod"), ("Reason", "Start")));
        Assert.All(ofSeeded.GetProperty("AppEventEntity").EnumerateArray(), e => Assert.StartsWith(seeded[0][..12], e.GetProperty("ObjectName").GetString()));
        Assert.Equal(["Started"], Reasons(ofSeeded).Distinct());
        Assert.Equal(2, (await host.CallAsync(AppApi.ListAppEvents(Namespace, ("AppId", Web), ("ObjectKind", "Deployment")))).GetProperty("TotalSize").GetInt32());
        Assert.Equal(0, (await host.CallAsync(AppApi.ListAppEvents(Namespace, ("EventType", "Warning")))).GetProperty("TotalSize").GetInt32());
    }

    [Fact]
    public async Task Events_ArePagedTenAtATime_AndBelongToTheirNamespaceAndApplication()
    {
        await using EmulatorTestHost host = await StartAsync();

        JsonElement all = await host.CallAsync(AppApi.ListAppEvents(Namespace));
        JsonElement second = await host.CallAsync(AppApi.ListAppEvents(Namespace, ("PageSize", "3"), ("CurrentPage", "2")));

        // Two running applications with two instances each: Created and Started for each instance at load.
        Assert.Equal((1, 10, 8), (all.GetProperty("CurrentPage").GetInt32(), all.GetProperty("PageSize").GetInt32(), all.GetProperty("TotalSize").GetInt32()));
        Assert.Equal(8, all.GetProperty("AppEventEntity").GetArrayLength());
        Assert.Equal(3, second.GetProperty("AppEventEntity").GetArrayLength());
        Assert.Equal(4, (await host.CallAsync(AppApi.ListAppEvents(Namespace, ("AppId", Broken)))).GetProperty("TotalSize").GetInt32());
        Assert.Equal(0, (await host.CallAsync(AppApi.ListAppEvents(Namespace, ("AppId", Idle)))).GetProperty("TotalSize").GetInt32());
        Assert.Equal(0, (await host.CallAsync(AppApi.ListAppEvents("cn-hangzhou:quiet"))).GetProperty("TotalSize").GetInt32());
        AssertError(await host.SendAsync(AppApi.ListAppEvents("cn-hangzhou:nope")), HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound");
        AssertError(await host.SendAsync(AppApi.ListAppEvents(Namespace, ("AppId", "no-such-app"))), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(AppApi.ListAppEvents(Namespace, ("PageSize", "10001"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "{PageSize}");
    }

    [Fact]
    public async Task AFaultyApplicationsDeploy_FailsInItsFirstBatch_LeavesItsInstances_AndWarns()
    {
        await using EmulatorTestHost host = await StartAsync();
        string[] before = await host.InstanceIdsAsync(Broken);
        string id = await host.OrderAsync(AppApi.Deploy(Broken, ("ImageUrl", NewImage), AppApi.Strategy(2, "auto")));
        host.Pass();

        JsonElement order = await host.DescribeChangeOrderAsync(id);
        Assert.Equal((3, 1), (order.GetProperty("Status").GetInt32(), order.GetProperty("SubStatus").GetInt32()));
        Assert.Equal("Batch 1 failed: application broken did not become healthy (emulated fault).", order.GetProperty("ErrorMessage").GetString());
        Assert.Equal([3, 0], PipelineStatuses(order));
        Assert.Equal("FAIL", (await host.CallAsync(SaeRequest.DescribeApplicationStatus(Broken))).GetProperty("LastChangeOrderStatus").GetString());
        Assert.Equal(before, await host.InstanceIdsAsync(Broken));
        Assert.NotEqual(NewImage, (await host.CallAsync(AppApi.DescribeConfig(Broken))).GetProperty("ImageUrl").GetString());

        JsonElement warning = (await host.CallAsync(AppApi.ListAppEvents(Namespace, ("EventType", "Warning")))).GetProperty("AppEventEntity").EnumerateArray().Single();
        SurfaceFile.AssertConforms("ListAppEvents", (await host.SendAsync(AppApi.ListAppEvents(Namespace, ("EventType", "Warning")))).Body);
        Assert.Equal(("BackOff", "Pod"), (warning.GetProperty("Reason").GetString(), warning.GetProperty("ObjectKind").GetString()));
        Assert.StartsWith("broken-", warning.GetProperty("ObjectName").GetString());
        Assert.Contains("did not become healthy", warning.GetProperty("Message").GetString());
        await host.OrderAsync(AppApi.Rescale(Broken, 1));
    }

    [Fact]
    public async Task AFailedBatchStart_WarnsToo()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.StartApplicationsAsync("cn-hangzhou:canary");
        host.Clock.Advance(TimeSpan.FromSeconds(2));

        JsonElement events = await host.CallAsync(AppApi.ListAppEvents("cn-hangzhou:canary", ("EventType", "Warning")));

        JsonElement warning = events.GetProperty("AppEventEntity").EnumerateArray().Single();
        Assert.StartsWith("canary-broken-", warning.GetProperty("ObjectName").GetString());
        Assert.Equal(2, (await host.CallAsync(AppApi.ListAppEvents("cn-hangzhou:canary", ("AppId", DefaultSeedIds.CanaryWeb), ("ObjectKind", "Pod")))).GetProperty("TotalSize").GetInt32());
    }
}
