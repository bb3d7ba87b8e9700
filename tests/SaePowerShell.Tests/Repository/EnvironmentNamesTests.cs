using System.Text.RegularExpressions;
using Xunit;

namespace SaePowerShell.Tests.Repository;

/// <summary>Every environment variable the module reads is named in SaeEnvironmentVariables, and nowhere else.</summary>
public sealed class EnvironmentNamesTests
{
    // A read of a variable by a literal name: environment.Get("X"), GetEnvironmentVariable("X").
    private static readonly Regex LiteralRead = new(@"(?:\.Get|GetEnvironmentVariable)\(\s*""(?<name>[A-Za-z_][A-Za-z0-9_]*)""", RegexOptions.CultureInvariant);

    // A name that looks like one of ours, anywhere in the code.
    private static readonly Regex OurName = new(@"""(?<name>(?:ALIBABA_?CLOUD|ALICLOUD|SAE_POWERSHELL)_[A-Z0-9_]+)""", RegexOptions.CultureInvariant);

    [Fact]
    public void NoFileButSaeEnvironmentVariables_NamesAVariableInText()
    {
        var offenders = new List<string>();
        foreach (string file in RepositoryFiles.ModuleSourceFiles().Where(f => Path.GetFileName(f) != "SaeEnvironmentVariables.cs"))
        {
            string text = File.ReadAllText(file);
            offenders.AddRange(LiteralRead.Matches(text).Concat(OurName.Matches(text)).Select(m => Path.GetFileName(file) + ": " + m.Groups["name"].Value));
        }

        Assert.True(offenders.Count == 0, "read by name outside SaeEnvironmentVariables: " + string.Join(", ", offenders.Distinct()));
    }

    [Fact]
    public void TheCheck_FindsTheNamesWhereTheyAreWritten()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryFiles.ModuleSource, "Model", "SaeEnvironmentVariables.cs"));
        Assert.Contains(OurName.Matches(text), m => m.Groups["name"].Value == SaeEnvironmentVariables.SdkProfile);
        Assert.Contains(SaeEnvironmentVariables.All, v => v.Name == "ALIBABACLOUD_PROFILE");
    }
}
