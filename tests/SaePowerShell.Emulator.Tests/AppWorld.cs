using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// A small world for the single-application tests, and the reads they repeat. Namespace <see cref="Namespace"/> has
/// <see cref="Web"/> (running, 2 instances, image <see cref="WebImage"/>), <see cref="Idle"/> (stopped, 2 instances)
/// and <see cref="Broken"/> (running, 2 instances, changeOrderFault Failed); a change order takes 1000 ms.
/// </summary>
internal static class AppWorld
{
    public const string Namespace = "cn-hangzhou:apps";
    public const string Web = "app-web";
    public const string Idle = "app-idle";
    public const string Broken = "app-broken";
    public const string WebImage = "registry.cn-hangzhou.aliyuncs.com/shop/web:1.0";
    public const string NewImage = "registry.cn-hangzhou.aliyuncs.com/shop/web:2.0";
    public const int DelayMs = 1000;

    public static readonly string Seed = $$"""
        { "changeOrderDelayMs": {{DelayMs}},
          "namespaces": [ { "namespaceId": "{{Namespace}}" }, { "namespaceId": "cn-hangzhou:quiet" } ],
          "applications": [
            { "appId": "{{Web}}", "appName": "web", "namespaceId": "{{Namespace}}", "instances": 2, "status": "RUNNING", "imageUrl": "{{WebImage}}" },
            { "appId": "{{Idle}}", "appName": "idle", "namespaceId": "{{Namespace}}", "instances": 2 },
            { "appId": "{{Broken}}", "appName": "broken", "namespaceId": "{{Namespace}}", "instances": 2, "status": "RUNNING", "changeOrderFault": "Failed" } ] }
        """;

    public static Task<EmulatorTestHost> StartAsync() => EmulatorTestHost.StartAsync(Seed);

    public static async Task<string> GroupIdAsync(this EmulatorTestHost host, string appId) =>
        (await host.CallAsync(AppApi.DescribeGroups(appId)))[0].GetProperty("GroupId").GetString()!;

    /// <summary>The application's instances as DescribeApplicationInstances lists them (one page of 100).</summary>
    public static async Task<JsonElement[]> InstancesAsync(this EmulatorTestHost host, string appId)
    {
        JsonElement data = await host.CallAsync(AppApi.DescribeInstances(appId, await host.GroupIdAsync(appId), ("PageSize", "100")));
        return data.GetProperty("Instances").EnumerateArray().ToArray();
    }

    public static async Task<string[]> InstanceIdsAsync(this EmulatorTestHost host, string appId) =>
        (await host.InstancesAsync(appId)).Select(i => i.GetProperty("InstanceId").GetString()!).ToArray();

    /// <summary>The version ids, newest first.</summary>
    public static async Task<string[]> VersionIdsAsync(this EmulatorTestHost host, string appId) =>
        (await host.CallAsync(AppApi.ListAppVersions(appId))).EnumerateArray().Select(v => v.GetProperty("Id").GetString()!).ToArray();

    /// <summary>Calls a change order API, insisting on success, and returns the order id.</summary>
    public static async Task<string> OrderAsync(this EmulatorTestHost host, SaeRequest request) =>
        (await host.CallAsync(request)).GetProperty("ChangeOrderId").GetString()!;

    public static async Task<int> OrderStatusAsync(this EmulatorTestHost host, string changeOrderId) =>
        (await host.DescribeChangeOrderAsync(changeOrderId)).GetProperty("Status").GetInt32();

    public static int[] PipelineStatuses(JsonElement order) =>
        order.GetProperty("Pipelines").EnumerateArray().Select(p => p.GetProperty("Status").GetInt32()).ToArray();

    public static string PipelineId(JsonElement order, int index) =>
        order.GetProperty("Pipelines")[index].GetProperty("PipelineId").GetString()!;

    /// <summary>The applications ListApplications lists in <paramref name="namespaceId"/> (default <see cref="Namespace"/>), one page.</summary>
    public static async Task<JsonElement[]> ListedAsync(this EmulatorTestHost host, string namespaceId = Namespace) =>
        (await host.CallAsync(SaeRequest.ListApplications(("NamespaceId", namespaceId)))).GetProperty("Applications").EnumerateArray().ToArray();

    /// <summary>Moves the clock on by the whole change order delay (or a fraction of it).</summary>
    public static void Pass(this EmulatorTestHost host, double delays = 1) =>
        host.Clock.Advance(TimeSpan.FromMilliseconds(DelayMs * delays));

    public static void AssertError(SaeReply reply, System.Net.HttpStatusCode status, string code, params string[] messageParts)
    {
        Assert.True((status, code) == (reply.Status, reply.ErrorCode), $"expected {(int)status} {code}, got {(int)reply.Status}: {reply.Body}");
        Assert.All(messageParts, part => Assert.Contains(part, reply.Message, StringComparison.Ordinal));
    }
}
