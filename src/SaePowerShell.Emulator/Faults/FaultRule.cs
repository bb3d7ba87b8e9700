namespace SaePowerShell.Emulator.Faults;

/// <summary>
/// One validated rule of a <see cref="FaultPlan"/>: which requests it matches, how often it fires, and what it does.
/// Neither <see cref="Count"/> nor <see cref="Rate"/> means every matching request; both means "at this rate, at most
/// this many times".
/// </summary>
internal sealed record FaultRule(string? Api, string? NamespaceId, int? Count, double? Rate, FaultKind Kind, int LatencyMs)
{
    public bool Matches(string api, string? namespaceId) =>
        (Api is null || Api == api) && (NamespaceId is null || NamespaceId == namespaceId);
}
