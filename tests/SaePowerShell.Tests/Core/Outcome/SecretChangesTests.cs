using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>The never-twice judgements of the secret changes: what a look-up or a read-back proves about a lost answer.</summary>
public sealed class SecretChangesTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private static SecretPayload Values(string value) => SecretPayload.OfValues(new Dictionary<string, string> { ["DB_URL"] = value });

    private static SaeSecret Secret(long id, SecretPayload? data) => new()
    {
        SecretId = id,
        Name = "db-login",
        NamespaceId = "cn-hangzhou:demo",
        Encoded = data?.Encoded,
        Keys = data?.Keys ?? [],
    };

    private static NamedObject Named(long id, string name, DateTimeOffset? created) => new(id, name, created);

    [Fact]
    public void ACreate_IsOurs_WhenExactlyOneOfItsNameWasMadeAroundTheSend()
    {
        OutcomeVerdict<long?> verdict = NamespaceObjectChanges.JudgeCreated([Named(1, "other", SentAt.AddDays(-3)), Named(16, "db-login", SentAt.AddSeconds(1))], "secret", "cn-hangzhou:demo", "db-login", SentAt);

        Assert.Equal((OutcomeKind.TookEffect, 16L), (verdict.Kind, verdict.Result));
    }

    [Fact]
    public void ACreate_IsSentAgain_WhenNoneHasItsName_AndUnknown_WhenSeveralOrAnOlderOneHave()
    {
        Assert.Equal(OutcomeKind.DidNotTakeEffect, NamespaceObjectChanges.JudgeCreated([Named(1, "other", SentAt)], "secret", "cn-hangzhou:demo", "db-login", SentAt).Kind);
        Assert.Contains("no secret named db-login", NamespaceObjectChanges.JudgeCreated([], "secret", "cn-hangzhou:demo", "db-login", SentAt).Reason);
        Assert.Equal(OutcomeKind.Unknown, NamespaceObjectChanges.JudgeCreated([Named(3, "db-login", SentAt), Named(4, "db-login", SentAt)], "secret", "cn-hangzhou:demo", "db-login", SentAt).Kind);

        // One of its name from well before: not ours by its time, but never a resend either.
        OutcomeVerdict<long?> older = NamespaceObjectChanges.JudgeCreated([Named(3, "db-login", SentAt.AddHours(-1))], "secret", "cn-hangzhou:demo", "db-login", SentAt);
        Assert.Equal(OutcomeKind.Unknown, older.Kind);
        Assert.Contains("was there before the call", older.Reason);
    }

    [Fact]
    public void AChange_TookEffect_OnlyWhenTheNewDataIsThere_AndTheOldDiffered()
    {
        SecretPayload wanted = Values("new");

        Assert.Equal(OutcomeKind.TookEffect, SecretChanges.JudgeUpdated(Secret(16, Values("old")), Secret(16, wanted), wanted).Kind);
    }

    [Fact]
    public void AChange_IsUnknown_NeverSentAgain_WhenTheReadBackCannotTell()
    {
        SecretPayload wanted = Values("new");

        // Not there (ours lost, or someone else's change since): unknown, not "did not", so it is never resent.
        OutcomeVerdict<SaeSecret> stale = SecretChanges.JudgeUpdated(Secret(16, Values("old")), Secret(16, Values("old")), wanted);
        Assert.Equal(OutcomeKind.Unknown, stale.Kind);
        Assert.Contains("keys DB_URL", stale.Reason);

        // There, but it was there before too: the read-back proves nothing about our call.
        Assert.Equal(OutcomeKind.Unknown, SecretChanges.JudgeUpdated(Secret(16, wanted), Secret(16, wanted), wanted).Kind);

        // The data before was never read: nothing to compare with.
        Assert.Equal(OutcomeKind.Unknown, SecretChanges.JudgeUpdated(Secret(16, null), Secret(16, wanted), wanted).Kind);
    }

    [Fact]
    public void ADelete_TookEffect_WhenTheSecretIsGone()
    {
        SaeSecret doomed = Secret(16, null);

        Assert.Equal(OutcomeKind.TookEffect, NamespaceObjectChanges.JudgeDeleted([Named(1, "other", SentAt)], "secret", "db-login", 16, doomed).Kind);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, NamespaceObjectChanges.JudgeDeleted([Named(1, "other", SentAt), Named(16, "db-login", SentAt)], "secret", "db-login", 16, doomed).Kind);
    }
}
