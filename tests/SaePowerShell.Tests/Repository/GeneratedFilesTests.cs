using SaePowerShell.Generators;
using SaePowerShell.Surface;
using Xunit;

namespace SaePowerShell.Tests.Repository;

/// <summary>
/// What the generator writes that is checked in (a source generator can only write C#, and PowerShell reads views
/// from a file): the generated views. The test writes what the generator's writer makes of the cmdlet table and
/// fails when the checked-in file differs; with SAE_WRITE_GENERATED=1 it rewrites the file instead.
/// </summary>
public class GeneratedFilesTests
{
    private static string TableText => File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "sae-cmdlets.json"));

    [Fact]
    public void TheGeneratedViews_AreWhatTheTableSays()
    {
        string path = Path.Combine(RepositoryFiles.Root, "module", "SaePowerShell", ViewWriter.FileName);
        string expected = ViewWriter.Views(ViewSpec.Parse(TableText), CmdletSpec.Parse(TableText));
        if (Environment.GetEnvironmentVariable("SAE_WRITE_GENERATED") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), path + " is missing; run the tests once with SAE_WRITE_GENERATED=1.");
        Assert.True(expected == File.ReadAllText(path).Replace("\r\n", "\n"), ViewWriter.FileName + " is stale: data/sae-cmdlets.json says otherwise. Run the tests once with SAE_WRITE_GENERATED=1 and commit the file.");
    }

    [Fact]
    public void TheTable_AgreesWithTheSurface()
    {
        SurfaceDocument surface = SurfaceDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "sae-api-surface.json")));
        Assert.Empty(CmdletWriter.Check(CmdletSpec.Parse(TableText), surface));
    }

    [Fact]
    public void TheChecks_NameTheEntry_ThatNamesAnApiTheSurfaceLacks()
    {
        SurfaceDocument surface = SurfaceDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "sae-api-surface.json")));
        IReadOnlyList<CmdletSpec> table = CmdletSpec.Parse("""{"cmdlets":[{"cmdlet":"Get-SaeThing","apis":["DescribeThing"],"parameters":[{"name":"X","wire":"DescribeThing.X","description":"x"}]}]}""");

        IReadOnlyList<string> problems = CmdletWriter.Check(table, surface);

        Assert.Contains("Get-SaeThing: 'DescribeThing' is not an API of the official surface.", problems);
        Assert.Contains("Get-SaeThing -X: 'DescribeThing.X' is not a parameter of one of its APIs (Api.Parameter).", problems);
    }

    [Fact]
    public void AnEntryWithoutParameters_IsABuildError_SinceNoDeclarationIsHandWritten()
    {
        SurfaceDocument surface = SurfaceDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "sae-api-surface.json")));

        IReadOnlyList<string> problems = CmdletWriter.Check(CmdletSpec.Parse("""{"cmdlets":[{"cmdlet":"Get-SaeThing","apis":["DescribeConfigMap"]}]}"""), surface);

        Assert.Equal(["Get-SaeThing has no 'parameters': every cmdlet's declaration is generated from its entry."], problems);
    }

    [Fact]
    public void TheRecords_ReadOnlyFieldsTheSurfaceAnswers_AndAWrongOneIsNamed()
    {
        SurfaceDocument surface = SurfaceDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "sae-api-surface.json")));
        Assert.Empty(RecordWriter.Check(RecordSpec.Parse(TableText), surface));

        IReadOnlyList<string> problems = RecordWriter.Check(RecordSpec.Parse("""{"records":{"SaeThing":{"from":"DescribeConfigMap","summary":"s","properties":[{"name":"Colour","summary":"c"}]}}}"""), surface);

        Assert.Single(problems);
        Assert.StartsWith("record SaeThing.Colour: DescribeConfigMap.Data has no field Colour. It has: ConfigMapId, CreateTime, Data,", problems[0]);
    }

    [Fact]
    public void ARecord_IsTypedFromTheSurface()
    {
        SurfaceDocument surface = SurfaceDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "sae-api-surface.json")));
        RecordSpec record = RecordSpec.Parse(TableText).Single(r => r.Type == "SaeConfigMap");

        string code = RecordWriter.Record(record, surface);

        Assert.Contains("public long ConfigMapId { get; set; }", code);
        Assert.Contains("public IReadOnlyDictionary<string, string> Data { get; set; }", code);
        Assert.Contains("public IReadOnlyList<SaeConfigMapUser> RelateApps { get; set; }", code);
        Assert.Contains("public DateTimeOffset? UpdateTime { get; set; }", code);
    }

    [Fact]
    public void TrailingGroups_FollowTheCmdletsOwnParameters_AndASetMayBindByPropertyNameAlone()
    {
        // What a former base class declared comes after the cmdlet's own parameters, so help lists its targets first.
        CmdletSpec cmdlet = CmdletSpec.Parse("""
            {"parameterGroups":{"first":[{"name":"A","type":"string","description":"a"}],"last":[{"name":"Z","type":"System.Collections.Hashtable","validateNotNull":true,"description":"z"}]},
             "cmdlets":[{"cmdlet":"Get-SaeThing","apis":[],"groups":["first"],"trailingGroups":["last"],
               "parameters":[{"name":"M","type":"string","description":"m","sets":{"ById":{"mandatory":true},"Piped":{"byPropertyName":true}}}]}]}
            """).Single();

        string code = CmdletWriter.Cmdlet(cmdlet, SurfaceDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "data", "sae-api-surface.json"))));

        Assert.Equal(["A", "M", "Z"], cmdlet.AllParameters.Select(p => p.Name));
        Assert.Contains("[Parameter(ParameterSetName = \"ById\", Mandatory = true)]\n", code.Replace("\r\n", "\n"));
        Assert.Contains("[Parameter(ParameterSetName = \"Piped\", ValueFromPipelineByPropertyName = true)]\n", code.Replace("\r\n", "\n"));
        Assert.Contains("[ValidateNotNull]\n    public System.Collections.Hashtable? Z", code.Replace("\r\n", "\n"));
    }

    [Fact]
    public void AParameterDeclaredTwice_ByAGroupAndTheCmdlet_IsAnErrorNamingIt()
    {
        FormatException problem = Assert.Throws<FormatException>(() => CmdletSpec.Parse("""
            {"parameterGroups":{"change":[{"name":"Wait","type":"SwitchParameter","description":"w"}]},
             "cmdlets":[{"cmdlet":"Get-SaeThing","apis":[],"trailingGroups":["change"],"parameters":[{"name":"wait","type":"SwitchParameter","description":"w"}]}]}
            """));

        Assert.Equal("Get-SaeThing: -wait is declared twice (by its groups or its own parameters).", problem.Message);
    }
}
