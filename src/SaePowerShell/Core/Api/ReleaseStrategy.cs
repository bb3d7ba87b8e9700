using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SaePowerShell.Core.Api;

/// <summary>
/// How a deploy or a rollback rolls out: in how many batches, whether each next batch waits for a person (manual) or
/// starts by itself (auto) after a pause, and how many instances must stay ready. It becomes SAE's UpdateStrategy JSON,
/// BatchWaitTime (seconds, as the SDK documents the top-level parameter; the JSON's own batchWaitTime is documented
/// in minutes for deploys and seconds for rollbacks, so it is left out), MinReadyInstances and MinReadyInstanceRatio.
/// </summary>
internal sealed record ReleaseStrategy(int? BatchCount, bool Manual, int? BatchWaitTimeSeconds, int? MinReadyInstances, int? MinReadyInstanceRatio)
{
    public static readonly ReleaseStrategy Default = new ReleaseStrategy(null, false, null, null, null);

    /// <summary>SAE's UpdateStrategy, or null to leave SAE's default (one batch).</summary>
    public string? UpdateStrategyJson()
    {
        if (BatchCount is null)
        {
            return null;
        }

        var batchUpdate = new JObject { ["batch"] = BatchCount.Value, ["releaseType"] = Manual ? "manual" : "auto" };
        return new JObject { ["type"] = "BatchUpdate", ["batchUpdate"] = batchUpdate }.ToString(Newtonsoft.Json.Formatting.None);
    }

    /// <summary>Adds the strategy's parameters, under their official names, to a request that takes them.</summary>
    public ApiRequest AddTo(ApiRequest request) =>
        request.With("UpdateStrategy", UpdateStrategyJson())
            .With("BatchWaitTime", Text(BatchWaitTimeSeconds))
            .With("MinReadyInstances", Text(MinReadyInstances))
            .With("MinReadyInstanceRatio", Text(MinReadyInstanceRatio));

    /// <summary>What -Verbose and ShouldProcess say of it.</summary>
    public string Describe()
    {
        string batches = BatchCount is int count ? count + " batch(es), " + (Manual ? "each confirmed by a person" : "automatic") : "SAE's default batches";
        string wait = BatchWaitTimeSeconds is int wait1 ? ", " + wait1 + " s between batches" : string.Empty;
        string ready = MinReadyInstances is int min ? ", at least " + min + " instance(s) ready" : string.Empty;
        string ratio = MinReadyInstanceRatio is int pct ? ", at least " + pct + "% ready" : string.Empty;
        return batches + wait + ready + ratio;
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
