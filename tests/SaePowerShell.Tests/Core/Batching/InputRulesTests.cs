using SaePowerShell.Core.Batching;
using SaePowerShell.Core.Input;
using Xunit;

namespace SaePowerShell.Tests.Core.Batching;

public sealed class InputRulesTests
{
    [Theory]
    [InlineData("0d1e2f3a-0000-4000-8000-000000000101")]
    [InlineData("app_1.x")]
    public void AcceptsIds(string id) => Assert.Null(InputRules.AppIdProblem(id));

    [Theory]
    [InlineData(null, "null")]
    [InlineData("", "empty")]
    [InlineData("  ", "blank")]
    [InlineData("a,b", "'a,b'")]
    [InlineData("a b", "white space")]
    [InlineData("a\u0000b", "control")]
    [InlineData(" a", "white space")]
    public void RejectsIds_NamingTheProblem(string? id, string expected)
    {
        Assert.Contains(expected, InputRules.AppIdProblem(id));
    }

    [Fact]
    public void AHugeId_IsShortenedInTheMessage()
    {
        string? problem = InputRules.AppIdProblem(new string('x', 10_000_000));

        Assert.NotNull(problem);
        Assert.Contains("10000000 characters", problem);
        Assert.True(problem!.Length < 300);
    }

    [Theory]
    [InlineData("cn-hangzhou:demo")]
    [InlineData("cn-hangzhou")]
    [InlineData("ap-southeast-1:prod-2")]
    public void AcceptsNamespaceIds_RegionColonName_OrARegion(string id) => Assert.Null(InputRules.NamespaceIdProblem(id));

    [Theory]
    [InlineData("cn-hangzhou::demo", "more than one ':'")]
    [InlineData("cn-hangzhou:", "no name after its ':'")]
    [InlineData(":demo", "no region before its ':'")]
    [InlineData(":", "no region before its ':'")]
    [InlineData("demo", "does not start with a region id")]
    [InlineData("Cn-Hangzhou:demo", "does not start with a region id")]
    public void RejectsMalformedNamespaceIds_NamingTheValue(string id, string expected)
    {
        string? problem = InputRules.NamespaceIdProblem(id);

        Assert.NotNull(problem);
        Assert.Contains("'" + id + "'", problem);
        Assert.Contains(expected, problem);
        Assert.Contains("region:name", problem);
    }
}
