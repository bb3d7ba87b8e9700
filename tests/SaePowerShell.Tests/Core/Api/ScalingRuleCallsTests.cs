using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>
/// The scaling-rule requests' shapes (the timer and metric as SAE's camelCase JSON strings in the query, the type
/// following from what is given), the checks before any call, and what an answer becomes.
/// </summary>
public sealed class ScalingRuleCallsTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");

    private static readonly ScalingRuleSpec Weekend = new("* * Sat,Sun", [new SaeScalingSchedule("00:00", 1), new SaeScalingSchedule("20:00", 0)], null, null, []);

    private static readonly ScalingRuleSpec Cpu = new(null, [], 2, 10, ScalingRuleSpec.MetricsOf(70, null, 300, null, null));

    private static string? Query(ApiRequest request, string name) => request.Query.SingleOrDefault(p => p.Key == name).Value;

    [Fact]
    public void ATimingRule_SendsItsTimer_AsSaesJson_AndNoMetric()
    {
        ApiRequest request = ScalingRuleCalls.Create(Location, "app-1", "cn-hangzhou:demo", "weekend", Weekend, true);

        Assert.Equal(("POST", "/pop/v1/sam/scale/applicationScalingRule"), (request.Api.Method, request.Api.Path));
        Assert.Equal(("app-1", "weekend", "timing", "true"), (Query(request, "AppId"), Query(request, "ScalingRuleName"), Query(request, "ScalingRuleType"), Query(request, "ScalingRuleEnable")));
        Assert.Equal("""{"period":"* * Sat,Sun","schedules":[{"atTime":"00:00","targetReplicas":1},{"atTime":"20:00","targetReplicas":0}]}""", Query(request, "ScalingRuleTimer"));
        Assert.Null(Query(request, "ScalingRuleMetric"));
        Assert.Empty(request.Body);
    }

    [Fact]
    public void AMetricRule_SendsItsRangeAndTargets_AndAMixedOne_BothWithRangesPerPoint()
    {
        ApiRequest metric = ScalingRuleCalls.Create(Location, "app-1", null, "cpu", Cpu, false);
        Assert.Equal(("metric", "false"), (Query(metric, "ScalingRuleType"), Query(metric, "ScalingRuleEnable")));
        Assert.Equal("""{"minReplicas":2,"maxReplicas":10,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":70},{"metricType":"QPS","metricTargetAverageUtilization":300}]}""", Query(metric, "ScalingRuleMetric"));
        Assert.Null(Query(metric, "ScalingRuleTimer"));

        var mix = new ScalingRuleSpec(null, [new SaeScalingSchedule { AtTime = "08:00", MinReplicas = 3, MaxReplicas = 8 }], 1, 8, Cpu.Metrics);
        ApiRequest mixed = ScalingRuleCalls.Create(Location, "app-1", null, "office", mix, true);
        Assert.Equal("mix", Query(mixed, "ScalingRuleType"));
        Assert.Equal("""{"period":"* * *","schedules":[{"atTime":"08:00","minReplicas":3,"maxReplicas":8}]}""", Query(mixed, "ScalingRuleTimer"));
    }

    [Fact]
    public void AnUpdate_KeepsTheStepRulesItRead_AndTheSwitchesAndDeleteNameTheRule()
    {
        var rule = new SaeScalingRule { AppId = "app-1", Name = "cpu", NamespaceId = "cn-hangzhou:demo", MetricSteps = new JObject { ["scaleUpRules"] = new JObject { ["step"] = 100 } } };

        ApiRequest update = ScalingRuleCalls.Update(Location, rule, Cpu);
        Assert.Equal("PUT", update.Api.Method);
        Assert.Equal(100, (int)JObject.Parse(Query(update, "ScalingRuleMetric")!)["scaleUpRules"]!["step"]!);

        Assert.Equal("/pop/v1/sam/scale/enableApplicationScalingRule", ScalingRuleCalls.Switch(Location, rule, true).Api.Path);
        Assert.Equal("/pop/v1/sam/scale/disableApplicationScalingRule", ScalingRuleCalls.Switch(Location, rule, false).Api.Path);
        ApiRequest delete = ScalingRuleCalls.Delete(Location, rule);
        Assert.Equal(("DELETE", "app-1", "cpu"), (delete.Api.Method, Query(delete, "AppId"), Query(delete, "ScalingRuleName")));
        Assert.Contains("Get-SaeScalingRule -AppId app-1 -NamespaceId cn-hangzhou:demo -Name cpu", delete.Target!.HowToCheck(null));
    }

    [Theory]
    [InlineData("* * *", true)]
    [InlineData("* * Sat,Sun", true)]
    [InlineData("1,15,31 * *", true)]
    [InlineData("* * Funday", false)]
    [InlineData("32 * *", false)]
    [InlineData("1 * Mon", false)]
    [InlineData("* 1 *", false)]
    [InlineData("0 8 * * *", false)]
    public void APeriod_IsOneOfSaesThreeForms(string period, bool sound) => Assert.Equal(sound, ScalingRuleSpec.IsPeriod(period));

    [Fact]
    public void ABadRule_IsNamed_BeforeAnyCall()
    {
        Assert.Contains("-MinReplicas 5 is above -MaxReplicas 2", new ScalingRuleSpec(null, [], 5, 2, Cpu.Metrics).Problem());
        Assert.Contains("CPU target 150", new ScalingRuleSpec(null, [], 1, 2, ScalingRuleSpec.MetricsOf(150, null, null, null, null)).Problem());
        Assert.Contains("needs a metric", new ScalingRuleSpec(null, [], 1, 2, []).Problem());
        Assert.Contains("'25:00'", new ScalingRuleSpec(null, [new SaeScalingSchedule("25:00", 1)], null, null, []).Problem());
        Assert.Contains("Two schedules are at 08:00", new ScalingRuleSpec(null, [new SaeScalingSchedule("08:00", 1), new SaeScalingSchedule("08:00", 2)], null, null, []).Problem());
        Assert.Contains("needs MinReplicas and MaxReplicas", new ScalingRuleSpec(null, [new SaeScalingSchedule("08:00", 1)], 1, 2, Cpu.Metrics).Problem());
        Assert.Contains("-Schedule", new ScalingRuleSpec(null, [], null, null, []).Problem());
        Assert.Null(Weekend.Problem());
        Assert.Null(Cpu.Problem());
        Assert.Contains("'Weekend Rule'", ScalingRuleSpec.NameProblem("Weekend Rule"));
        Assert.Null(ScalingRuleSpec.NameProblem("weekend-2"));
    }

    [Fact]
    public void AChange_ReplacesWhatIsGiven_AndKeepsTheRest()
    {
        ScalingRuleSpec changed = Cpu.With(new ScalingRuleSpec(null, [], null, 20, ScalingRuleSpec.MetricsOf(80, 60, null, null, null)));

        Assert.Equal((2, 20), (changed.MinReplicas, changed.MaxReplicas));
        Assert.Equal([("CPU", 80), ("MEMORY", 60), ("QPS", 300)], changed.Metrics.Select(m => (m.MetricType, m.Target)));
        Assert.Equal("* * Sat", Weekend.With(new ScalingRuleSpec("* * Sat", [], null, null, [])).Period);
        Assert.Equal(2, Weekend.With(new ScalingRuleSpec(null, [], null, null, [])).Schedules.Count);
    }

    [Fact]
    public void AnAnswer_BecomesARule_WithItsTimerAndMetric_AndComparesWithASpec()
    {
        var data = JObject.Parse("""
            {"AppId":"app-1","ScaleRuleName":"cpu","ScaleRuleType":"metric","ScaleRuleEnabled":true,"CreateTime":1764720000000,
             "Metric":{"MinReplicas":2,"MaxReplicas":10,"Metrics":[{"MetricType":"CPU","MetricTargetAverageUtilization":70},{"MetricType":"QPS","MetricTargetAverageUtilization":300}],
                       "ScaleDownRules":{"Step":100,"Disabled":false,"StabilizationWindowSeconds":300}},"Timer":null}
            """);
        SaeScalingRule rule = ScalingRuleCalls.Read(data, "app-1", "cn-hangzhou:demo", Location);

        Assert.Equal(("cpu", "metric", true, "cn-hangzhou"), (rule.Name, rule.Type, rule.Enabled, rule.RegionId));
        Assert.Equal((2, 10), (rule.MinReplicas, rule.MaxReplicas));
        Assert.Equal(["CPU", "QPS"], rule.Metrics.Select(m => m.MetricType));
        Assert.Empty(rule.Schedules);
        Assert.Equal(300, (int)rule.MetricSteps!["scaleDownRules"]!["stabilizationWindowSeconds"]!);
        Assert.True(Cpu.SameAs(rule));
        Assert.False(Cpu.With(new ScalingRuleSpec(null, [], null, 11, [])).SameAs(rule));
    }
}
