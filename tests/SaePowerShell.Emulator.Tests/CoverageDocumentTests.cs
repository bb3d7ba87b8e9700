using System.Text.Json;
using System.Text.RegularExpressions;
using SaePowerShell.Emulator.Api;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// docs/emulator-coverage.md is generated: every API of the official surface, emulated or not, with its state effects,
/// what drives it and its known differences from SAE. The test writes what the emulator's table makes of it and fails
/// when the checked-in file differs; with SAE_WRITE_GENERATED=1 it rewrites the file instead. What the official Node
/// client drives comes from tests/OfficialClient (the apis.json that drive-emulator.js also reads, and the package's
/// version from package.json and its lock), and the official client must drive every emulated API.
/// </summary>
public sealed class CoverageDocumentTests
{
    private static readonly string Root = RepositoryRoot();

    private static string DocumentPath => Path.Combine(Root, "docs", "emulator-coverage.md");

    [Fact]
    public void TheCoverageDocument_IsWhatTheHandlerTableSays()
    {
        string expected = EmulatorCoverage.Markdown(CmdletsByApi(), OfficialClient());
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
        string[] rows = EmulatorCoverage.Markdown(CmdletsByApi(), OfficialClient()).Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).ToArray();

        Assert.Equal(152, official.Length);
        Assert.Equal(official, rows.Select(r => r.Split(" | ")[0][2..]));
        string[] emulated = rows.Where(r => r.Split(" | ")[2] == "yes").Select(r => r.Split(" | ")[0][2..]).ToArray();
        Assert.Contains("BatchStartApplications", emulated);
        Assert.Contains("DeployApplication", emulated);
        Assert.Contains("ExecJob", emulated);
        Assert.DoesNotContain("ListAllSwimmingLaneGroups", emulated);
        Assert.All(rows.Where(r => r.Split(" | ")[2] == "yes"), r => Assert.Contains(EmulatorCoverage.OfficialNodeClient + " (@alicloud/openapi-core ", r.Split(" | ")[4], StringComparison.Ordinal));
        Assert.All(rows.Where(r => r.Split(" | ")[2] == "no"), r => Assert.Equal("—", r.Split(" | ")[4]));
        Assert.Contains("`Start-SaeApplication`", rows.Single(r => r.StartsWith("| BatchStartApplications |", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheOfficialNodeClient_DrivesEveryEmulatedApi_WithAStepEach()
    {
        string[] emulated = EmulatorCoverage.Markdown(CmdletsByApi(), new OfficialClientDrive("none", new HashSet<string>())).Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).Select(r => r.Split(" | "))
            .Where(cells => cells[2] == "yes").Select(cells => cells[0][2..]).Order(StringComparer.Ordinal).ToArray();
        string[] listed = ListedApis().Order(StringComparer.Ordinal).ToArray();
        string[] steps = Regex.Matches(File.ReadAllText(Path.Combine(Root, "tests", "OfficialClient", "drive-emulator.js")), @"^  \['(\w+)', ", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToArray();

        Assert.True(
            emulated.SequenceEqual(listed),
            "tests/OfficialClient/apis.json must list every emulated API and no other: missing " + string.Join(", ", emulated.Except(listed))
            + "; not emulated " + string.Join(", ", listed.Except(emulated)) + ". Add the API's name there and a step that calls it to drive-emulator.js.");
        Assert.True(
            listed.SequenceEqual(steps),
            "tests/OfficialClient/drive-emulator.js must have one step per API of apis.json: without a step " + string.Join(", ", listed.Except(steps))
            + "; not listed " + string.Join(", ", steps.Except(listed)) + ".");
        Assert.Equal(listed.Length, listed.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The client and the APIs it drives, from tests/OfficialClient: apis.json, and the pinned version of
    /// @alicloud/openapi-core in package.json, which its package-lock.json must install.</summary>
    private static OfficialClientDrive OfficialClient()
    {
        const string Package = "@alicloud/openapi-core";
        string folder = Path.Combine(Root, "tests", "OfficialClient");
        using JsonDocument package = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package.json")));
        using JsonDocument lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package-lock.json")));
        string version = package.RootElement.GetProperty("dependencies").GetProperty(Package).GetString()!;
        string locked = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/" + Package).GetProperty("version").GetString()!;
        Assert.True(version == locked, $"tests/OfficialClient/package.json pins {Package} {version}, its package-lock.json installs {locked}; run npm install --package-lock-only there.");
        return new OfficialClientDrive($"{Package} {version}", ListedApis().ToHashSet(StringComparer.Ordinal));
    }

    private static IEnumerable<string> ListedApis()
    {
        using JsonDocument apis = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "tests", "OfficialClient", "apis.json")));
        return apis.RootElement.GetProperty("apis").EnumerateArray().Select(a => a.GetString()!).ToArray();
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
