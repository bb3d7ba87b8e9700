using SaePowerShell.Emulator.State;

namespace SaePowerShell.Emulator.Admin;

/// <summary>
/// The body of <c>POST /_emulator/snapshot/save</c>: where the emulator writes the world. Any process of any user on
/// this machine can reach the admin endpoints, so the emulator does not write just anywhere its own user may: only an
/// absolute path to a <c>.json</c> file in a folder that exists, and a file already there only when it is an emulator
/// world itself, so the endpoint cannot be used to clobber a user's other files.
/// </summary>
internal sealed record SnapshotTarget(string? Path)
{
    /// <summary>Why the emulator refuses to write there, or null.</summary>
    public static string? Problem(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !System.IO.Path.IsPathFullyQualified(path))
        {
            return $"The snapshot path must be absolute, not '{path}'.";
        }

        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return $"The snapshot path must end in .json, not '{path}'.";
        }

        if (System.IO.Path.GetDirectoryName(path) is not { } folder || !Directory.Exists(folder))
        {
            return $"The folder of '{path}' does not exist.";
        }

        if (Directory.Exists(path))
        {
            return $"'{path}' is a folder.";
        }

        if (File.Exists(path) && !IsWorld(path))
        {
            return $"'{path}' exists and is not an emulator world; the emulator only overwrites its own snapshots.";
        }

        return null;
    }

    private static bool IsWorld(string path)
    {
        try
        {
            WorldSnapshots.Parse(File.ReadAllText(path), path);
            return true;
        }
        catch (Exception e) when (e is WorldSnapshotException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
