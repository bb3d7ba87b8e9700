using SaePowerShell.Emulator.Accounts;
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
    private readonly Lock _gate = new();

    // Each account's world as last seen, and the accounts' order (the default one first): the file holds them all.
    private readonly Dictionary<string, WorldSnapshot> _latest = new(StringComparer.Ordinal);
    private List<string> _order = [];

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

    /// <summary>Writes every account's world at start (on-change): a file that cannot be written is a failed start, not a surprise later.</summary>
    /// <exception cref="EmulatorOptionsException">It cannot be written.</exception>
    public void SaveAtStart(EmulatorAccounts accounts)
    {
        Capture(accounts);
        lock (_gate)
        {
            try
            {
                (string whole, string content) = Compose();
                AtomicFile.Write(FullPath, whole);
                _lastContent = content;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new EmulatorOptionsException($"Cannot write the state file '{FullPath}': {e.Message}");
            }
        }
    }

    /// <summary>Writes every account's world now whatever changed: at shutdown.</summary>
    public void Save(EmulatorAccounts accounts)
    {
        Capture(accounts);
        lock (_gate)
        {
            Write(force: true);
        }
    }

    /// <summary>
    /// After a transaction of one account's world, still under that world's lock: writes the file when it differs
    /// from what was last written (on-change only). The other accounts' worlds are as they were last seen, so no
    /// world's lock is ever taken while another's is held.
    /// </summary>
    public void OnTransaction(string accountId, WorldState state)
    {
        if (mode != StateSaveMode.OnChange)
        {
            return;
        }

        WorldSnapshot snapshot = WorldSnapshots.Capture(state);
        lock (_gate)
        {
            _latest[accountId] = snapshot;
            Write(force: false);
        }
    }

    private void Capture(EmulatorAccounts accounts)
    {
        foreach (EmulatorAccount account in accounts.All)
        {
            WorldSnapshot snapshot = account.World.Snapshot();
            lock (_gate)
            {
                _latest[account.AccountId] = snapshot;
            }
        }

        _order = accounts.All.Select(a => a.AccountId).ToList();
    }

    /// <summary>The file's text, and the same without the clock readings (what decides whether anything changed).</summary>
    private (string Whole, string Content) Compose()
    {
        WorldSnapshot main = _latest[_order[0]];
        if (_order.Count == 1)
        {
            return (WorldSnapshots.Serialize(main), WorldSnapshots.Serialize(main with { SavedAt = default }));
        }

        List<string> others = _order.Skip(1).ToList();
        WorldSnapshot whole = main with { Accounts = others.ToDictionary(id => id, id => _latest[id], StringComparer.Ordinal) };
        WorldSnapshot content = main with { SavedAt = default, Accounts = others.ToDictionary(id => id, id => _latest[id] with { SavedAt = default }, StringComparer.Ordinal) };
        return (WorldSnapshots.Serialize(whole), WorldSnapshots.Serialize(content));
    }

    private void Write(bool force)
    {
        (string whole, string content) = Compose();
        if (!force && content == _lastContent)
        {
            return;
        }

        try
        {
            AtomicFile.Write(FullPath, whole);
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
