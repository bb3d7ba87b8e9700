using System.Text.Json;
using SaePowerShell.Emulator.Seed;

namespace SaePowerShell.Emulator.Faults;

/// <summary>
/// The body of <c>GET</c> and <c>PUT /_emulator/faults</c>: the same <c>randomSeed</c> and <c>faults</c> members a seed
/// has at its top level, so a plan can be moved between the two unchanged.
/// </summary>
public sealed record FaultPlanDocument
{
    public int? RandomSeed { get; init; }

    public IReadOnlyList<SeedFaultRule?>? Faults { get; init; }

    /// <summary>
    /// Parses a plan: the document above, or just the array of rules (random seed 0). Unknown members are errors, as in
    /// seeds, so a misspelt "namespceId" cannot widen a rule to every namespace.
    /// </summary>
    /// <exception cref="FaultPlanException">Not JSON, not a plan, or an invalid rule.</exception>
    internal static FaultPlan Parse(string json)
    {
        try
        {
            using JsonDocument parsed = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (parsed.RootElement.ValueKind == JsonValueKind.Array)
            {
                return FaultPlan.From(null, parsed.RootElement.Deserialize<List<SeedFaultRule?>>(EmulatorJson.Strict));
            }

            FaultPlanDocument document = parsed.RootElement.Deserialize<FaultPlanDocument>(EmulatorJson.Strict)
                ?? throw new FaultPlanException("The fault plan is null; send { \"faults\": [] } or DELETE /_emulator/faults to clear it.");
            return FaultPlan.From(document.RandomSeed, document.Faults);
        }
        catch (JsonException e)
        {
            throw new FaultPlanException($"The fault plan is not valid: {e.Message}");
        }
    }
}
