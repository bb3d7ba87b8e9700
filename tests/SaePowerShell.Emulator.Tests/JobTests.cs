using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;
using static SaePowerShell.Tests.Emulator.AppWorld;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The job APIs: CreateJob, UpdateJob, DescribeJob, ListJobs, ExecJob, DescribeJobStatus, DescribeJobHistory,
/// SuspendJob, DeleteHistoryJob and DeleteJob, each answer checked against the surface; runs that succeed and fail,
/// the EventId that starts a run once, the refusals, and a saved world.
/// </summary>
public sealed class JobTests
{
    private const string Image = "registry.cn-hangzhou.aliyuncs.com/shop/report:1.0";

    [Fact]
    public async Task Create_ThenDescribe_AnswersEveryDeclaredField_WithWhatWasGiven_AndSaesDefaults()
    {
        await using EmulatorTestHost host = await StartAsync();

        SaeReply created = await host.SendAsync(Create("report", ("Command", "python"), ("CommandArgs", """["report.py"]"""), ("BackoffLimit", "2"), ("Timeout", "600"),
            ("ConcurrencyPolicy", "forbid"), ("TriggerConfig", """{"type":"time","config":"0 2 * * *"}"""), ("Slice", "true"), ("AppDescription", "nightly")));

        SurfaceFile.AssertConforms("CreateJob", created.Body);
        string appId = created.Data.GetProperty("AppId").GetString()!;
        string order = created.Data.GetProperty("ChangeOrderId").GetString()!;
        JsonElement described = await host.CallAsync(Describe(appId));
        SurfaceFile.AssertConforms("DescribeJob", (await host.SendAsync(Describe(appId))).Body);
        Assert.Equal(("report", Namespace, "cn-hangzhou", "Image", Image, 2), (described.GetProperty("AppName").GetString(), described.GetProperty("NamespaceId").GetString(), described.GetProperty("RegionId").GetString(), described.GetProperty("PackageType").GetString(), described.GetProperty("ImageUrl").GetString(), described.GetProperty("Replicas").GetInt32()));
        Assert.Equal(("python", """["report.py"]""", 2L, 600L, "Forbid", true, "nightly"), (described.GetProperty("Command").GetString(), described.GetProperty("CommandArgs").GetString(), described.GetProperty("BackoffLimit").GetInt64(), described.GetProperty("Timeout").GetInt64(), described.GetProperty("ConcurrencyPolicy").GetString(), described.GetProperty("Slice").GetBoolean(), described.GetProperty("AppDescription").GetString()));
        Assert.Equal(("vpc-emulator", "Asia/Shanghai", 30, false), (described.GetProperty("VpcId").GetString(), described.GetProperty("Timezone").GetString(), described.GetProperty("TerminationGracePeriodSeconds").GetInt32(), described.GetProperty("Suspend").GetBoolean()));
        JsonElement changeOrder = await host.DescribeChangeOrderAsync(order);
        Assert.Equal(("CoCreateJob", appId, "report"), (changeOrder.GetProperty("CoTypeCode").GetString(), changeOrder.GetProperty("AppId").GetString(), changeOrder.GetProperty("AppName").GetString()));
        host.Clock.Advance(TimeSpan.FromMilliseconds(DelayMs));
        Assert.Equal(2, await host.OrderStatusAsync(order));

        // A job is no application: ListApplications does not list it.
        JsonElement apps = await host.CallAsync(SaeRequest.Api("ListApplications", "GET", "/pop/v1/sam/app/listApplications", ("NamespaceId", Namespace)));
        Assert.DoesNotContain(apps.GetProperty("Applications").EnumerateArray(), a => a.GetProperty("AppId").GetString() == appId);
    }

