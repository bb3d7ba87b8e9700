using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// ExecJob: a new run of the job (manual-…), of Replicas instances (the template's unless given), from Time (now
/// unless later) for the change order delay, then succeeded, or failed when its command (Command and CommandArgs, the
/// call's or the template's) is <c>false</c> or ends in <c>exit N</c>, N not 0. An EventId the job already ran with
/// starts nothing and answers that run, as SAE documents. A GET that acts. Data.Data is the run's JobId.
/// </summary>
internal sealed partial class ExecJobApi : ISaeApi
{
    public SaeResult Handle(SaeCall call)
    {
        WorldState world = call.World;
        SaeJob job = JobDescription.Find(call);
        string? eventId = call.Optional("EventId") is { Length: > 0 } given ? given : null;
        JobRun? run = eventId is null ? null : job.Runs.FirstOrDefault(r => r.EventId == eventId);
        if (run is null)
        {
            int replicas = call.Optional("Replicas") is { Length: > 0 } ? ApplicationCall.Replicas(call, "Replicas", job.Replicas) : job.Replicas;
            DateTimeOffset start = StartOf(call, world.Now);
            string command = call.Optional("Command") ?? JobConfiguration.Text(job.Configuration, "Command");
            string args = call.Optional("CommandArgs") ?? JobConfiguration.Text(job.Configuration, "CommandArgs");
            run = new JobRun("manual-" + Guid.NewGuid().ToString("D"), eventId, replicas, start, start + world.ChangeOrderDelay, Fails(command, args));
            world.ReplaceJob(job, job with { Runs = [.. job.Runs, run] });
        }

        return Answer(new() { Code = "200", Data = run.JobId, Msg = "success", Success = "true" });
    }

    private static DateTimeOffset StartOf(SaeCall call, DateTimeOffset now)
    {
        if (call.Optional("Time") is not { Length: > 0 } time)
        {
            return now;
        }

        return DateTimeOffset.TryParseExact(time, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at)
            ? at > now ? at : now
            : throw new SaeException(SaeErrors.WithMessage("Time", $"'{time}' is not a time such as 2023-09-14T14:25:02Z."));
    }

    /// <summary>Whether the command line fails: <c>false</c>, or ending in <c>exit N</c> with N not 0.</summary>
    private static bool Fails(string command, string commandArgs)
    {
        var words = new List<string>();
        if (command.Length > 0)
        {
            words.Add(command);
        }

        if (commandArgs.Length > 0)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(commandArgs);
                if (document.RootElement.ValueKind == JsonValueKind.Array)
                {
                    words.AddRange(document.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()));
                }
            }
            catch (JsonException)
            {
                throw new SaeException(SaeErrors.WithMessage("CommandArgs", $"'{commandArgs}' is not a JSON array, such as [\"a\",\"b\"]."));
            }
        }

        string line = string.Join(' ', words).Trim();
        return line == "false" || ExitCode().Match(line) is { Success: true } exit && exit.Groups[1].Value.Trim('0').Length > 0;
    }

    [GeneratedRegex(@"\bexit\s+(\d+)\s*;?$")]
    private static partial Regex ExitCode();
}
