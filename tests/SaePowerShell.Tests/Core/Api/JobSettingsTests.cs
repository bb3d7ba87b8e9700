using Newtonsoft.Json.Linq;
using SaePowerShell.Core.Api;
using Xunit;

namespace SaePowerShell.Tests.Core.Api;

/// <summary>New-SaeJob's and Set-SaeJob's values as SAE's parameters, and what Set-SaeJob finds already in place.</summary>
public sealed class JobSettingsTests
{
    private static JobSettings Given(string? schedule = null, string? timezone = null, string[]? args = null, Dictionary<string, string>? environment = null, int? replicas = null) =>
        new(null, null, args, replicas, schedule, timezone, null, null, null, environment);

    [Fact]
    public void TheSchedule_IsATimeTrigger_InTheGivenZone_ElseTheJobs_ElseSaesDefault()
    {
        Assert.Equal("""{"type":"time","config":"0 2 * * *","timezone":"Europe/Berlin"}""", Given("0 2 * * *", "Europe/Berlin").Wire("Asia/Tokyo")["TriggerConfig"]);
        Assert.Equal("""{"type":"time","config":"0 2 * * *","timezone":"Asia/Tokyo"}""", Given("0 2 * * *").Wire("Asia/Tokyo")["TriggerConfig"]);
        Assert.Equal("""{"type":"time","config":"0 2 * * *","timezone":"Asia/Shanghai"}""", Given(" 0 2 * * * ").Wire()["TriggerConfig"]);
    }

    [Fact]
    public void ArgumentsAndEnvironment_AreTheJsonStringsSaeTakes_AndOnlyWhatIsGivenIsSent()
    {
        IReadOnlyDictionary<string, object?> wire = Given(args: ["-c", "exit 0"], environment: new() { ["B"] = "2", ["A"] = "1" }).Wire();

        Assert.Equal(["CommandArgs", "Envs"], wire.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("""["-c","exit 0"]""", wire["CommandArgs"]);
        Assert.Equal("""[{"name":"A","value":"1"},{"name":"B","value":"2"}]""", wire["Envs"]);
    }

    [Fact]
    public void Differing_LeavesOutWhatTheJobHasAlready_JsonInAnyOrderAndSpacing()
    {
        var template = new JObject
        {
            ["CommandArgs"] = """[ "-c", "exit 0" ]""",
            ["Envs"] = """[{"value":"2","name":"B"},{"name":"A","value":"1"}]""",
            ["Replicas"] = 2,
            ["TriggerConfig"] = "",
        };

        IReadOnlyDictionary<string, object?> differing = JobSettings.Differing(
            Given("0 2 * * *", args: ["-c", "exit 0"], environment: new() { ["A"] = "1", ["B"] = "2" }, replicas: 3).Wire(), template);

        Assert.Equal(["Replicas", "TriggerConfig"], differing.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void ABadSchedule_IsTheProblem()
    {
        Assert.Contains("hour '24'", Given("0 24 * * *").Problem(), StringComparison.Ordinal);
        Assert.Null(Given("0 23 * * *").Problem());
    }
}
