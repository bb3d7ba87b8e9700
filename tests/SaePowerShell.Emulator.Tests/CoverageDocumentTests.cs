using System.Text.Json;
using SaePowerShell.Emulator.Api;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// docs/emulator-coverage.md is generated: every API of the official surface, emulated or not, with its state effects,
/// what drives it and its known differences from SAE. The test writes what the emulator's table makes of it and fails
/// when the checked-in file differs; with SAE_WRITE_GENERATED=1 it rewrites the file instead.
/// </summary>
public sealed class CoverageDocumentTests
{
    private static readonly string Root = RepositoryRoot();

    private static string DocumentPath => Path.Combine(Root, "docs", "emulator-coverage.md");

    [Fact]
    public void TheCoverageDocument_IsWhatTheHandlerTableSays()
    {
        string expected = EmulatorCoverage.Markdown(CmdletsByApi());
        if (Environment.GetEnvironmentVariable("SAE_WRITE_GENERATED") == "1")
        {
            File.WriteAllText(DocumentPath, expected);
        }

        Assert.True(File.Exists(DocumentPath), DocumentPath + " is missing; run the emulator tests once with SAE_WRITE_GENERATED=1.");
        Assert.True(
            expected == File.ReadAllText(DocumentPath).Replace("\r\n", "\n"),
            "docs/emulator-coverage.md is stale: the emulator's handler table or its coverage lines say otherwise. Run the emulator tests once with SAE_WRITE_GENERATED=1 and commit the file.");
    }

    [Fact]
    public void ItListsEveryOfficialApi_OnceEach_AndMarksTheEmulatedOnes()
    {
        using JsonDocument surface = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "data", "sae-api-surface.json")));
        string[] official = Apis(surface.RootElement).ToArray();
        string[] rows = EmulatorCoverage.Markdown(CmdletsByApi()).Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToArray();

        Assert.Equal(152, official.Length);
        Assert.Equal(official, rows.Select(r => r.Split(" | ")[0][2..]));
        string[] emulated = rows.Where(r => r.Split(" | ")[2] == "yes").Select(r => r.Split(" | ")[0][2..]).ToArray();
        Assert.Contains("BatchStartApplications", emulated);
        Assert.Contains("DeployApplication", emulated);
        Assert.DoesNotContain("ListJobs", emulated);
        Assert.All(rows.Where(r => r.Split(" | ")[2] == "yes"), r => Assert.Contains(EmulatorCoverage.NoOfficialClient, r, StringComparison.Ordinal));
        Assert.Contains("`Start-SaeApplication`", rows.Single(r => r.StartsWith("| BatchStartApplications |", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    /// <summary>The surface file's API names in its order, whatever its layout (an array of APIs, or one under "apis").</summary>
    private static IEnumerable<string> Apis(JsonElement root)
    {
        JsonElement list = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("apis");
        return list.ValueKind == JsonValueKind.Object
            ? list.EnumerateObject().Select(p => p.Name)
            : list.EnumerateArray().Select(a => a.GetProperty("name").GetString()!);
    }

    private static Dictionary<string, IReadOnlyList<string>> CmdletsByApi()
    {
        using JsonDocument table = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "data", "sae-cmdlets.json")));
        return table.RootElement.GetProperty("cmdlets").EnumerateArray()
            .SelectMany(c => c.GetProperty("apis").EnumerateArray().Select(api => (Api: api.GetString()!, Cmdlet: c.GetProperty("cmdlet").GetString()!)))
            .GroupBy(p => p.Api, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Cmdlet).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "data", "sae-api-surface.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (data/sae-api-surface.json) was not found above " + AppContext.BaseDirectory);
    }
}
