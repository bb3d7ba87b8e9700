using SaePowerShell.Core.Planning;
using Xunit;

namespace SaePowerShell.Tests.Core.Planning;

/// <summary>No false drift: what counts as the same configuration value.</summary>
public sealed class FieldComparisonTests
{
    [Theory]
    [InlineData("{\"a\":1,\"b\":{\"c\":true}}", "{ \"b\": { \"c\": true }, \"a\": 1 }")]
    [InlineData("[{\"name\":\"B\",\"value\":\"2\"},{\"name\":\"A\",\"value\":\"1\"}]", "[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"2\"}]")]
    [InlineData("", null)]
    [InlineData("[]", null)]
    [InlineData("{}", "")]
    [InlineData("  text ", "text")]
    public void TheseAreTheSame(string? a, string? b) => Assert.True(FieldComparison.Same(a, b));

    [Theory]
    [InlineData("{\"a\":1}", "{\"a\":2}")]
    [InlineData("[\"x\",\"y\"]", "[\"y\",\"x\"]")]
    [InlineData("sg-1", "sg-2")]
    [InlineData("", "x")]
    public void TheseDiffer(string? a, string? b) => Assert.False(FieldComparison.Same(a, b));

    [Fact]
    public void NumbersAndFlags_CompareByValue_WhateverTheirType()
    {
        Assert.True(FieldComparison.Same(2, "2"));
        Assert.True(FieldComparison.Same(2L, 2));
        Assert.True(FieldComparison.Same(true, "true"));
        Assert.True(FieldComparison.Same(new Dictionary<string, object?> { ["port"] = 8080 }, "{\"port\":\"8080\"}"));
        Assert.False(FieldComparison.Same(2, 3));
    }
}
