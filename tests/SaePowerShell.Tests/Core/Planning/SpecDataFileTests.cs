using System.Collections;
using System.Management.Automation.Language;
using SaePowerShell.Core.Planning;
using Xunit;

namespace SaePowerShell.Tests.Core.Planning;

/// <summary>Specs as PowerShell data files: literals only, read back by PowerShell's own safe parser to the same spec.</summary>
public sealed class SpecDataFileTests
{
    private static SaeApplicationSpec Spec(string name) => new()
    {
        AppName = name,
        NamespaceId = "cn-hangzhou:demo",
        Configuration = { ["Replicas"] = 2, ["AppDescription"] = "it's the web tier", ["Liveness"] = new Dictionary<string, object?> { ["httpGet"] = new Dictionary<string, object?> { ["port"] = 8080 } }, ["IsStateful"] = false },
        Tags = { ["env"] = "dev" },
    };

    [Fact]
    public void SeveralSpecs_AreOneHashtableOfApplications_ThatPowerShellReadsBackToTheSameJson()
    {
        SaeApplicationSpec[] specs = [Spec("web"), Spec("api")];
        string text = SpecDataFile.Write(specs);

        ScriptBlockAst parsed = Parser.ParseInput(text, out _, out ParseError[] errors);
        Assert.Empty(errors);
        var data = (Hashtable)((HashtableAst)parsed.Find(a => a is HashtableAst, false)!).SafeGetValue();

        Assert.Contains("'AppDescription' = 'it''s the web tier'", text);
        Assert.Contains("'IsStateful' = $false", text);
        (SaeApplicationSpec? Spec, SaeConfigurationException? Error)[] read = [.. ApplicationSpecs.Read(SpecDataFile.ToJson(Plain(data)), "demo.psd1")];
        Assert.Equal(["web", "api"], read.Select(r => r.Spec!.AppName));
        Assert.Equal(ApplicationSpecs.ToJson(specs), ApplicationSpecs.ToJson([.. read.Select(r => r.Spec!)]));
    }

    private static object? Plain(object? value) => value switch
    {
        Hashtable table => table.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => Plain(table[k])),
        object[] list => list.Select(Plain).ToList(),
        _ => value,
    };
}
