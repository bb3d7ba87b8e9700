using System.Text.RegularExpressions;
using Xunit;

namespace SaePowerShell.Tests.Repository;

/// <summary>
/// Every request the module makes is built through the catalog (the generated SaeRequests, or ApiCallBuilder for an
/// API chosen at run time), so the surface checks its names, types and required parameters: no code writes one by hand.
/// </summary>
public sealed class RequestBuildersTests
{
    private static readonly Regex HandBuilt = new(@"new\s+ApiRequest\s*\(", RegexOptions.CultureInvariant);

    [Fact]
    public void NoFileButApiCallBuilder_ConstructsARequest()
    {
        string[] offenders = RepositoryFiles.ModuleSourceFiles()
            .Where(f => Path.GetFileName(f) != "ApiCallBuilder.cs" && HandBuilt.IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName).ToArray()!;

        Assert.True(offenders.Length == 0, "requests built by hand, not through SaeRequests or ApiCallBuilder: " + string.Join(", ", offenders));
    }

    [Fact]
    public void TheCheck_SeesTheOneConstruction()
    {
        string builder = File.ReadAllText(Path.Combine(RepositoryFiles.ModuleSource, "Core", "Catalog", "ApiCallBuilder.cs"));
        Assert.Matches(HandBuilt, builder);
    }
}
