using System.Net;
using System.Text.Json;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The seven scaling-rule APIs in their official shapes: rules kept per application, names unique on it, timing,
/// metric and mix rules with SAE's JSON strings, and the refusals SAE makes named by parameter and value.
/// </summary>
public sealed class ScalingRuleApiTests
{
    private const string App = DefaultSeedIds.DemoOrderApi;
    private const string Weekend = """{"period":"* * Sat,Sun","schedules":[{"atTime":"00:00","targetReplicas":1},{"atTime":"20:00","targetReplicas":0}]}""";
    private const string Cpu = """{"minReplicas":1,"maxReplicas":5,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":60},{"metricType":"QPS","MetricTargetAverageUtilization":200}],"scaleUpRules":{"step":"100","disabled":false,"stabilizationWindowSeconds":0}}""";

    [Theory]
    [InlineData(SigningScheme.V3)]
    [InlineData(SigningScheme.Roa)]
    public async Task Rules_AreCreated_Listed_AndDescribed_PerApplication(SigningScheme scheme)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply timing = await host.SendAsync(SaeRequest.CreateScalingRule(App, "weekend", "timing", Weekend).WithScheme(scheme));
        SaeReply metric = await host.SendAsync(SaeRequest.CreateScalingRule(App, "cpu", "metric", metric: Cpu, more: ("ScalingRuleEnable", "false")).WithScheme(scheme));
        SaeReply mix = await host.SendAsync(SaeRequest.CreateScalingRule(App, "mixed", "mix",
            """{"period":"* * *","schedules":[{"atTime":"08:00","minReplicas":2,"maxReplicas":4}]}""", Cpu).WithScheme(scheme));
        SaeReply duplicate = await host.SendAsync(SaeRequest.CreateScalingRule(App, "weekend", "timing", Weekend).WithScheme(scheme));
        SaeReply elsewhere = await host.SendAsync(SaeRequest.CreateScalingRule(DefaultSeedIds.DemoWebFrontend, "weekend", "timing", Weekend).WithScheme(scheme));

        SurfaceFile.AssertConforms("CreateApplicationScalingRule", timing.Body);
        Assert.Equal("timing", timing.Data.GetProperty("ScaleRuleType").GetString());
        Assert.True(timing.Data.GetProperty("ScaleRuleEnabled").GetBoolean());
        Assert.False(metric.Data.GetProperty("ScaleRuleEnabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, mix.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.WithMessage"), (duplicate.Status, duplicate.ErrorCode));
        Assert.Contains("{ScalingRuleName}", duplicate.Message);
        Assert.Equal(HttpStatusCode.OK, elsewhere.Status);

        SaeReply listed = await host.SendAsync(SaeRequest.DescribeScalingRules(App).WithScheme(scheme));
        SurfaceFile.AssertConforms("DescribeApplicationScalingRules", listed.Body);
        JsonElement[] rules = listed.Data.GetProperty("ApplicationScalingRules").EnumerateArray().ToArray();
        Assert.Equal(["weekend", "cpu", "mixed"], rules.Select(r => r.GetProperty("ScaleRuleName").GetString()!));
        Assert.Equal(3, listed.Data.GetProperty("TotalSize").GetInt32());

        SaeReply described = await host.SendAsync(SaeRequest.DescribeScalingRule(App, "weekend").WithScheme(scheme));
        SurfaceFile.AssertConforms("DescribeApplicationScalingRule", described.Body);
        JsonElement timer = described.Data.GetProperty("Timer");
        Assert.Equal("* * Sat,Sun", timer.GetProperty("Period").GetString());
        Assert.Equal([("00:00", 1), ("20:00", 0)], timer.GetProperty("Schedules").EnumerateArray()
            .Select(s => (s.GetProperty("AtTime").GetString()!, s.GetProperty("TargetReplicas").GetInt32())));

