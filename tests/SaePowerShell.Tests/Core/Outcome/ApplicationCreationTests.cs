using System.Collections.Specialized;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>What a look-up by name proves about a lost CreateApplication, and what a clone carries over.</summary>
public sealed class ApplicationCreationTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));

    private static SaeChangeOrder Create(string id, DateTimeOffset created) => new(id) { CoTypeCode = "CoCreateApp", CreateTime = created };

    [Fact]
    public void DidNotArrive_WhenTheNamespaceHasNoApplicationOfTheName()
    {
        OutcomeVerdict<SaeChangeOrder> verdict = ApplicationCreation.JudgeNamed(0, null, "cn-hangzhou:demo", "web", SentAt);

        Assert.Equal(OutcomeKind.DidNotTakeEffect, verdict.Kind);
        Assert.Contains("no application named web", verdict.Reason);
    }

    [Fact]
    public void IsOurs_WhenTheOneOfItsNameWasCreatedAroundTheSend()
    {
        OutcomeVerdict<SaeChangeOrder> verdict = ApplicationCreation.JudgeNamed(1, [Create("co-9", SentAt.AddSeconds(2))], "cn-hangzhou:demo", "web", SentAt);

        Assert.Equal((OutcomeKind.TookEffect, "co-9"), (verdict.Kind, verdict.Result?.ChangeOrderId));
    }

    [Fact]
    public void IsUnknown_NeverResent_WhenTheOneOfItsNameIsOlder()
    {
        OutcomeVerdict<SaeChangeOrder> verdict = ApplicationCreation.JudgeNamed(1, [Create("co-1", SentAt.AddDays(-30))], "cn-hangzhou:demo", "web", SentAt);

        Assert.Equal(OutcomeKind.Unknown, verdict.Kind);
        Assert.Contains("not created around the call", verdict.Reason);
    }

    [Fact]
    public void IsUnknown_WhenSeveralHaveTheName()
    {
        Assert.Equal(OutcomeKind.Unknown, ApplicationCreation.JudgeNamed(2, null, "cn-hangzhou:demo", "web", SentAt).Kind);
    }

    [Fact]
    public void AClone_CarriesWhatCreateApplicationTakes_LessItsIdentityTheEmptyAndWhatIsLeftOut()
    {
        var fields = new OrderedDictionary
        {
            ["AppId"] = "app-1", ["AppName"] = "web", ["NamespaceId"] = "cn-hangzhou:demo", ["ImageUrl"] = "img", ["Replicas"] = 3,
            ["Envs"] = "[]", ["Command"] = "", ["VpcId"] = "vpc-1", ["OssAkId"] = "LTAI-id", ["MountDesc"] = new object[0],
            ["RegionId"] = "cn-hangzhou", ["ConfigMapMountDesc"] = new object[] { new OrderedDictionary { ["configMapId"] = 7 } }, ["PvtzDiscovery"] = "{\"enable\":\"true\"}",
        };

        Dictionary<string, object?> values = CreateApplicationCall.FromConfiguration(new SaeApplicationConfig { AppId = "app-1", Fields = fields }, ["VpcId"]);

        Assert.Equal(["ConfigMapMountDesc", "Envs", "ImageUrl", "PvtzDiscoverySvc", "Replicas"], values.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }
}
