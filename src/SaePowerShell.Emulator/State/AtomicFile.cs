namespace SaePowerShell.Emulator.State;

/// <summary>
/// Writes a whole file or nothing: to a temporary file in the same folder (so the rename stays on one volume), then
/// renamed over the target. A reader, or an emulator starting after a crash, sees the old file or the new one, never half.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, string text)
    {
        string full = Path.GetFullPath(path);
        string temporary = $"{full}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            // Only left behind when the write or the rename failed.
            File.Delete(temporary);
        }
    }
}
