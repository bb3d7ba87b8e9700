using Newtonsoft.Json.Linq;

namespace SaePowerShell;

// The properties that are SAE's response fields, and their parser, are generated from data/sae-cmdlets.json (records).
public sealed partial class SaeJob : Core.Api.INamespacedRecord
{
    /// <summary>The region of the namespace.</summary>
    public string RegionId { get; set; } = string.Empty;

    /// <summary>Its last run's state by name: NotRun, Succeeded, Failed or Running (LastRunState is SAE's code).</summary>
    public string LastRunStatus => SaeJobRun.StatusOf(LastRunState);

    /// <summary>The cron expression of its time trigger (TriggerConfig's config), or null when it has none.</summary>
    public string? Schedule
    {
        get
        {
            if (string.IsNullOrEmpty(TriggerConfig))
            {
                return null;
            }

            try
            {
                return JObject.Parse(TriggerConfig!)["config"]?.ToString();
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>A copy to change (the result of a suspend is the job as it was, with its new state).</summary>
    internal SaeJob Copy() => (SaeJob)MemberwiseClone();

    /// <inheritdoc />
    public override string ToString() => NamespaceId + "/" + AppName;
}
