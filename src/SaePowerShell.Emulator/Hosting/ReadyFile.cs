namespace SaePowerShell.Emulator.Hosting;

/// <summary>
/// Tells a waiting script where the emulator listens. Written to a temporary file and renamed, so a reader polling
/// for the file never sees it half-written.
/// </summary>
internal static class ReadyFile
{
    /// <summary>The name Start-SaeEmulator gives the work folder it creates for each emulator (ready file and logs).</summary>
    public const string WorkFolderPrefix = "sae-emulator-";

    /// <summary>
    /// Removes the folder holding the ready file, but only a work folder Start-SaeEmulator made (its name starts with
    /// <see cref="WorkFolderPrefix"/>): a ready file written into any other folder (the temp folder itself, say) must
    /// not take its folder with it. Best effort: an emulator that is exiting has no one to report a failure to.
    /// </summary>
    public static void RemoveWorkFolder(string readyFile)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(readyFile));
        if (folder is null || !Path.GetFileName(folder).StartsWith(WorkFolderPrefix, StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // On Windows the emulator's own redirected stdout and stderr logs are still open in there.
        }
    }

    public static void Write(string path, string baseUrl)
    {
        string full = Path.GetFullPath(path);
        string temporary = full + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temporary, baseUrl);
        File.Move(temporary, full, overwrite: true);
    }
}