    [Fact]
    public async Task Create_Refuses_ADuplicateName_AnotherWorkload_AnImageJobWithoutImage_AndBadJson()
    {
        await using EmulatorTestHost host = await StartAsync();
        await host.CallAsync(Create("report"));

        AssertError(await host.SendAsync(Create("report")), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "AppName", "already has a job named report");
        AssertError(await host.SendAsync(Create("other", ("Workload", "deployment"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "Workload");
        AssertError(await host.SendAsync(Create("other", ("ImageUrl", ""))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "ImageUrl");
        AssertError(await host.SendAsync(Create("other", ("CommandArgs", "report.py"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "CommandArgs");
        AssertError(await host.SendAsync(Create("other", ("TriggerConfig", "[]"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "TriggerConfig");
        AssertError(await host.SendAsync(Create("other", ("ConcurrencyPolicy", "Sometimes"))), HttpStatusCode.BadRequest, "InvalidParameter.Obviously", "ConcurrencyPolicy");
        AssertError(await host.SendAsync(Create("other", ("NamespaceId", "cn-hangzhou:none"))), HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound");
        AssertError(await host.SendAsync(Create("9lives")), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "AppName");
        Assert.Equal(1, (await host.CallAsync(List())).GetProperty("TotalSize").GetInt32());
    }

    [Fact]
    public async Task ExecJob_RunsForTheDelay_ThenSucceeds_OrFails_AndHistoryAndStatusFollowTheRun()
    {
        await using EmulatorTestHost host = await StartAsync();
        string good = await CreateAsync(host, "report", ("Replicas", "3"));
        string bad = await CreateAsync(host, "broken", ("Command", "sh"), ("CommandArgs", """["-c","exit 1"]"""));

        SaeReply exec = await host.SendAsync(Exec(good));
        SurfaceFile.AssertConforms("ExecJob", exec.Body);
        string run = exec.Data.GetProperty("Data").GetString()!;
        Assert.StartsWith("manual-", run, StringComparison.Ordinal);
        Assert.Equal(("200", "true"), (exec.Data.GetProperty("Code").GetString(), exec.Data.GetProperty("Success").GetString()));
        JsonElement running = await host.CallAsync(Status(good, run));
        Assert.Equal(("3", 3L, 0L, 0L), (running.GetProperty("State").GetString(), running.GetProperty("Active").GetInt64(), running.GetProperty("Succeeded").GetInt64(), running.GetProperty("CompletionTime").GetInt64()));
        Assert.Equal(host.Clock.GetUtcNow().ToUnixTimeSeconds(), running.GetProperty("StartTime").GetInt64());
        string failedRun = (await host.CallAsync(Exec(bad))).GetProperty("Data").GetString()!;

        host.Clock.Advance(TimeSpan.FromMilliseconds(DelayMs));

        SaeReply status = await host.SendAsync(Status(good, run));
        SurfaceFile.AssertConforms("DescribeJobStatus", status.Body);
        Assert.Equal(("1", 0L, 3L, 0L), (status.Data.GetProperty("State").GetString(), status.Data.GetProperty("Active").GetInt64(), status.Data.GetProperty("Succeeded").GetInt64(), status.Data.GetProperty("Failed").GetInt64()));
        Assert.True(status.Data.GetProperty("CompletionTime").GetInt64() >= status.Data.GetProperty("StartTime").GetInt64());
        JsonElement failed = await host.CallAsync(Status(bad, null));
        Assert.Equal((failedRun, "2", 2L), (failed.GetProperty("JobId").GetString(), failed.GetProperty("State").GetString(), failed.GetProperty("Failed").GetInt64()));
        Assert.Contains("BackoffLimitExceeded", failed.GetProperty("Message").GetString(), StringComparison.Ordinal);

        string second = (await host.CallAsync(Exec(good, ("Replicas", "1")))).GetProperty("Data").GetString()!;
        SaeReply history = await host.SendAsync(History(good));
        SurfaceFile.AssertConforms("DescribeJobHistory", history.Body);
        Assert.Equal([second, run], history.Data.GetProperty("Jobs").EnumerateArray().Select(j => j.GetProperty("JobId").GetString()));
        Assert.Equal([run], (await host.CallAsync(History(good, ("State", "1")))).GetProperty("Jobs").EnumerateArray().Select(j => j.GetProperty("JobId").GetString()));
        Assert.Equal([second], (await host.CallAsync(History(good, ("PageSize", "1")))).GetProperty("Jobs").EnumerateArray().Select(j => j.GetProperty("JobId").GetString()));
        Assert.Equal(2L, (await host.CallAsync(History(good, ("PageSize", "1")))).GetProperty("TotalSize").GetInt64());
        Assert.Equal("0", (await host.CallAsync(Status(await CreateAsync(host, "never"), null))).GetProperty("State").GetString());
        AssertError(await host.SendAsync(Status(good, "manual-none")), HttpStatusCode.NotFound, "InvalidJobId.NotFound", "manual-none");
    }

    [Fact]
    public async Task ExecJob_WithAnEventIdItRanWith_StartsNothing_AndAnswersThatRun()
    {
        await using EmulatorTestHost host = await StartAsync();
        string job = await CreateAsync(host, "report");

        string first = (await host.CallAsync(Exec(job, ("EventId", "nightly-2026-12-03")))).GetProperty("Data").GetString()!;
        string again = (await host.CallAsync(Exec(job, ("EventId", "nightly-2026-12-03")))).GetProperty("Data").GetString()!;
        string other = (await host.CallAsync(Exec(job, ("EventId", "nightly-2026-12-04")))).GetProperty("Data").GetString()!;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(2L, (await host.CallAsync(History(job))).GetProperty("TotalSize").GetInt64());
    }

    [Fact]
    public async Task ExecJob_AtALaterTime_IsNotRunUntilThen_AndABadTimeIsRefused()
    {
        await using EmulatorTestHost host = await StartAsync();
        string job = await CreateAsync(host, "report");
        DateTimeOffset later = host.Clock.GetUtcNow().AddMinutes(5);

        string run = (await host.CallAsync(Exec(job, ("Time", later.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))))).GetProperty("Data").GetString()!;

        Assert.Equal("0", (await host.CallAsync(Status(job, run))).GetProperty("State").GetString());
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal("3", (await host.CallAsync(Status(job, run))).GetProperty("State").GetString());
        AssertError(await host.SendAsync(Exec(job, ("Time", "tomorrow"))), HttpStatusCode.BadRequest, "InvalidParameter.WithMessage", "Time");
    }

    [Fact]
    public async Task List_IsPerNamespace_Filters_Orders_AndPages_WithTheLastRun()
    {
        await using EmulatorTestHost host = await StartAsync();
        string small = await CreateAsync(host, "report-small", ("Replicas", "1"));
        string big = await CreateAsync(host, "report-big", ("Replicas", "4"));
        await CreateAsync(host, "cleanup", ("NamespaceId", "cn-hangzhou:quiet"));
        string run = (await host.CallAsync(Exec(big))).GetProperty("Data").GetString()!;

        SaeReply all = await host.SendAsync(List(("NamespaceId", Namespace)));
        SurfaceFile.AssertConforms("ListJobs", all.Body);
        Assert.Equal(2, all.Body.GetProperty("TotalSize").GetInt32());
        Assert.Equal(2, all.Data.GetProperty("TotalSize").GetInt32());
        JsonElement bigListed = all.Data.GetProperty("Applications")[1];
        Assert.Equal((big, "3", 4L, 1024), (bigListed.GetProperty("AppId").GetString(), bigListed.GetProperty("LastJobState").GetString(), bigListed.GetProperty("Active").GetInt64(), bigListed.GetProperty("Mem").GetInt32()));
        Assert.Equal(Image, bigListed.GetProperty("ImageUrl").GetString());
        Assert.Equal([big, small], (await host.CallAsync(List(("NamespaceId", Namespace), ("OrderBy", "instances"), ("Reverse", "true")))).GetProperty("Applications").EnumerateArray().Select(a => a.GetProperty("AppId").GetString()));
        Assert.Equal([small], (await host.CallAsync(List(("NamespaceId", Namespace), ("FieldType", "appIds"), ("FieldValue", small)))).GetProperty("Applications").EnumerateArray().Select(a => a.GetProperty("AppId").GetString()));
        Assert.Equal([big], (await host.CallAsync(List(("AppName", "big")))).GetProperty("Applications").EnumerateArray().Select(a => a.GetProperty("AppId").GetString()));
        Assert.Equal([small], (await host.CallAsync(List(("NamespaceId", Namespace), ("PageSize", "1")))).GetProperty("Applications").EnumerateArray().Select(a => a.GetProperty("AppId").GetString()));
        Assert.Equal(3, (await host.CallAsync(List())).GetProperty("TotalSize").GetInt32());
        Assert.Equal(0, (await host.CallAsync(List(("Tags", """[{"key":"env","value":"dev"}]""")))).GetProperty("TotalSize").GetInt32());
        AssertError(await host.SendAsync(List(("NamespaceId", "cn-hangzhou:none"))), HttpStatusCode.NotFound, "InvalidNamespaceId.NotFound");
        Assert.StartsWith("manual-", run, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ReplacesWhatIsGiven_Suspend_AndTheDeletes()
    {
        await using EmulatorTestHost host = await StartAsync();
        string job = await CreateAsync(host, "report", ("Command", "python"), ("Timeout", "600"));

        SaeReply updated = await host.SendAsync(Update(job, ("Replicas", "5"), ("CommandArgs", """["other.py"]""")));
        SurfaceFile.AssertConforms("UpdateJob", updated.Body);
        Assert.Equal("CoUpdateJob", (await host.DescribeChangeOrderAsync(updated.Data.GetProperty("ChangeOrderId").GetString()!)).GetProperty("CoTypeCode").GetString());
        JsonElement described = await host.CallAsync(Describe(job));
        Assert.Equal((5, "python", """["other.py"]""", 600L), (described.GetProperty("Replicas").GetInt32(), described.GetProperty("Command").GetString(), described.GetProperty("CommandArgs").GetString(), described.GetProperty("Timeout").GetInt64()));

        SaeReply suspended = await host.SendAsync(Suspend(job, true));
        SurfaceFile.AssertConforms("SuspendJob", suspended.Body);
        Assert.True((await host.CallAsync(Describe(job))).GetProperty("Suspend").GetBoolean());
        Assert.True((await host.CallAsync(List())).GetProperty("Applications")[0].GetProperty("Suspend").GetBoolean());
        await host.CallAsync(Suspend(job, false));
        Assert.False((await host.CallAsync(Describe(job))).GetProperty("Suspend").GetBoolean());
        AssertError(await host.SendAsync(SaeRequest.Api("SuspendJob", "GET", "/pop/v1/sam/job/suspendJob", ("AppId", job))), HttpStatusCode.BadRequest, "InvalidParameter.NotEmpty", "Suspend");

        string run = (await host.CallAsync(Exec(job))).GetProperty("Data").GetString()!;
        SaeReply historyDeleted = await host.SendAsync(DeleteHistory(job, run));
        SurfaceFile.AssertConforms("DeleteHistoryJob", historyDeleted.Body);
        Assert.Equal(0L, (await host.CallAsync(History(job))).GetProperty("TotalSize").GetInt64());
        AssertError(await host.SendAsync(DeleteHistory(job, run)), HttpStatusCode.NotFound, "InvalidJobId.NotFound");

        SaeReply deleted = await host.SendAsync(SaeRequest.Api("DeleteJob", "DELETE", "/pop/v1/sam/job/deleteJob", ("AppId", job)));
        SurfaceFile.AssertConforms("DeleteJob", deleted.Body);
        AssertError(await host.SendAsync(Describe(job)), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        AssertError(await host.SendAsync(Exec(job)), HttpStatusCode.NotFound, "InvalidAppId.NotFound");
        Assert.Equal(0, (await host.CallAsync(List())).GetProperty("TotalSize").GetInt32());
    }

    [Fact]
    public async Task ASavedWorld_KeepsJobsTheirRunsAndTheDeletedOnesOrders()
    {
        await using EmulatorTestHost original = await StartAsync();
        string kept = await CreateAsync(original, "report", ("Command", "python"));
        string run = (await original.CallAsync(Exec(kept))).GetProperty("Data").GetString()!;
        string gone = await CreateAsync(original, "gone");
        await original.CallAsync(SaeRequest.Api("DeleteJob", "DELETE", "/pop/v1/sam/job/deleteJob", ("AppId", gone)));
        string snapshot = await (await original.Http.GetAsync("_emulator/snapshot")).Content.ReadAsStringAsync();

        await using EmulatorTestHost copy = await StartAsync();
        copy.Clock.Advance(original.Clock.GetUtcNow() - copy.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.NoContent, (await copy.Http.PutAsync("_emulator/snapshot", new StringContent(snapshot, Encoding.UTF8, "application/json"))).StatusCode);

        Assert.Equal(snapshot, await (await copy.Http.GetAsync("_emulator/snapshot")).Content.ReadAsStringAsync());
        Assert.Equal((await original.CallAsync(Describe(kept))).GetRawText(), (await copy.CallAsync(Describe(kept))).GetRawText());
        Assert.Equal(run, (await copy.CallAsync(Status(kept, null))).GetProperty("JobId").GetString());
        copy.Clock.Advance(TimeSpan.FromMilliseconds(DelayMs));
        Assert.Equal("1", (await copy.CallAsync(Status(kept, run))).GetProperty("State").GetString());
    }

    [Fact]
    public async Task TheDefaultSeed_HasAJobThatSucceeds_AndOneThatFails()
    {
        await using EmulatorTestHost host = await EmulatorTestHost.StartAsync();
        JsonElement listed = await host.CallAsync(List(("NamespaceId", "cn-hangzhou:demo")));
        Dictionary<string, string> ids = listed.GetProperty("Applications").EnumerateArray().ToDictionary(a => a.GetProperty("AppName").GetString()!, a => a.GetProperty("AppId").GetString()!);

        string good = (await host.CallAsync(Exec(ids["nightly-report"]))).GetProperty("Data").GetString()!;
        string bad = (await host.CallAsync(Exec(ids["broken-export"]))).GetProperty("Data").GetString()!;
        host.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("1", (await host.CallAsync(Status(ids["nightly-report"], good))).GetProperty("State").GetString());
        Assert.Equal(("2", 2L), ((await host.CallAsync(Status(ids["broken-export"], bad))).GetProperty("State").GetString(), (await host.CallAsync(Status(ids["broken-export"], bad))).GetProperty("Failed").GetInt64()));
    }

    private static SaeRequest Create(string name, params (string Key, string Value)[] query)
    {
        var all = new Dictionary<string, string>
        {
            ["AppName"] = name, ["NamespaceId"] = Namespace, ["PackageType"] = "Image", ["ImageUrl"] = Image, ["Replicas"] = "2", ["Workload"] = "job",
        };
        foreach ((string key, string value) in query)
        {
            all[key] = value;
        }

        return SaeRequest.Api("CreateJob", "POST", "/pop/v1/sam/job/createJob", [.. all.Select(p => (p.Key, p.Value))]);
    }

    private static async Task<string> CreateAsync(EmulatorTestHost host, string name, params (string Key, string Value)[] query) =>
        (await host.CallAsync(Create(name, query))).GetProperty("AppId").GetString()!;

    private static SaeRequest Update(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("UpdateJob", "POST", "/pop/v1/sam/job/updateJob", [("AppId", appId), .. query]);

    private static SaeRequest Describe(string appId) => SaeRequest.Api("DescribeJob", "GET", "/pop/v1/sam/job/describeJob", ("AppId", appId));

    private static SaeRequest List(params (string Key, string Value)[] query) => SaeRequest.Api("ListJobs", "GET", "/pop/v1/sam/job/listJobs", [("Workload", "job"), .. query]);

    private static SaeRequest Exec(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("ExecJob", "GET", "/pop/v1/sam/job/execJob", [("AppId", appId), .. query]);

    private static SaeRequest Status(string appId, string? jobId) =>
        SaeRequest.Api("DescribeJobStatus", "GET", "/pop/v1/sam/job/describeJobStatus", jobId is null ? [("AppId", appId)] : [("AppId", appId), ("JobId", jobId)]);

    private static SaeRequest History(string appId, params (string Key, string Value)[] query) =>
        SaeRequest.Api("DescribeJobHistory", "GET", "/pop/v1/sam/job/describeJobHistory", [("AppId", appId), .. query]);

    private static SaeRequest Suspend(string appId, bool suspend) =>
        SaeRequest.Api("SuspendJob", "GET", "/pop/v1/sam/job/suspendJob", ("AppId", appId), ("Suspend", suspend ? "true" : "false"));

    private static SaeRequest DeleteHistory(string appId, string jobId) =>
        SaeRequest.Api("DeleteHistoryJob", "DELETE", "/pop/v1/sam/job/deleteHistoryJob", ("AppId", appId), ("JobId", jobId));
}
