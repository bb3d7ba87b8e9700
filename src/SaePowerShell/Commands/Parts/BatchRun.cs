using SaePowerShell.Commands.Hosting;

namespace SaePowerShell.Commands.Parts;

/// <summary>What a batch verb's cmdlet hands its part at the end: its parameter set and the values of its parameters.</summary>
internal sealed record BatchRun(string ParameterSet, string? NamespaceId, bool Force, int ThrottleLimit, WaitSettings? Wait, string? Version);
