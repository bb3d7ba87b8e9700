namespace SaePowerShell.Emulator.Faults;

/// <summary>A fault plan that cannot be applied; the message names the rule and what is wrong with it.</summary>
public sealed class FaultPlanException(string message) : Exception(message);
