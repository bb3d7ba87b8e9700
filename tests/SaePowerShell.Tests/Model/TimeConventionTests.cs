using System.Reflection;
using Newtonsoft.Json.Linq;
using SaePowerShell.Commands.Hosting;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Model;

/// <summary>
/// Every time the module writes is a DateTimeOffset at +08:00 (about_SaePowerShell, TIMES): zone-less times as SAE
/// means them, exact ones (epoch milliseconds, ISO 8601 with a zone) at the same instant. Every time property of every
/// public model type is listed here with how the module fills it, so a new one cannot escape the convention.
/// </summary>
public sealed class TimeConventionTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly ServiceLocation Location = new(new Uri("http://127.0.0.1:1/"), "cn-hangzhou", "-Endpoint", "-RegionId");

    // 2024-05-06 07:08:09 UTC, as SAE writes it in each of its forms.
    private const string Millis = "1714979289000";
    private const long Seconds = 1714979289;
    private static readonly SaeJob Job = new() { AppId = "job-1", AppName = "report", NamespaceId = "cn-hangzhou:demo" };
    private static readonly DateTimeOffset Instant = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static ApiResponse Answer(JToken data) => new(200, new JObject { ["RequestId"] = "r", ["Code"] = "200", ["Success"] = true, ["Data"] = data }, "n");

    /// <summary>How the module fills each time property, from a wire answer carrying <see cref="Instant"/>.</summary>
    private static readonly Dictionary<string, Func<DateTimeOffset?>> Filled = new()
    {
        ["SaeChangeOrder.CreateTime"] = () => ChangeOrderReader.Read(new JObject { ["CreateTime"] = "2024-05-06 15:08:09" }, null, Location).CreateTime,
        ["SaeChangeOrder.FinishTime"] = () => ChangeOrderReader.Read(new JObject { ["FinishTime"] = "2024-05-06 15:08:09" }, null, Location).FinishTime,
        ["SaeChangeOrderBatch.StartTime"] = () => ChangeOrderReader.ReadBatches(new JArray(new JObject { ["PipelineId"] = "p", ["StartTime"] = Millis }))[0].StartTime,
        ["SaeChangeOrderBatch.UpdateTime"] = () => ChangeOrderReader.ReadBatches(new JArray(new JObject { ["PipelineId"] = "p", ["UpdateTime"] = Millis }))[0].UpdateTime,
        ["SaeApplicationInstance.CreateTime"] = () => DescribeApplicationInstancesCall.Parse(Answer(new JObject { ["Instances"] = new JArray(new JObject { ["InstanceId"] = "i", ["CreateTimeStamp"] = Millis }) }), "a", null, "cn-hangzhou:demo", "g", Location).Items[0].CreateTime,
        ["SaeApplicationVersion.CreateTime"] = () => ListAppVersionsCall.Parse(Answer(new JArray(new JObject { ["Id"] = "v", ["CreateTime"] = Millis })), "a", null, null, Location)[0].CreateTime,
        ["SaeApplicationStatus.CreateTime"] = () => DescribeApplicationStatusCall.Parse(Answer(new JObject { ["CreateTime"] = Millis }), "a", null, Location).CreateTime,
        ["SaeApplicationEvent.FirstTimestamp"] = () => ListAppEventsCall.Parse(Answer(new JObject { ["AppEventEntity"] = new JArray(new JObject { ["FirstTimestamp"] = "2024-05-06T07:08:09Z" }) }), "cn-hangzhou:demo", "a", Location).Items[0].FirstTimestamp,
        ["SaeApplicationEvent.LastTimestamp"] = () => ListAppEventsCall.Parse(Answer(new JObject { ["AppEventEntity"] = new JArray(new JObject { ["LastTimestamp"] = "2024-05-06T07:08:09Z" }) }), "cn-hangzhou:demo", "a", Location).Items[0].LastTimestamp,
        ["SaeConfigMap.CreateTime"] = () => ConfigMapCalls.ParseOne(Answer(new JObject { ["ConfigMapId"] = 1, ["CreateTime"] = Millis }), "cn-hangzhou:demo", Location).CreateTime,
        ["SaeConfigMap.UpdateTime"] = () => ConfigMapCalls.ParseOne(Answer(new JObject { ["ConfigMapId"] = 1, ["UpdateTime"] = Millis }), "cn-hangzhou:demo", Location).UpdateTime,
        ["SaeSecret.CreateTime"] = () => SecretCalls.ParseOne(Answer(new JObject { ["SecretId"] = 1, ["CreateTime"] = Millis }), "cn-hangzhou:demo", Location).CreateTime,
        ["SaeSecret.UpdateTime"] = () => SecretCalls.ParseList(Answer(new JObject { ["Secrets"] = new JArray(new JObject { ["SecretId"] = 1, ["UpdateTime"] = Millis }) }), "cn-hangzhou:demo", Location)[0].UpdateTime,
        ["SaeJob.LastStartTime"] = () => JobCalls.ParsePage(Answer(new JObject { ["Applications"] = new JArray(new JObject { ["AppId"] = "j", ["LastStartTime"] = Seconds }) }), "cn-hangzhou:demo", Location).Items[0].LastStartTime,
        ["SaeJob.LastCompletionTime"] = () => JobCalls.ParsePage(Answer(new JObject { ["Applications"] = new JArray(new JObject { ["AppId"] = "j", ["CompletionTime"] = Seconds }) }), "cn-hangzhou:demo", Location).Items[0].LastCompletionTime,
        ["SaeJobRun.StartTime"] = () => JobCalls.ParseHistory(Answer(new JObject { ["Jobs"] = new JArray(new JObject { ["JobId"] = "manual-1", ["StartTime"] = Seconds }) }), Job).Items[0].StartTime,
        ["SaeJobRun.CompletionTime"] = () => JobCalls.ParseRun(Answer(new JObject { ["JobId"] = "manual-1", ["CompletionTime"] = Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) }), Job).CompletionTime,
        ["SaeScalingRule.CreateTime"] = () => ScalingRuleCalls.ParseOne(Answer(new JObject { ["ScaleRuleName"] = "cpu", ["CreateTime"] = Millis }), "app-1", "cn-hangzhou:demo", Location).CreateTime,
        ["SaeScalingRule.UpdateTime"] = () => ScalingRuleCalls.ParseList(Answer(new JObject { ["ApplicationScalingRules"] = new JArray(new JObject { ["ScaleRuleName"] = "cpu", ["UpdateTime"] = Millis }) }), "app-1", "cn-hangzhou:demo", Location)[0].UpdateTime,
        ["SaeScalingRule.LastDisableTime"] = () => ScalingRuleCalls.ParseOne(Answer(new JObject { ["ScaleRuleName"] = "cpu", ["LastDisableTime"] = Millis }), "app-1", "cn-hangzhou:demo", Location).LastDisableTime,
        ["SaeContext.Expiration"] = () => ContextDescriber.Describe(new SaeCredential("LTAIexample000001", "secret", "token", "a test", Instant), Location, null, false, null).Expiration,
        ["SaeOutcomeUnknownException.SentAt"] = () => new SaeOutcomeUnknownException("StartApplication", "application a", "Check it.", "n", "a timeout", SaeErrorCategory.OperationTimeout, Instant, null).SentAt,
    };

    public static TheoryData<string> TimeProperties()
    {
        var data = new TheoryData<string>();
        foreach (string name in ModelTimeProperties())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void EveryTimeProperty_OfEveryModelType_IsListed()
    {
        Assert.Equal(Filled.Keys.OrderBy(k => k, StringComparer.Ordinal), ModelTimeProperties().OrderBy(k => k, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TimeProperties))]
    public void EveryTime_IsWrittenAtBeijingTime_AtTheInstantTheWireMeant(string property)
    {
        DateTimeOffset? value = Filled[property]();

        Assert.NotNull(value);
        Assert.Equal(Beijing, value!.Value.Offset);
        Assert.Equal(Instant.UtcDateTime, value.Value.UtcDateTime);
    }

    private static IEnumerable<string> ModelTimeProperties() =>
        typeof(SaeApplication).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "SaePowerShell")
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType == typeof(DateTimeOffset) || p.PropertyType == typeof(DateTimeOffset?))
                .Select(p => t.Name + "." + p.Name));
}
