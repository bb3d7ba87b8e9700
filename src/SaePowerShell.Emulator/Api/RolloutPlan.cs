using System.Text.Json;
using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.Api;

/// <summary>
/// How a deploy or a rollback goes through the application's instances, from its UpdateStrategy and BatchWaitTime:
/// the instances of each batch, whether a person confirms each next batch (manual), and the pause between automatic
/// batches. UpdateStrategy is the SDK's JSON string, e.g.
/// <c>{"type":"GrayBatchUpdate","batchUpdate":{"batch":2,"releaseType":"auto","batchWaitTime":1},"grayUpdate":{"gray":1}}</c>;
/// absent or empty (as SAE writes it when one instance must stay ready) it is one automatic batch.
/// </summary>
internal sealed record RolloutPlan(IReadOnlyList<int> BatchSizes, bool Manual, int BatchWaitSeconds, string Strategy)
{
    private const string Parameter = "UpdateStrategy";

    /// <summary>
    /// Reads the plan for <paramref name="replicas"/> instances. Malformed JSON, an unknown type or releaseType, or a
    /// batch or gray count that is not a positive integer is InvalidParameter.Obviously; more batches than there are
    /// replicas to spread them over is InvalidParameter.WithMessage naming both numbers.
    /// </summary>
    public static RolloutPlan Read(SaeCall call, int replicas)
    {
        string strategy = call.Optional(Parameter)?.Trim() ?? "";
        int? topLevelWait = call.Optional("BatchWaitTime") is null ? null : call.OptionalInt("BatchWaitTime", 0, 0, int.MaxValue);
        if (strategy.Length == 0)
        {
            return new RolloutPlan([replicas], Manual: false, topLevelWait ?? 0, strategy);
        }

        JsonElement root = Parse(strategy);
        string type = root.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        if (type is not ("BatchUpdate" or "GrayBatchUpdate"))
        {
            throw Invalid();
        }

        int batches = 1;
        bool manual = false;
        int? strategyWait = null;
        if (root.TryGetProperty("batchUpdate", out JsonElement batchUpdate))
        {
            if (batchUpdate.ValueKind != JsonValueKind.Object)
            {
                throw Invalid();
            }

            batches = Count(batchUpdate, "batch", 1, min: 1) ?? 1;
            manual = batchUpdate.TryGetProperty("releaseType", out JsonElement release) && (release.ValueKind != JsonValueKind.String
                ? throw Invalid()
                : release.GetString() switch { "manual" => true, "auto" => false, _ => throw Invalid() });
            strategyWait = Count(batchUpdate, "batchWaitTime", null, min: 0);
        }

        int gray = 0;
        if (type == "GrayBatchUpdate")
        {
            gray = root.TryGetProperty("grayUpdate", out JsonElement grayUpdate) && grayUpdate.ValueKind == JsonValueKind.Object
                ? Count(grayUpdate, "gray", null, min: 1) ?? throw Invalid()
                : throw Invalid();
        }

        if (gray + batches > replicas)
        {
            throw new SaeException(SaeErrors.WithMessage(Parameter, gray == 0
                ? $"{batches} batches are more than the {replicas} replicas to update."
                : $"a gray batch of {gray} and {batches} more batches need {gray + batches} instances, more than the {replicas} replicas to update."));
        }

        IReadOnlyList<int> sizes = gray == 0 ? ChangeOrder.Split(replicas, batches) : [gray, .. ChangeOrder.Split(replicas - gray, batches)];

        // The SDK's pages disagree on the unit of batchUpdate.batchWaitTime (seconds for a rollback, minutes for a
        // deploy); the top-level BatchWaitTime (seconds) wins, and the emulator caps the real pause anyway.
        return new RolloutPlan(sizes, manual, topLevelWait ?? strategyWait ?? 0, strategy);
    }

    private static JsonElement Parse(string strategy)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(strategy);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : throw Invalid();
        }
        catch (JsonException)
        {
            throw Invalid();
        }
    }

    /// <summary>A whole number of at least <paramref name="min"/> under <paramref name="name"/>, or <paramref name="absent"/>.</summary>
    private static int? Count(JsonElement parent, string name, int? absent, int min) =>
        !parent.TryGetProperty(name, out JsonElement value) ? absent
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) && n >= min ? n
        : throw Invalid();

    private static SaeException Invalid() => new(SaeErrors.Obviously(Parameter));
}
