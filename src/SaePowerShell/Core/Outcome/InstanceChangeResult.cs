using System.Collections.Generic;

namespace SaePowerShell.Core.Outcome;

/// <summary>What became of an instance call: its change order, and the ids left out because the application has no such instance, with SAE's refusal.</summary>
internal sealed record InstanceChangeResult(SaeChangeOrder ChangeOrder, IReadOnlyList<string> LeftOut, SaeServiceException? Refusal);
