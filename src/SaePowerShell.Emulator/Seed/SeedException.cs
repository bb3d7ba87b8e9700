namespace SaePowerShell.Emulator.Seed;

/// <summary>A seed that cannot describe a consistent world; the message names the offending entry.</summary>
public sealed class SeedException(string message) : Exception(message);
