using SaePowerShell.Core.Api;
using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Outcome;
using SaePowerShell.Core.Planning;

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
    private static readonly AppTarget App = new("app-1", "cn-hangzhou:demo", null, null);
    private static readonly SaeJob Job = new() { AppId = "job-1", AppName = "nightly-report", NamespaceId = "cn-hangzhou:demo" };
    private static readonly ReleaseStrategy Manual = new(2, true, null, 1, 50);
    private static readonly ReleaseStrategy Auto = new(3, false, 30, -1, -1);
    private static readonly SaeChangeOrder Order = new("co-1") { NamespaceId = "cn-hangzhou:demo", AppIds = ["app-1"] };
    private static readonly Dictionary<string, object?> NoExtra = new();
    private static readonly ScalingRuleSpec Weekend = new("* * Sat,Sun", [new SaeScalingSchedule("00:00", 1)], null, null, []);
    private static readonly ScalingRuleSpec Cpu = new(null, [], 1, 5, [new SaeScalingMetric { MetricType = "CPU", Target = 70 }]);
    private static readonly SaeScalingRule Rule = new() { AppId = "app-1", Name = "cpu", NamespaceId = "cn-hangzhou:demo" };
    private static readonly LoadBalancerSpec Clb = LoadBalancerSpec.Of("Clb", "Internet", null, [new SaeLoadBalancerListener(80, 8080, "HTTP")]);
    private static readonly LoadBalancerSpec Nlb = LoadBalancerSpec.Of("Nlb", "Intranet", null, [new SaeLoadBalancerListener(9000, 9000, "TCP")]);

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
        ("DeployApplication, an image, manual batches", DeployApplicationCall.Request(Location, App, new DeploySpec("registry/web:2.0", null, null, null, "Release 2", Manual, NoExtra))),
        ("DeployApplication, a package, automatic batches, query and body extras", DeployApplicationCall.Request(Location, App,
            new DeploySpec(null, "https://example.com/a.jar", "1.4", "FatJar", null, Auto, new Dictionary<string, object?> { ["Replicas"] = 3, ["Jdk"] = "Open JDK 17", ["AssociateEip"] = true, ["Labels"] = new Dictionary<string, object?> { ["team"] = "a" } }))),
        ("DeployApplication, SAE's default rollout", DeployApplicationCall.Request(Location, App, new DeploySpec("registry/web:2.0", null, null, null, null, ReleaseStrategy.Default, NoExtra))),
        ("RescaleApplication", RescaleApplicationCall.Horizontal(Location, App, 3, ReleaseStrategy.Default)),
        ("RescaleApplication, keeping instances ready", RescaleApplicationCall.Horizontal(Location, App, 0, Manual)),
        ("RescaleApplicationVertically", RescaleApplicationCall.Vertical(Location, App, 1000, 2048, ReleaseStrategy.Default)),
        ("RescaleApplicationVertically, keeping instances ready", RescaleApplicationCall.Vertical(Location, App, 2000, 4096, Auto)),
        ("ListAppVersions", ListAppVersionsCall.Request(Location, "app-1", "cn-hangzhou:demo")),
        ("RollbackApplication", RollbackApplicationCall.Request(Location, App, "v-1", ReleaseStrategy.Default)),
        ("RollbackApplication, automatic batches", RollbackApplicationCall.Request(Location, App, "v-1", Auto)),
        ("DescribeApplicationConfig", DescribeApplicationConfigCall.Request(Location, "app-1", "cn-hangzhou:demo", null)),
        ("DescribeApplicationConfig, of a version", DescribeApplicationConfigCall.Request(Location, "app-1", "cn-hangzhou:demo", "v-1")),
        ("DescribeApplicationGroups", DescribeApplicationGroupsCall.Request(Location, "app-1", "cn-hangzhou:demo")),
        ("DescribeApplicationInstances", DescribeApplicationInstancesCall.Request(Location, "app-1", "cn-hangzhou:demo", "g-1", 2, 1000)),
        ("RestartInstances", InstancesCall.Request(ApplicationAction.RestartInstances, Location, App, ["i-1", "i-2"])),
        ("DeleteInstances", InstancesCall.Request(ApplicationAction.DeleteInstances, Location, App, ["i-1"])),
        ("ConfirmPipelineBatch", ChangeOrderControlCall.Confirm(Location, Order, "p-2", true)),
        ("ConfirmPipelineBatch, ending the release", ChangeOrderControlCall.Confirm(Location, Order, "p-2", false)),
        ("AbortChangeOrder", ChangeOrderControlCall.Abort(Location, Order, false)),
        ("AbortAndRollbackChangeOrder", ChangeOrderControlCall.Abort(Location, Order, true)),
        ("DescribeRegions", DescribeRegionsCall.Request(Location)),
        ("ListAppEvents, a namespace", ListAppEventsCall.Request(Location, "cn-hangzhou:demo", new AppEventFilter(null, null, null, null, null), 1, 1000)),
        ("ListAppEvents, an application, filtered", ListAppEventsCall.Request(Location, "cn-hangzhou:demo", new AppEventFilter("app-1", "Warning", "Pod", "web-", "BackOff"), 2, 100)),
        ("DescribeInstanceLog", DescribeInstanceLogCall.Request(Location, "i-1", "cn-hangzhou:demo", null, false)),
        ("DescribeInstanceLog, previous, a sidecar", DescribeInstanceLogCall.Request(Location, "i-1", "cn-hangzhou:demo", "sidecar-1", true)),
        ("ListChangeOrders, by type", ListChangeOrdersCall.Request(Location, "app-1", "cn-hangzhou:demo", 1, "CoDeploy")),
        ("ListNamespacedConfigMaps", ConfigMapCalls.List(Location, "cn-hangzhou:demo")),
        ("DescribeConfigMap", ConfigMapCalls.Describe(Location, 7, "cn-hangzhou:demo")),
        ("CreateConfigMap", ConfigMapCalls.Create(Location, "cn-hangzhou:demo", "web-config", new Dictionary<string, string> { ["LOG_LEVEL"] = "info" }, "the web tier")),
        ("UpdateConfigMap", ConfigMapCalls.Update(Location, new SaeConfigMap { ConfigMapId = 7, Name = "web-config", NamespaceId = "cn-hangzhou:demo" }, new Dictionary<string, string> { ["LOG_LEVEL"] = "debug" }, null)),
        ("DeleteConfigMap", ConfigMapCalls.Delete(Location, new SaeConfigMap { ConfigMapId = 7, Name = "web-config", NamespaceId = "cn-hangzhou:demo" })),
        ("ListIngresses", IngressCalls.List(Location, "cn-hangzhou:demo", "app-1", 1, 100)),
        ("DescribeIngress", IngressCalls.Describe(Location, 18, "cn-hangzhou:demo")),
        ("CreateIngress, on a new CLB", IngressCalls.Create(Location, "cn-hangzhou:demo", new IngressSpec(null, null, null, 80, null, null, null,
            new SaeIngressRule { AppId = "app-1", ContainerPort = 8080 }, [], null))),
        ("CreateIngress, HTTPS on an ALB, with rules", IngressCalls.Create(Location, "cn-hangzhou:demo", new IngressSpec("alb", "alb-1", "Intranet", 443, "HTTPS", null, "cert-1,cert-2",
            new SaeIngressRule { AppId = "app-1", ContainerPort = 8080, BackendProtocol = "https" },
            [new SaeIngressRule { AppId = "app-2", ContainerPort = 9090, Domain = "shop.example.com", Path = "/orders", RewritePath = "/" }], "the shop"))),
        ("UpdateIngress", IngressCalls.Update(Location, new SaeIngress { IngressId = 18, Name = "lb-1-80-ab", NamespaceId = "cn-hangzhou:demo" },
            new IngressSpec(null, null, null, 8080, "HTTP", null, null, null, [new SaeIngressRule { AppId = "app-2", ContainerPort = 8080, Domain = "a.example.com", Path = "/" }], "changed"))),
        ("DeleteIngress", IngressCalls.Delete(Location, new SaeIngress { IngressId = 18, Name = "lb-1-80-ab", NamespaceId = "cn-hangzhou:demo" })),
        ("ListJobs, a namespace", JobCalls.List(Location, "cn-hangzhou:demo", null, 1, 100)),
        ("ListJobs, one job", JobCalls.List(Location, null, "job-1", 1, 10)),
        ("ListJobs, by name", JobCalls.Named(Location, "cn-hangzhou:demo", "nightly-report")),
        ("DescribeJob", JobCalls.Describe(Location, "job-1", "cn-hangzhou:demo")),
        ("CreateJob", JobCalls.Create(Location, "cn-hangzhou:demo", "nightly-report", "registry.cn-hangzhou.aliyuncs.com/demo/report:1.0", 2, 500, 1024, "the nightly report",
            new JobSettings(null, "python", ["report.py"], null, "0 2 * * *", "Asia/Shanghai", 3, 600, "Forbid", new Dictionary<string, string> { ["REPORT"] = "daily" }).Wire())),
        ("CreateJob, the least", JobCalls.Create(Location, "cn-hangzhou:demo", "once", "registry.cn-hangzhou.aliyuncs.com/demo/report:1.0", 1, null, null, null,
            new JobSettings(null, null, null, null, null, null, null, null, null, null).Wire())),
        ("UpdateJob", JobCalls.Update(Location, Job, new JobSettings("registry.cn-hangzhou.aliyuncs.com/demo/report:1.1", null, null, 3, "0 4 * * *", null, null, null, null, null).Wire("Asia/Shanghai"))),
        ("ExecJob", JobCalls.Exec(Location, Job, null, "sae-powershell-1")),
        ("ExecJob, with replicas", JobCalls.Exec(Location, Job, 2, "sae-powershell-2")),
        ("DescribeJobStatus", JobCalls.Status(Location, "job-1", "cn-hangzhou:demo", "manual-1")),
        ("DescribeJobHistory", JobCalls.History(Location, "job-1", "cn-hangzhou:demo", null, 1, 100)),
        ("DescribeJobHistory, failed runs", JobCalls.History(Location, "job-1", null, "2", 2, 50)),
        ("SuspendJob", JobCalls.Suspend(Location, Job, true)),
        ("SuspendJob, resume", JobCalls.Suspend(Location, Job, false)),
        ("DeleteJob", JobCalls.Delete(Location, Job)),
        ("DeleteHistoryJob", JobCalls.DeleteRun(Location, new SaeJobRun { JobId = "manual-1", AppId = "job-1", NamespaceId = "cn-hangzhou:demo" })),
        ("ListSecrets", SecretCalls.List(Location, "cn-hangzhou:demo")),
        ("DescribeSecret", SecretCalls.Describe(Location, 16, "cn-hangzhou:demo")),
        ("CreateSecret, Opaque", SecretCalls.Create(Location, "cn-hangzhou:demo", "db-login", SecretPayload.OfValues(new Dictionary<string, string> { ["DB_URL"] = "mysql://db" }))),
        ("CreateSecret, a registry login", SecretCalls.Create(Location, "cn-hangzhou:demo", "registry-auth", SecretPayload.OfRegistry("registry.cn-hangzhou.aliyuncs.com", "user", "pass"))),
        ("UpdateSecret", SecretCalls.Update(Location, new SaeSecret { SecretId = 16, Name = "db-login", NamespaceId = "cn-hangzhou:demo" }, SecretPayload.OfValues(new Dictionary<string, string> { ["DB_URL"] = "mysql://db2" }))),
        ("DeleteSecret", SecretCalls.Delete(Location, new SaeSecret { SecretId = 16, Name = "db-login", NamespaceId = "cn-hangzhou:demo" })),
        ("DescribeApplicationScalingRules", ScalingRuleCalls.List(Location, "app-1", "cn-hangzhou:demo")),
        ("DescribeApplicationScalingRule", ScalingRuleCalls.Describe(Location, "app-1", "cn-hangzhou:demo", "weekend")),
        ("CreateApplicationScalingRule, timing", ScalingRuleCalls.Create(Location, "app-1", "cn-hangzhou:demo", "weekend", Weekend, true)),
        ("CreateApplicationScalingRule, metric, disabled", ScalingRuleCalls.Create(Location, "app-1", null, "cpu", Cpu, false)),
        ("CreateApplicationScalingRule, mix", ScalingRuleCalls.Create(Location, "app-1", "cn-hangzhou:demo", "office",
            new ScalingRuleSpec(null, [new SaeScalingSchedule { AtTime = "08:00", MinReplicas = 2, MaxReplicas = 4 }], 1, 4, Cpu.Metrics), true)),
        ("UpdateApplicationScalingRule", ScalingRuleCalls.Update(Location, Rule, Cpu)),
        ("DeleteApplicationScalingRule", ScalingRuleCalls.Delete(Location, Rule)),
        ("EnableApplicationScalingRule", ScalingRuleCalls.Switch(Location, Rule, true)),
        ("DisableApplicationScalingRule", ScalingRuleCalls.Switch(Location, Rule, false)),
        ("ListApplications, by tag", ListApplicationsCall.Request(Location, "cn-hangzhou:demo", null, null, 1, 100, new Dictionary<string, string?> { ["env"] = "dev", ["team"] = null })),
        ("DeleteApplication", DeleteApplicationCall.Request(Location, new AppTarget("app-1", "cn-hangzhou:demo", null, null))),
        ("CreateApplication, an image", CreateApplicationCall.Request(Location, "cn-hangzhou:demo", "web", new Dictionary<string, object?> { ["ImageUrl"] = "registry.cn-hangzhou.aliyuncs.com/demo/web:1.0", ["PackageType"] = "Image", ["Replicas"] = 2, ["Cpu"] = 1000, ["Memory"] = 2048, ["Envs"] = "[{\"name\":\"A\",\"value\":\"1\"}]", ["Liveness"] = new Dictionary<string, object?> { ["httpGet"] = new Dictionary<string, object?> { ["path"] = "/healthz", ["port"] = 8080 } } })),
        ("CreateApplication, a package, with form-body parameters", CreateApplicationCall.Request(Location, "cn-hangzhou:demo", "web", new Dictionary<string, object?> { ["PackageUrl"] = "https://example.com/web.jar", ["PackageType"] = "FatJar", ["Replicas"] = 1, ["Jdk"] = "Open JDK 8", ["ConfigMapMountDesc"] = new List<object?> { new Dictionary<string, object?> { ["configMapId"] = 7, ["key"] = "k", ["mountPath"] = "/etc/k" } } })),
        ("UpdateApplicationDescription", ApplicationUpdate.Request(Location, new AppTarget("app-1", "cn-hangzhou:demo", null, null), new PlannedCall(SaeApi.UpdateApplicationDescription, new Dictionary<string, object?> { ["AppDescription"] = "the web tier" }, ["AppDescription"], null))),
        ("UpdateAppSecurityGroup", ApplicationUpdate.Request(Location, new AppTarget("app-1", "cn-hangzhou:demo", null, null), new PlannedCall(SaeApi.UpdateAppSecurityGroup, new Dictionary<string, object?> { ["SecurityGroupId"] = "sg-web" }, ["SecurityGroupId"], null))),
        ("UpdateApplicationVswitches", ApplicationUpdate.Request(Location, new AppTarget("app-1", "cn-hangzhou:demo", null, null), new PlannedCall(SaeApi.UpdateApplicationVswitches, new Dictionary<string, object?> { ["VSwitchId"] = "vsw-a,vsw-b" }, ["VSwitchId"], null))),
        ("DeployApplication, as Set-SaeApplication plans it", ApplicationUpdate.Request(Location, new AppTarget("app-1", "cn-hangzhou:demo", null, null), new PlannedCall(SaeApi.DeployApplication, new Dictionary<string, object?> { ["Envs"] = "[{\"name\":\"A\",\"value\":\"1\"}]", ["Replicas"] = 3 }, ["Envs", "Replicas"], ApplicationAction.Deploy))),
        ("CreateNamespace", NamespaceCalls.Create(Location, new NamespaceSettings("cn-hangzhou:staging", "Staging", "rebuilt each sprint", true))),
        ("UpdateNamespace", NamespaceCalls.Update(Location, new NamespaceSettings("cn-hangzhou:staging", "Staging", null, false))),
        ("DeleteNamespace", NamespaceCalls.Delete(Location, "cn-hangzhou:staging")),
        ("DescribeNamespace", NamespaceCalls.Describe(Location, "cn-hangzhou:staging")),
        ("TagResources", TagCalls.Tag(Location, ["app-1", "app-2"], new Dictionary<string, string> { ["env"] = "dev" })),
        ("UntagResources, keys", TagCalls.Untag(Location, ["app-1"], ["env"])),
        ("UntagResources, all", TagCalls.Untag(Location, ["app-1"], null)),
        ("ListTagResources", TagCalls.List(Location, ["app-1"], null)),
        ("ListTagResources, a next page", TagCalls.List(Location, ["app-1"], "50")),
        ("DescribeApplicationSlbs", LoadBalancerCalls.ListSlbs(Location, "app-1", "cn-hangzhou:demo")),
        ("DescribeApplicationNlbs", LoadBalancerCalls.ListNlbs(Location, "app-1", null)),
        ("BindSlb, a new Internet CLB", LoadBalancerCalls.BindSlb(Location, "app-1", "cn-hangzhou:demo", Clb, Clb.Listeners)),
        ("BindSlb, an Intranet CLB named, HTTPS", LoadBalancerCalls.BindSlb(Location, "app-1", "cn-hangzhou:demo", Clb with { AddressType = "Intranet", LoadBalancerId = "lb-1" },
            [new SaeLoadBalancerListener(443, 8443, "HTTPS") { CertIds = "cert-1", CaCertId = "ca-1" }])),
        ("BindNlb, a new Intranet NLB", LoadBalancerCalls.BindNlb(Location, "app-1", "cn-hangzhou:demo", Nlb)),
        ("BindNlb, an NLB named, TCPSSL", LoadBalancerCalls.BindNlb(Location, "app-1", null, Nlb with { LoadBalancerId = "nlb-1", Listeners = [new SaeLoadBalancerListener(443, 8443, "TCPSSL") { CertIds = "cert-1" }] })),
        ("UnbindSlb", LoadBalancerCalls.UnbindSlb(Location, "app-1", "cn-hangzhou:demo", "Internet")),
        ("UnbindNlb, the whole NLB", LoadBalancerCalls.UnbindNlb(Location, "app-1", "cn-hangzhou:demo", "nlb-1", null)),
        ("UnbindNlb, one listener", LoadBalancerCalls.UnbindNlb(Location, "app-1", "cn-hangzhou:demo", "nlb-1", new SaeLoadBalancerListener(9000, 9000, "TCP"))),
    ];

    /// <summary>The typed APIs: every API a row of the cmdlet table calls (the others go through Invoke-SaeApi and the catalog).</summary>
    public static IReadOnlyList<SaeApi> Declared() =>
        SaePowerShell.Core.Catalog.CmdletTable.Rows.SelectMany(r => r.Apis).Distinct().OrderBy(a => a.Action, StringComparer.Ordinal).ToList();
}
