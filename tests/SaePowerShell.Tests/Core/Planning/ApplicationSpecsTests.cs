using System.Collections.Specialized;
using SaePowerShell.Core.Planning;
using Xunit;

namespace SaePowerShell.Tests.Core.Planning;

/// <summary>Specs: made from a configuration, written and read back, checked before any call, mounts by name.</summary>
public sealed class ApplicationSpecsTests
{
    private static SaeApplicationConfig Config() => new()
    {
        AppId = "app-1",
        AppName = "web",
        NamespaceId = "cn-hangzhou:demo",
        RegionId = "cn-hangzhou",
        Fields = new OrderedDictionary
        {
            ["AppId"] = "app-1", ["AppName"] = "web", ["NamespaceId"] = "cn-hangzhou:demo", ["Replicas"] = 2, ["Cpu"] = 1000,
            ["Liveness"] = "{\"httpGet\":{\"path\":\"/healthz\",\"port\":8080}}",
            ["ConfigMapMountDesc"] = new object[] { new OrderedDictionary { ["configMapId"] = 7L, ["configMapName"] = "web-config", ["key"] = "k", ["mountPath"] = "/etc/k" } },
            ["DeploymentName"] = "web-app-1",
        },
    };

    [Fact]
    public void AnExport_HoldsWhatCreateApplicationTakes_JsonStringsAsStructures_MountsByName()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string> { ["env"] = "dev" });

        Assert.Equal(["ConfigMapMountDesc", "Cpu", "Liveness", "Replicas"], spec.Configuration.Keys);
        Assert.IsAssignableFrom<System.Collections.IDictionary>(spec.Configuration["Liveness"]);
        var mount = (System.Collections.IDictionary)((System.Collections.IList)spec.Configuration["ConfigMapMountDesc"]!)[0]!;
        Assert.False(mount.Contains("configMapId"));
        Assert.Equal("web-config", mount["configMapName"]);
    }

    [Fact]
    public void WrittenAndReadBack_ItIsTheSame_AndMountsTakeTheTargetNamespacesIds()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string> { ["env"] = "dev" });
        string json = ApplicationSpecs.ToJson([spec]);

        (SaeApplicationSpec? read, SaeConfigurationException? error) = Assert.Single(ApplicationSpecs.Read(json, "web.json"));

        Assert.Null(error);
        Assert.Equal(json, ApplicationSpecs.ToJson([read!]));
        Dictionary<string, object?> values = ApplicationSpecs.Values(read!, read!.Configuration, (field, name) => field == "ConfigMapMountDesc" && name == "web-config" ? 42 : null);
        var mount = (IDictionary<string, object?>)((System.Collections.IList)values["ConfigMapMountDesc"]!)[0]!;
        Assert.Equal(42L, mount["configMapId"]);
    }

    [Fact]
    public void AMountOfAnObjectTheTargetLacks_IsAnErrorNamingIt()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string>());

        SaeConfigurationException error = Assert.Throws<SaeConfigurationException>(() => ApplicationSpecs.Values(spec, spec.Configuration, (_, __) => null));

        Assert.Contains("web-config", error.Message);
    }

    [Theory]
    [InlineData("{\"specVersion\":1,\"appName\":\"web\",\"namespaceId\":\"cn-hangzhou:demo\",\"configuration\":{\"Replicaz\":2}}", "Replicaz")]
    [InlineData("{\"specVersion\":1,\"appName\":\"web\",\"namespaceId\":\"cn-hangzhou:demo\",\"configuration\":{\"Replicas\":\"many\"}}", "Replicas")]
    [InlineData("{\"specVersion\":1,\"appName\":\"web\",\"namespaceId\":\"cn-hangzhou:demo\",\"configuration\":{\"Memory\":3000}}", "Memory")]
    [InlineData("{\"specVersion\":1,\"appName\":\"web\",\"namespaceId\":\"cn-hangzhou:demo\",\"colour\":\"blue\"}", "colour")]
    [InlineData("{\"specVersion\":9,\"appName\":\"web\",\"namespaceId\":\"cn-hangzhou:demo\"}", "newer")]
    [InlineData("{\"specVersion\":1,\"namespaceId\":\"cn-hangzhou:demo\"}", "appName")]
    public void ABadSpec_IsAnErrorNamingTheFileTheApplicationAndTheProperty(string json, string named)
    {
        (SaeApplicationSpec? spec, SaeConfigurationException? error) = Assert.Single(ApplicationSpecs.Read(json, "specs/web.json"));

        Assert.Null(spec);
        Assert.Contains("specs/web.json", error!.Message);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void OneBadEntry_LeavesTheOthersOfItsFileGood()
    {
        string json = "[{\"specVersion\":1,\"appName\":\"a\",\"namespaceId\":\"cn-hangzhou:demo\",\"configuration\":{\"Cpu\":3}},{\"specVersion\":1,\"appName\":\"b\",\"namespaceId\":\"cn-hangzhou:demo\"}]";

        IReadOnlyList<(SaeApplicationSpec? Spec, SaeConfigurationException? Error)> read = ApplicationSpecs.Read(json, "all.json");

        Assert.Contains("all.json [0], application a", read[0].Error!.Message);
        Assert.Equal("b", read[1].Spec!.AppName);
    }

    [Fact]
    public void IntoAnotherRegion_TheNetworkIsAnErrorUnlessGiven()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string>());
        spec.Configuration["VSwitchId"] = "vsw-hz";

        SaeConfigurationException error = Assert.Throws<SaeConfigurationException>(() => SpecPlanner.Plan(spec, "cn-shanghai:prod", null, null, null, new Dictionary<string, object?>(), (_, __) => 1));
        SpecPlan plan = SpecPlanner.Plan(spec, "cn-shanghai:prod", null, null, null, new Dictionary<string, object?> { ["VSwitchId"] = "vsw-sh" }, (_, __) => 1);

        Assert.Contains("VSwitchId", error.Message);
        Assert.Equal("vsw-sh", plan.CreateValues!["VSwitchId"]);
        Assert.Equal(["CreateApplication"], plan.CallNames());
    }

    [Fact]
    public void AgainstItsOwnApplication_ASpecPlansNothing_AndAChangedFieldOneNarrowCall()
    {
        SaeApplicationConfig live = Config();
        var app = new SaeApplication { AppId = "app-1", AppName = "web", NamespaceId = "cn-hangzhou:demo" };
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(live, new Dictionary<string, string>());

        Assert.Equal(0, SpecPlanner.Plan(spec, "cn-hangzhou:demo", app, live, null, new Dictionary<string, object?>(), (_, __) => 7).CallCount);

        spec.Configuration["Replicas"] = 4L;
        SpecPlan plan = SpecPlanner.Plan(spec, "cn-hangzhou:demo", app, live, null, new Dictionary<string, object?>(), (_, __) => 7);
        Assert.Equal(["RescaleApplication (Replicas)"], plan.CallNames());
        SaeApplicationDifference difference = Assert.Single(plan.Differences);
        Assert.Equal(("Replicas", "2", "4", "RescaleApplication"), (difference.Property, difference.Live, difference.Wanted, difference.Call));
    }
}
