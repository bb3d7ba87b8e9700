using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;

namespace SaePowerShell.Tests.Contract;

/// <summary>
/// Every request the module can build, built the way the module builds it, in each of its shapes (with and without
/// the optional parts). A new operation must add its shapes here; a test fails for any SaeApi that has none.
/// </summary>
internal static class ModuleRequests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");
    private static readonly BatchGroup Two = new(0, "cn-hangzhou:demo", null, [new AppTarget("app-1", "cn-hangzhou:demo", null, null), new AppTarget("app-2", "cn-hangzhou:demo", null, null)]);
    private static readonly BatchGroup Whole = BatchGroup.WholeNamespace("cn-hangzhou:demo", null);

    public static IReadOnlyList<(string Shape, ApiRequest Request)> All() =>
    [
        ("ListApplications, a namespace's first page", ListApplicationsCall.Request(Location, "cn-hangzhou:demo", null, null, 1)),
        ("ListApplications, region-wide, by name, by ids", ListApplicationsCall.Request(Location, null, "web", ["app-1", "app-2"], 3)),
        ("BatchStartApplications, named apps with a version", BatchApplicationsCall.Request(BatchAction.Start, Two, Location, "v2")),
        ("BatchStartApplications, a whole namespace", BatchApplicationsCall.Request(BatchAction.Start, Whole, Location, null)),
        ("BatchStopApplications, named apps", BatchApplicationsCall.Request(BatchAction.Stop, Two, Location, null)),
        ("BatchStopApplications, a whole namespace with a version", BatchApplicationsCall.Request(BatchAction.Stop, Whole, Location, "v1")),
        ("BatchRestartApplications, named apps", BatchApplicationsCall.Request(BatchAction.Restart, Two, Location, null)),
        ("DescribeChangeOrder", DescribeChangeOrderCall.Request(Location, "co-1", "cn-hangzhou:demo")),
        ("ListChangeOrders", ListChangeOrdersCall.Request(Location, "app-1", "cn-hangzhou:demo", 2)),
        ("ListNamespaceChangeOrders, by type", ListNamespaceChangeOrdersCall.Request(Location, "cn-hangzhou:demo", "CoBatchStartApplication", 1)),
        ("ListNamespaceChangeOrders, any type", ListNamespaceChangeOrdersCall.Request(Location, "cn-hangzhou:demo", null, 2)),
        ("DescribeApplicationStatus", DescribeApplicationStatusCall.Request(Location, "app-1", "cn-hangzhou:demo")),
        ("DescribeNamespaceList", DescribeNamespaceListCall.Request(Location)),
    ];

    /// <summary>Every API the module declares.</summary>
    public static IReadOnlyList<SaeApi> Declared() =>
        typeof(SaeApi).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(SaeApi)).Select(f => (SaeApi)f.GetValue(null)!).ToList();
}
