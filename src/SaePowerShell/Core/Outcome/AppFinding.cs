namespace SaePowerShell.Core.Outcome;

/// <summary>What became of one application of a batch change order that did not succeed: reached the wanted state, did not, or could not be found out (and why).</summary>
internal sealed record AppFinding(string AppId, bool? Reached, string Reason);
