namespace SaePowerShell.Emulator.State;

/// <summary>A snapshot that cannot be read back: damaged, of a newer format, or not describing a possible world.</summary>
internal sealed class WorldSnapshotException(string message) : Exception(message);
