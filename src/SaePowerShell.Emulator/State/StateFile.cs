using SaePowerShell.Emulator.World;

namespace SaePowerShell.Emulator.State;

/// <summary>
/// <c>--state-file</c>: the world that lasts. At start the file, when it exists, is the world (a damaged file or one
/// of a newer format stops the start with its path and the problem, never an empty world); then it is rewritten,
/// atomically, after every transaction that changed the world (<see cref="StateSaveMode.OnChange"/>) and at shutdown,
/// or only at shutdown (<see cref="StateSaveMode.OnShutdown"/>).
/// </summary>
internal sealed class StateFile(string path, StateSaveMode mode, ILogger logger)
{
    // What was last written, without its savedAt: a transaction that changed nothing writes nothing.
    private string? _lastContent;

    public string FullPath { get; } = Path.GetFullPath(path);

    public StateSaveMode Mode => mode;

    /// <summary>How messages name the file.</summary>
    public string Source => $"The state file '{FullPath}'";

    /// <summary>The saved world, or null when there is no file yet.</summary>
    /// <exception cref="EmulatorOptionsException">Its folder is missing, it cannot be read, or it is not a world this emulator reads.</exception>
    public WorldSnapshot? Read()
    {
        string? folder = Path.GetDirectoryName(FullPath);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new EmulatorOptionsException($"--state-file: the folder of '{FullPath}' does not exist.");
        }

        if (!File.Exists(FullPath))
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EmulatorOptionsException($"Cannot read the state file '{FullPath}': {e.Message}");
        }

        try
        {
            return WorldSnapshots.Parse(text, Source);
        }
        catch (WorldSnapshotException e)
        {
            throw new EmulatorOptionsException(e.Message + " Move it away to start from the seed instead.");
        }
    }

    /// <summary>Writes the world at start (on-change): a file that cannot be written is a failed start, not a surprise later.</summary>
    /// <exception cref="EmulatorOptionsException">It cannot be written.</exception>
    public void SaveAtStart(WorldState state)
    {
        try
        {
            AtomicFile.Write(FullPath, WorldSnapshots.Serialize(WorldSnapshots.Capture(state)));
            _lastContent = WorldSnapshots.Serialize(WorldSnapshots.Capture(state) with { SavedAt = default });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EmulatorOptionsException($"Cannot write the state file '{FullPath}': {e.Message}");
        }
    }

    /// <summary>Writes the world now whatever changed: at shutdown.</summary>
    public void Save(WorldState state) => Write(state, force: true);

    /// <summary>After a transaction: writes the world when it differs from what was last written (on-change only).</summary>
    public void OnTransaction(WorldState state)
    {
        if (mode == StateSaveMode.OnChange)
        {
            Write(state, force: false);
        }
    }

    private void Write(WorldState state, bool force)
    {
        WorldSnapshot snapshot = WorldSnapshots.Capture(state);
        string content = WorldSnapshots.Serialize(snapshot with { SavedAt = default });
        if (!force && content == _lastContent)
        {
            return;
        }

        try
        {
            AtomicFile.Write(FullPath, WorldSnapshots.Serialize(snapshot));
            _lastContent = content;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The request that changed the world has been served; its answer must not depend on the disk. The next
            // change tries again, since what was last written is still the old world.
            logger.LogError("SAE emulator: cannot write the state file '{Path}': {Message}", FullPath, e.Message);
        }
    }
}
