namespace SaePowerShell.Emulator.State;

/// <summary>When <c>--state-file</c> is written (<c>--state-save</c>).</summary>
public enum StateSaveMode
{
    /// <summary><c>on-change</c>: after every transaction that changed the world, and at shutdown. Survives a kill.</summary>
    OnChange,

    /// <summary><c>on-shutdown</c>: only when the emulator stops gracefully (SIGTERM, Ctrl+C, its parent gone); a kill loses the run.</summary>
    OnShutdown,
}
