using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using SaePowerShell.Core.Outcome;
using Xunit;

namespace SaePowerShell.Tests.Core.Outcome;

/// <summary>The never-twice judgements of the job changes: what a look-up or a read-back proves about a lost answer.</summary>
public sealed class JobChangesTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly SaeJob Job = new() { AppId = "job-1", AppName = "report", NamespaceId = "cn-hangzhou:demo" };

    private static SaeJobRun Run(string id, DateTimeOffset? started, string state = "3") => new() { JobId = id, StartTime = started, State = state };

    [Fact]
    public void AStart_LostAnswer_IsOurs_WhenExactlyOneRunStartedAroundTheSend()
    {
        OutcomeVerdict<string> verdict = JobChanges.JudgeStarted([Run("manual-new", SentAt.AddSeconds(1)), Run("manual-old", SentAt.AddHours(-1), "1")], Job, SentAt);

        Assert.Equal((OutcomeKind.TookEffect, "manual-new"), (verdict.Kind, verdict.Result));
    }

    [Fact]
    public void AStart_LostAnswer_DidNotArrive_WhenNoRunStartedAroundTheSend()
    {
        Assert.Equal(OutcomeKind.DidNotTakeEffect, JobChanges.JudgeStarted([Run("manual-old", SentAt.AddHours(-1), "1")], Job, SentAt).Kind);
        Assert.Equal(OutcomeKind.DidNotTakeEffect, JobChanges.JudgeStarted([], Job, SentAt).Kind);
    }

    [Fact]
    public void AStart_LostAnswer_IsUnknown_WhenTwoRunsStartedAroundIt_OrARunHasNoStartTime()
    {
        OutcomeVerdict<string> two = JobChanges.JudgeStarted([Run("manual-a", SentAt.AddSeconds(2)), Run("event-b", SentAt.AddSeconds(-30))], Job, SentAt);
        OutcomeVerdict<string> timeless = JobChanges.JudgeStarted([Run("manual-a", null)], Job, SentAt);

        Assert.Equal(OutcomeKind.Unknown, two.Kind);
        Assert.Contains("manual-a, event-b", two.Reason, StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.Unknown, timeless.Kind);
    }

    [Fact]
    public void ASuspend_ReadBack_TookEffect_OnlyWhenTheJobChangedToTheWantedState()
    {
        SaeJob running = Copy(suspended: false);
        SaeJob suspended = Copy(suspended: true);

        Assert.Equal(OutcomeKind.TookEffect, JobChanges.JudgeSuspended(running, suspended, suspend: true).Kind);
        Assert.Equal(OutcomeKind.Unknown, JobChanges.JudgeSuspended(running, running, suspend: true).Kind);
        Assert.Equal(OutcomeKind.Unknown, JobChanges.JudgeSuspended(suspended, suspended, suspend: true).Kind);
        Assert.Equal(OutcomeKind.Unknown, JobChanges.JudgeSuspended(running, null, suspend: true).Kind);
    }

    [Fact]
    public void ACreate_LookedUpByName_IsOurs_WhenOneJobHasTheName_NotThere_WhenNone_UnknownWhenMore()
    {
        Assert.Equal((OutcomeKind.TookEffect, "job-1"), (JobChanges.JudgeCreated([Job], "cn-hangzhou:demo", "report").Kind, JobChanges.JudgeCreated([Job], "cn-hangzhou:demo", "report").Result!.AppId));
        Assert.Equal(OutcomeKind.DidNotTakeEffect, JobChanges.JudgeCreated([], "cn-hangzhou:demo", "report").Kind);
        Assert.Equal(OutcomeKind.Unknown, JobChanges.JudgeCreated([Job, Copy(false)], "cn-hangzhou:demo", "report").Kind);
    }

    [Fact]
    public void AChange_ReadBack_TookEffect_WhenEveryValueSentIsThere_ComparingJsonStringsAsStructures()
    {
        var sent = new Dictionary<string, object?> { ["Replicas"] = 3, ["CommandArgs"] = """["report.py","--full"]""", ["TriggerConfig"] = JobSettings.TriggerOf("0 4 * * *", "Asia/Shanghai") };
        var read = new JObject
        {
            ["Replicas"] = 3,
            ["CommandArgs"] = """[ "report.py", "--full" ]""",
            ["TriggerConfig"] = """{"timezone":"Asia/Shanghai","config":"0 4 * * *","type":"time"}""",
        };

        Assert.Equal(OutcomeKind.TookEffect, JobChanges.JudgeUpdated(Job, read, sent).Kind);
        read["Replicas"] = 2;
        OutcomeVerdict<JobChange> notYet = JobChanges.JudgeUpdated(Job, read, sent);
        Assert.Equal(OutcomeKind.Unknown, notYet.Kind);
        Assert.Contains("Replicas", notYet.Reason, StringComparison.Ordinal);
    }

    private static SaeJob Copy(bool suspended)
    {
        SaeJob copy = Job.Copy();
        copy.Suspended = suspended;
        return copy;
    }
}
