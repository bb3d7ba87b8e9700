using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>The never-twice judgements of the config-map changes: what a look-up or a read-back proves about a lost answer.</summary>
public sealed class ConfigMapChangesTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private static SaeConfigMap Map(long id, string name, DateTimeOffset? created, params (string Key, string Value)[] data) => new()
    {
        ConfigMapId = id,
        Name = name,
        NamespaceId = "cn-hangzhou:demo",
        CreateTime = created,
        Data = data.ToDictionary(d => d.Key, d => d.Value),
    };

    [Fact]
    public void ACreate_IsOurs_WhenExactlyOneOfItsNameWasMadeAroundTheSend()
    {
        OutcomeVerdict<long?> verdict = ConfigMapChanges.JudgeCreated([Map(1, "other", SentAt.AddDays(-3)), Map(7, "web", SentAt.AddSeconds(1))], "cn-hangzhou:demo", "web", SentAt);

        Assert.Equal((OutcomeKind.TookEffect, 7L), (verdict.Kind, verdict.Result));
    }

    [Fact]
    public void ACreate_DidNotArrive_WhenNoneHasItsName()
    {
        OutcomeVerdict<long?> verdict = ConfigMapChanges.JudgeCreated([Map(1, "other", SentAt)], "cn-hangzhou:demo", "web", SentAt);

        Assert.Equal(OutcomeKind.DidNotTakeEffect, verdict.Kind);
        Assert.Contains("no config map named web", verdict.Reason);
    }

    [Fact]
    public void ACreate_IsUnknown_WhenOneOfItsNameWasThereWellBefore()
    {
        OutcomeVerdict<long?> verdict = ConfigMapChanges.JudgeCreated([Map(3, "web", SentAt.AddHours(-1))], "cn-hangzhou:demo", "web", SentAt);

        Assert.Equal(OutcomeKind.Unknown, verdict.Kind);
        Assert.Contains("was there before the call", verdict.Reason);
    }

    [Fact]
    public void ACreate_IsUnknown_WhenSeveralHaveItsName()
    {
        OutcomeVerdict<long?> verdict = ConfigMapChanges.JudgeCreated([Map(3, "web", SentAt), Map(4, "web", SentAt)], "cn-hangzhou:demo", "web", SentAt);

        Assert.Equal(OutcomeKind.Unknown, verdict.Kind);
        Assert.Null(verdict.Result);
    }

    [Fact]
    public void AChange_TookEffect_OnlyWhenTheDataReadBackIsTheDataWanted()
    {
        var wanted = new Dictionary<string, string> { ["a"] = "2" };

        Assert.Equal(OutcomeKind.TookEffect, ConfigMapChanges.JudgeUpdated(Map(7, "web", SentAt, ("a", "2")), wanted, null).Kind);
        Assert.Equal(OutcomeKind.Unknown, ConfigMapChanges.JudgeUpdated(Map(7, "web", SentAt, ("a", "1")), wanted, null).Kind);
        Assert.Equal(OutcomeKind.Unknown, ConfigMapChanges.JudgeUpdated(Map(7, "web", SentAt, ("a", "2"), ("b", "1")), wanted, null).Kind);
        Assert.Equal(OutcomeKind.Unknown, ConfigMapChanges.JudgeUpdated(Map(7, "web", SentAt, ("a", "2")), wanted, "a new description").Kind);
    }

    [Fact]
    public void ADelete_TookEffect_WhenTheConfigMapIsGone()
    {
        SaeConfigMap doomed = Map(7, "web", SentAt);

        Assert.Equal(OutcomeKind.TookEffect, ConfigMapChanges.JudgeDeleted([Map(1, "other", SentAt)], doomed).Kind);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, ConfigMapChanges.JudgeDeleted([Map(1, "other", SentAt), Map(7, "web", SentAt)], doomed).Kind);
    }
}
