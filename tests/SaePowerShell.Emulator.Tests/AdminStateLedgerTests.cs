using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>What the admin state adds for single-application orders: versions, instances and a ledger per kind.</summary>
public sealed class AdminStateLedgerTests
{
    private static readonly string[] Ledgers =
    [
        "startedBy", "stoppedBy", "restartedBy", "deployedBy", "rolledBackBy", "scaledOutBy", "scaledInBy",
        "rescaledVerticallyBy", "instancesRestartedBy", "instancesDeletedBy",
    ];

    [Fact]
    public async Task EachKindOfOrder_IsCountedOnceInItsOwnLedger_WhenItIsCreated()
    {
        await using EmulatorTestHost host = await StartAsync();
        string deploy = await host.OrderAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage), AppApi.Strategy(2, "manual")));
        await host.SendAsync(AppApi.Deploy(Web, ("ImageUrl", NewImage)));
        await host.CallAsync(AppApi.Abort(deploy));
        string instance = (await host.InstanceIdsAsync(Web))[0];
        string restart = await host.OrderAsync(AppApi.RestartInstances(Web, instance));
        host.Pass();

        JsonElement state = await host.GetStateAsync();
        JsonElement app = host.FindApp(state, Web);

        Assert.All(Ledgers, ledger => Assert.Equal(JsonValueKind.Array, app.GetProperty(ledger).ValueKind));
        Assert.Equal([deploy], app.GetProperty("deployedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([restart], app.GetProperty("instancesRestartedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, Ledgers.Sum(ledger => app.GetProperty(ledger).GetArrayLength()));
        Assert.Equal((await host.VersionIdsAsync(Web))[1], app.GetProperty("currentVersionId").GetString());
        Assert.Equal(WebImage, app.GetProperty("imageUrl").GetString());
        Assert.Equal(await host.GroupIdAsync(Web), app.GetProperty("groupId").GetString());
        Assert.Equal((await host.InstanceIdsAsync(Web)).Order(StringComparer.Ordinal), app.GetProperty("instanceIds").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));

        JsonElement order = state.GetProperty("changeOrders").EnumerateArray().Single(o => o.GetProperty("changeOrderId").GetString() == deploy);
        Assert.Equal(("manual", 6, "CoDeploy"), (order.GetProperty("batchType").GetString(), order.GetProperty("status").GetInt32(), order.GetProperty("coTypeCode").GetString()));
        Assert.Equal([1, 1], order.GetProperty("batches").EnumerateArray().Select(b => b.GetProperty("parallelCount").GetInt32()));
        Assert.Equal([Web], order.GetProperty("appIds").EnumerateArray().Select(e => e.GetString()));
    }
}
