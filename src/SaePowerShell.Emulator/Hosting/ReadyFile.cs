namespace SaePowerShell.Emulator.Hosting;

/// <summary>
/// Tells a waiting script where the emulator listens. Written to a temporary file and renamed, so a reader polling
/// for the file never sees it half-written.
/// </summary>
internal static class ReadyFile
{
    public static void Write(string path, string baseUrl)
    {
        string full = Path.GetFullPath(path);
        string temporary = full + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temporary, baseUrl);
        File.Move(temporary, full, overwrite: true);
    }
}
