using SaePowerShell.Core.Planning;
using Xunit;

namespace SaePowerShell.Tests.Core.Planning;

/// <summary>A spec's scaling rules: typed JSON, checked before any call, planned by name against the live rules.</summary>
public sealed class SpecScalingRulesTests
{
    private static readonly SaeApplication App = new() { AppId = "app-1", AppName = "web", NamespaceId = "cn-hangzhou:demo" };

    private static SaeApplicationConfig Config() => new()
    {
        AppId = "app-1",
        AppName = "web",
        NamespaceId = "cn-hangzhou:demo",
        RegionId = "cn-hangzhou",
        Fields = new System.Collections.Specialized.OrderedDictionary { ["AppName"] = "web", ["Replicas"] = 2 },
    };

    private static SaeScalingRule Weekend(bool enabled = true, int replicas = 1) => new()
    {
        AppId = "app-1",
        NamespaceId = "cn-hangzhou:demo",
        Name = "weekend",
        Type = "timing",
        Enabled = enabled,
        Period = "* * Sat,Sun",
        Schedules = [new SaeScalingSchedule("00:00", replicas)],
    };

    private static SaeScalingRule Cpu(int target) => new()
    {
        AppId = "app-1",
        NamespaceId = "cn-hangzhou:demo",
        Name = "cpu",
        Type = "metric",
        Enabled = false,
        MinReplicas = 2,
        MaxReplicas = 6,
        Metrics = [new SaeScalingMetric { MetricType = "MEMORY", Target = 80 }, new SaeScalingMetric { MetricType = "CPU", Target = target }],
    };

    private static SpecPlan Plan(SaeApplicationSpec spec, params SaeScalingRule[] live) =>
        SpecPlanner.Plan(spec, "cn-hangzhou:demo", App, Config(), live, new Dictionary<string, object?>(), (_, __) => null);

    [Fact]
    public void AnExportOfItsOwnRules_PlansNoCall_WhateverOrderSaeAnswersTheMetricsIn()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string>(), [Weekend(), Cpu(70)]);
        SaeScalingRule reordered = Cpu(70);
        reordered.Metrics = reordered.Metrics.Reverse().ToList();

        Assert.Equal(0, Plan(spec, reordered, Weekend()).CallCount);
    }

    [Fact]
    public void WrittenAndReadBack_TheRulesAreTheSame()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string>(), [Weekend(), Cpu(70)]);
        string json = ApplicationSpecs.ToJson([spec]);

        (SaeApplicationSpec? read, SaeConfigurationException? error) = Assert.Single(ApplicationSpecs.Read(json, "web.json"));

        Assert.Null(error);
        Assert.Equal(json, ApplicationSpecs.ToJson([read!]));
        Assert.Contains("\"targetReplicas\": 1", json);
        Assert.DoesNotContain("ScalingRuleTimer", json);
    }

    [Fact]
    public void AnApplicationWithoutRules_ExportsNoScalingRules_SoItsSpecLeavesThemAlone()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string>(), []);

        Assert.Null(spec.ScalingRules);
        Assert.DoesNotContain("scalingRules", ApplicationSpecs.ToJson([spec]));
        Assert.Equal(0, Plan(spec, Weekend()).CallCount);
    }

    [Fact]
    public void EachDifference_IsItsNarrowestCall_AndALiveRuleTheSpecDoesNotList_IsDeleted()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string>(), [Weekend(enabled: false, replicas: 0), Cpu(60)]);
        var stray = new SaeScalingRule { AppId = "app-1", Name = "old", Type = "metric", MinReplicas = 1, MaxReplicas = 2, Metrics = [new SaeScalingMetric { MetricType = "QPS", Target = 100 }] };

        SpecPlan plan = Plan(spec, Weekend(), stray);

        Assert.Equal(
            ["DeleteApplicationScalingRule (old)", "CreateApplicationScalingRule (cpu)", "UpdateApplicationScalingRule (weekend)", "DisableApplicationScalingRule (weekend)"],
            plan.CallNames());
        Assert.Equal(4, plan.CallCount);
        SaeApplicationDifference update = plan.Differences.First(d => d.Call == "UpdateApplicationScalingRule");
        Assert.Equal("ScalingRules.weekend", update.Property);
        Assert.Contains("\"targetReplicas\":1", update.Live);
        Assert.Contains("\"targetReplicas\":0", update.Wanted);
    }

    [Fact]
    public void OnlyItsStateDiffering_ARuleIsSwitched_NotUpdated()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string>(), [Weekend(enabled: true)]);

        Assert.Equal(["EnableApplicationScalingRule (weekend)"], Plan(spec, Weekend(enabled: false)).CallNames());
    }

    [Fact]
    public void AMissingApplication_IsCreatedWithItsRules()
    {
        SaeApplicationSpec spec = ApplicationSpecs.FromConfiguration(Config(), new Dictionary<string, string>(), [Weekend()]);

        SpecPlan plan = SpecPlanner.Plan(spec, "cn-hangzhou:empty", null, null, null, new Dictionary<string, object?>(), (_, __) => null);

        Assert.Equal(["CreateApplication", "CreateApplicationScalingRule (weekend)"], plan.CallNames());
    }

    [Theory]
    [InlineData("[{\"name\":\"Weekend\",\"schedules\":[{\"atTime\":\"00:00\",\"targetReplicas\":1}]}]", "Weekend")]
    [InlineData("[{\"name\":\"weekend\",\"period\":\"* * Someday\",\"schedules\":[{\"atTime\":\"00:00\",\"targetReplicas\":1}]}]", "Someday")]
    [InlineData("[{\"name\":\"weekend\",\"schedules\":[{\"atTime\":\"25:00\",\"targetReplicas\":1}]}]", "25:00")]
    [InlineData("[{\"name\":\"cpu\",\"minReplicas\":5,\"maxReplicas\":2,\"metrics\":[{\"metricType\":\"CPU\",\"target\":50}]}]", "-MinReplicas 5")]
    [InlineData("[{\"name\":\"cpu\",\"minReplicas\":1,\"maxReplicas\":2,\"metrics\":[{\"metricType\":\"CPU\",\"target\":150}]}]", "150")]
    [InlineData("[{\"name\":\"cpu\",\"minReplicas\":1,\"maxReplicas\":2,\"metrics\":[{\"metricType\":\"GPU\",\"target\":50}]}]", "GPU")]
    [InlineData("[{\"name\":\"cpu\",\"minReplicas\":\"one\"}]", "minReplicas")]
    [InlineData("[{\"name\":\"cpu\",\"colour\":\"blue\"}]", "colour")]
    [InlineData("[{\"name\":\"a\",\"schedules\":[{\"atTime\":\"00:00\",\"targetReplicas\":1}]},{\"name\":\"a\",\"schedules\":[{\"atTime\":\"01:00\",\"targetReplicas\":1}]}]", "two scaling rules named 'a'")]
    [InlineData("{\"name\":\"a\"}", "not a list")]
    public void ABadRule_IsAnErrorNamingTheFileTheApplicationAndTheValue(string rules, string named)
    {
        string json = "{\"specVersion\":1,\"appName\":\"web\",\"namespaceId\":\"cn-hangzhou:demo\",\"scalingRules\":" + rules + "}";

        (SaeApplicationSpec? spec, SaeConfigurationException? error) = Assert.Single(ApplicationSpecs.Read(json, "specs/web.json"));

        Assert.Null(spec);
        Assert.Contains("specs/web.json, application web", error!.Message);
        Assert.Contains(named, error.Message);
    }
}
