using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>The never-twice judgements of the scaling-rule changes: what a look-up or a read-back proves about a lost answer.</summary>
public sealed class ScalingRuleChangesTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly ScalingRuleSpec Wanted = new(null, [], 2, 20, [new SaeScalingMetric { MetricType = "CPU", Target = 70 }]);

    private static SaeScalingRule Rule(string name, DateTimeOffset? created = null, int max = 10, bool enabled = true) => new()
    {
        AppId = "app-1",
        Name = name,
        Type = "metric",
        Enabled = enabled,
        CreateTime = created,
        MinReplicas = 2,
        MaxReplicas = max,
        Metrics = [new SaeScalingMetric { MetricType = "CPU", Target = 70 }],
    };

    [Fact]
    public void ACreate_IsOurs_WhenExactlyOneOfItsNameWasMadeAroundTheSend()
    {
        OutcomeVerdict<SaeScalingRule> verdict = ScalingRuleChanges.JudgeCreated([Rule("other", SentAt.AddDays(-3)), Rule("cpu", SentAt.AddSeconds(1))], "app-1", "cpu", SentAt);

        Assert.Equal((OutcomeKind.TookEffect, "cpu"), (verdict.Kind, verdict.Result!.Name));
    }

    [Fact]
    public void ACreate_IsSentAgain_WhenNoneHasItsName_AndUnknown_WhenSeveralOrAnOlderOneHave()
    {
        OutcomeVerdict<SaeScalingRule> none = ScalingRuleChanges.JudgeCreated([Rule("other", SentAt)], "app-1", "cpu", SentAt);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, none.Kind);
        Assert.Contains("application app-1 has no scaling rule named cpu", none.Reason);
        Assert.Equal(OutcomeKind.Unknown, ScalingRuleChanges.JudgeCreated([Rule("cpu", SentAt), Rule("cpu", SentAt)], "app-1", "cpu", SentAt).Kind);

        OutcomeVerdict<SaeScalingRule> older = ScalingRuleChanges.JudgeCreated([Rule("cpu", SentAt.AddHours(-1))], "app-1", "cpu", SentAt);
        Assert.Equal(OutcomeKind.Unknown, older.Kind);
        Assert.Contains("was there before the call", older.Reason);
        Assert.Equal(OutcomeKind.Unknown, ScalingRuleChanges.JudgeCreated([Rule("cpu", null)], "app-1", "cpu", SentAt).Kind);
    }

    [Fact]
    public void AChange_TookEffect_OnlyWhenTheNewRuleIsThere_AndTheOldDiffered()
    {
        Assert.Equal(OutcomeKind.TookEffect, ScalingRuleChanges.JudgeUpdated(Rule("cpu", max: 10), Rule("cpu", max: 20), Wanted).Kind);

        // Not there, or already so before: unknown, never "did not", so it is never resent.
        OutcomeVerdict<SaeScalingRule> stale = ScalingRuleChanges.JudgeUpdated(Rule("cpu", max: 10), Rule("cpu", max: 10), Wanted);
        Assert.Equal(OutcomeKind.Unknown, stale.Kind);
        Assert.Contains("is not as sent", stale.Reason);
        OutcomeVerdict<SaeScalingRule> already = ScalingRuleChanges.JudgeUpdated(Rule("cpu", max: 20), Rule("cpu", max: 20), Wanted);
        Assert.Equal(OutcomeKind.Unknown, already.Kind);
        Assert.Contains("already so", already.Reason);
    }

    [Fact]
    public void ASwitch_TookEffect_OnlyWhenReadBackInTheNewState_FromTheOld()
    {
        Assert.Equal(OutcomeKind.TookEffect, ScalingRuleChanges.JudgeSwitched(Rule("cpu", enabled: true), Rule("cpu", enabled: false), enable: false).Kind);
        Assert.Equal(OutcomeKind.Unknown, ScalingRuleChanges.JudgeSwitched(Rule("cpu", enabled: true), Rule("cpu", enabled: true), enable: false).Kind);
        Assert.Equal(OutcomeKind.Unknown, ScalingRuleChanges.JudgeSwitched(Rule("cpu", enabled: true), Rule("cpu", enabled: true), enable: true).Kind);
    }

    [Fact]
    public void ADelete_IsDone_WhenGone_AndSentAgain_WhenStillThere()
    {
        Assert.Equal(OutcomeKind.TookEffect, ScalingRuleChanges.JudgeDeleted([Rule("other")], Rule("cpu")).Kind);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, ScalingRuleChanges.JudgeDeleted([Rule("cpu")], Rule("cpu")).Kind);
    }
}
