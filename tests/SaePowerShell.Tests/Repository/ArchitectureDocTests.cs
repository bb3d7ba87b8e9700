using Xunit;

namespace SaePowerShell.Tests.Repository;

/// <summary>docs/ARCHITECTURE.md follows the code: every folder of the module has its room in the table.</summary>
public sealed class ArchitectureDocTests
{
    private static IReadOnlyList<string> RoomRows()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "ARCHITECTURE.md"));
        int start = Array.FindIndex(lines, l => l.StartsWith("## The rooms", StringComparison.Ordinal));
        Assert.True(start >= 0, "ARCHITECTURE.md has no '## The rooms' section");
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.StartsWith('|')).ToList();
    }

    [Fact]
    public void EveryFolderOfTheModule_HasItsRoom_OrIsNamedInItsParentsRoom()
    {
        IReadOnlyList<string> rows = RoomRows();
        var missing = new List<string>();
        foreach (string folder in RepositoryFiles.ModuleFolders())
        {
            string name = folder.Contains('/') ? folder[(folder.LastIndexOf('/') + 1)..] : folder;
            string parent = folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : string.Empty;
            bool ownRoom = rows.Any(r => r.Contains("`" + folder + "/`", StringComparison.Ordinal));
            bool inParent = parent.Length > 0 && rows.Any(r => r.Contains("`" + parent + "/`", StringComparison.Ordinal) && r.Contains("`" + name + "/", StringComparison.Ordinal));
            if (!ownRoom && !inParent)
            {
                missing.Add(folder);
            }
        }

        Assert.True(missing.Count == 0, "docs/ARCHITECTURE.md's room table lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void TheCheck_SeesTheModulesFolders() => Assert.Contains("Core/Outcome", RepositoryFiles.ModuleFolders());
}
