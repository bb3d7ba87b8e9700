namespace SaePowerShell.Tests.Repository;

/// <summary>The repository the tests run from: its files are facts the documentation and the code must agree on.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SaePowerShell.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests do not run inside the repository: no SaePowerShell.sln above " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string ModuleSource => Path.Combine(Root, "src", "SaePowerShell");

    /// <summary>The module's source folders that hold files, relative and with '/', build output left out.</summary>
    public static IReadOnlyList<string> ModuleFolders() =>
        Directory.GetDirectories(ModuleSource, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(ModuleSource, d).Replace('\\', '/'))
            .Where(d => !d.Split('/').Any(part => part is "bin" or "obj" || part.StartsWith('.')))
            .Where(d => Directory.EnumerateFiles(Path.Combine(ModuleSource, d)).Any())
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();

    public static IEnumerable<string> ModuleSourceFiles() =>
        ModuleFolders().Prepend(".").SelectMany(d => Directory.GetFiles(Path.Combine(ModuleSource, d), "*.cs"));
}