        JsonElement cpu = (await host.CallAsync(SaeRequest.DescribeScalingRule(App, "cpu"))).GetProperty("Metric");
        Assert.Equal((1, 5), (cpu.GetProperty("MinReplicas").GetInt32(), cpu.GetProperty("MaxReplicas").GetInt32()));
        Assert.Equal([("CPU", 60), ("QPS", 200)], cpu.GetProperty("Metrics").EnumerateArray()
            .Select(m => (m.GetProperty("MetricType").GetString()!, m.GetProperty("MetricTargetAverageUtilization").GetInt32())));
        Assert.Equal(100, cpu.GetProperty("ScaleUpRules").GetProperty("Step").GetInt64());
        Assert.Empty((await host.CallAsync(SaeRequest.DescribeScalingRules(DefaultSeedIds.DemoPaymentWorker))).GetProperty("ApplicationScalingRules").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"period":"* * Sat,Funday","schedules":[{"atTime":"00:00","targetReplicas":1}]}""", "Funday")]
    [InlineData("""{"period":"* * *","schedules":[{"atTime":"25:00","targetReplicas":1}]}""", "25:00")]
    [InlineData("""{"period":"* * *","schedules":[{"atTime":"08:00","targetReplicas":1001}]}""", "1001")]
    [InlineData("""{"period":"32 * *","schedules":[{"atTime":"08:00","targetReplicas":1}]}""", "32 * *")]
    [InlineData("""{"period":"* * *","schedules":[]}""", "schedules")]
    [InlineData("not json", "JSON")]
    public async Task BadTimers_AreRefused_NamingTheValue(string timer, string named)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.CreateScalingRule(App, "bad", "timing", timer));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.WithMessage"), (reply.Status, reply.ErrorCode));
        Assert.Contains("{ScalingRuleTimer}", reply.Message);
        Assert.Contains(named, reply.Message);
        Assert.Empty((await host.CallAsync(SaeRequest.DescribeScalingRules(App))).GetProperty("ApplicationScalingRules").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"minReplicas":5,"maxReplicas":2,"metrics":[{"metricType":"CPU","metricTargetAverageUtilization":50}]}""", "minReplicas 5 is above maxReplicas 2")]
    [InlineData("""{"minReplicas":1,"maxReplicas":2,"metrics":[{"metricType":"DISK","metricTargetAverageUtilization":50}]}""", "DISK")]
    [InlineData("""{"minReplicas":1,"maxReplicas":2,"metrics":[{"metricType":"MEMORY","metricTargetAverageUtilization":150}]}""", "150")]
    [InlineData("""{"minReplicas":1,"maxReplicas":2,"metrics":[{"metricType":"SLB_QPS","metricTargetAverageUtilization":50}]}""", "slbId")]
    public async Task BadMetrics_AreRefused_NamingTheValue(string metric, string named)
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply reply = await host.SendAsync(SaeRequest.CreateScalingRule(App, "bad", "metric", metric: metric));

        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameter.WithMessage"), (reply.Status, reply.ErrorCode));
        Assert.Contains("{ScalingRuleMetric}", reply.Message);
        Assert.Contains(named, reply.Message);
    }

    [Fact]
    public async Task MissingAndUnknown_AreRefused()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();

        SaeReply noType = await host.SendAsync(SaeRequest.Api("CreateApplicationScalingRule", "POST", "/pop/v1/sam/scale/applicationScalingRule", ("AppId", App), ("ScalingRuleName", "a")));
        SaeReply noTimer = await host.SendAsync(SaeRequest.CreateScalingRule(App, "a", "timing"));
        SaeReply mixWithoutMetric = await host.SendAsync(SaeRequest.CreateScalingRule(App, "a", "mix", """{"schedules":[{"atTime":"08:00","minReplicas":1,"maxReplicas":2}]}"""));
        SaeReply badType = await host.SendAsync(SaeRequest.CreateScalingRule(App, "a", "cron", Weekend));
        SaeReply badName = await host.SendAsync(SaeRequest.CreateScalingRule(App, "Weekend_Rule", "timing", Weekend));
        SaeReply unknownApp = await host.SendAsync(SaeRequest.CreateScalingRule("0d1e2f3a-0000-4000-8000-999999999999", "a", "timing", Weekend));
        SaeReply unknownRule = await host.SendAsync(SaeRequest.DescribeScalingRule(App, "nope"));
        SaeReply unknownDelete = await host.SendAsync(SaeRequest.DeleteScalingRule(App, "nope"));

        Assert.Equal(("InvalidParameter.NotEmpty", "You must specify the parameter ScalingRuleType."), (noType.ErrorCode, noType.Message));
        Assert.Equal(("InvalidParameter.NotEmpty", "You must specify the parameter ScalingRuleTimer."), (noTimer.ErrorCode, noTimer.Message));
        Assert.Equal("You must specify the parameter ScalingRuleMetric.", mixWithoutMetric.Message);
        Assert.Contains("{ScalingRuleType}: cron", badType.Message);
        Assert.Contains("Weekend_Rule", badName.Message);
        Assert.Equal((HttpStatusCode.NotFound, "InvalidAppId.NotFound"), (unknownApp.Status, unknownApp.ErrorCode));
        Assert.Equal((HttpStatusCode.NotFound, "InvalidScalingRuleName.NotFound"), (unknownRule.Status, unknownRule.ErrorCode));
        Assert.Contains("nope", unknownRule.Message);
        Assert.Equal("InvalidScalingRuleName.NotFound", unknownDelete.ErrorCode);
    }

    [Fact]
    public async Task Rule_IsUpdated_Switched_AndDeleted()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        await host.CallAsync(SaeRequest.CreateScalingRule(App, "weekend", "timing", Weekend));

        SaeReply updated = await host.SendAsync(SaeRequest.UpdateScalingRule(App, "weekend",
            ("ScalingRuleTimer", """{"period":"* * Sat","schedules":[{"atTime":"06:00","targetReplicas":2}]}""")));
        SaeReply badUpdate = await host.SendAsync(SaeRequest.UpdateScalingRule(App, "weekend", ("ScalingRuleType", "metric")));
        SaeReply disabled = await host.SendAsync(SaeRequest.SwitchScalingRule(App, "weekend", enable: false));
        JsonElement afterDisable = await host.CallAsync(SaeRequest.DescribeScalingRule(App, "weekend"));
        SaeReply enabled = await host.SendAsync(SaeRequest.SwitchScalingRule(App, "weekend", enable: true));
        JsonElement afterEnable = await host.CallAsync(SaeRequest.DescribeScalingRule(App, "weekend"));

        SurfaceFile.AssertConforms("UpdateApplicationScalingRule", updated.Body);
        Assert.Equal("* * Sat", updated.Data.GetProperty("Timer").GetProperty("Period").GetString());
        Assert.Equal("You must specify the parameter ScalingRuleMetric.", badUpdate.Message);
        SurfaceFile.AssertConforms("DisableApplicationScalingRule", disabled.Body);
        SurfaceFile.AssertConforms("EnableApplicationScalingRule", enabled.Body);
        Assert.False(afterDisable.GetProperty("ScaleRuleEnabled").GetBoolean());
        Assert.Equal(JsonValueKind.Number, afterDisable.GetProperty("LastDisableTime").ValueKind);
        Assert.True(afterEnable.GetProperty("ScaleRuleEnabled").GetBoolean());
        Assert.Equal("timing", afterEnable.GetProperty("ScaleRuleType").GetString());

        SaeReply deleted = await host.SendAsync(SaeRequest.DeleteScalingRule(App, "weekend"));
        SurfaceFile.AssertConforms("DeleteApplicationScalingRule", deleted.Body);
        Assert.Equal("InvalidScalingRuleName.NotFound", (await host.SendAsync(SaeRequest.DescribeScalingRule(App, "weekend"))).ErrorCode);
    }

    [Fact]
    public async Task GetApplication_ShowsWhetherTheApplicationScalesByARule_AndItsType()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        SaeRequest Get() => SaeRequest.Api("GetApplication", "GET", "/pop/v1/sam/app/getApplication", ("AppId", App));
        (string?, string?) Shown(SaeReply reply) =>
            (reply.Body.GetProperty("Application").GetProperty("ScaleRuleEnabled").GetString(), reply.Body.GetProperty("Application").GetProperty("ScaleRuleType").GetString());

        SaeReply none = await host.SendAsync(Get());
        await host.CallAsync(SaeRequest.CreateScalingRule(App, "cpu", "metric", metric: Cpu, more: ("ScalingRuleEnable", "false")));
        SaeReply disabled = await host.SendAsync(Get());
        await host.CallAsync(SaeRequest.CreateScalingRule(App, "weekend", "timing", Weekend));
        SaeReply enabled = await host.SendAsync(Get());

        SurfaceFile.AssertConforms("GetApplication", enabled.Body);
        Assert.Equal(("false", ""), Shown(none));
        Assert.Equal(("false", "metric"), Shown(disabled));
        Assert.Equal(("true", "timing"), Shown(enabled));
    }
}
