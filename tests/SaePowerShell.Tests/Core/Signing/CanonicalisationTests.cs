using SaePowerShell.Core.Signing;
using Xunit;

namespace SaePowerShell.Tests.Core.Signing;

public sealed class CanonicalisationTests
{
    [Theory]
    [InlineData("abcXYZ019-_.~", "abcXYZ019-_.~")]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("*", "%2A")]
    [InlineData("!'()", "%21%27%28%29")]
    [InlineData("cn-shanghai:prod", "cn-shanghai%3Aprod")]
    [InlineData("a,b", "a%2Cb")]
    [InlineData("/?#[]@$&=;", "%2F%3F%23%5B%5D%40%24%26%3D%3B")]
    [InlineData("é", "%C3%A9")]
    [InlineData("中", "%E4%B8%AD")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("", "")]
    public void PercentEncoding_FollowsRfc3986(string value, string expected)
    {
        Assert.Equal(expected, PercentEncoding.Encode(value));
    }

    [Fact]
    public void Query_IsSortedByOrdinalKey_NotByCulture()
    {
        // Ordinal order puts upper case before lower case; a culture-aware sort would interleave them.
        var request = new SignableRequest("GET", "/p", [new("b", "2"), new("A", "1"), new("a", "3"), new("B", "4")], []);

        Assert.Equal("A=1&B=4&a=3&b=2", Acs3HmacSha256Signature.CanonicalQueryString(request.Query));
    }

    [Fact]
    public void Roa_Resource_KeepsValuesRaw_WhileV3_EncodesThem()
    {
        var request = new SignableRequest("GET", "/p", [new("AppIds", "a,b c")], []);

        Assert.EndsWith("/p?AppIds=a,b c", RoaHmacSha1Signature.StringToSign(request));
        Assert.Equal("AppIds=a%2Cb%20c", Acs3HmacSha256Signature.CanonicalQueryString(request.Query));
    }

    [Fact]
    public void Headers_AreLowerCased_Trimmed_AndRepeatedNamesJoined()
    {
        var request = new SignableRequest("get", "/p", [], [new("X-Acs-Foo", "  one "), new("x-acs-foo", "two"), new("Host", "h")]);
        var names = Acs3HmacSha256Signature.SignableHeaderNames(request);

        Assert.Equal(["host", "x-acs-foo"], names);
        Assert.Contains("x-acs-foo:one ,two\n", Acs3HmacSha256Signature.CanonicalRequest(request, names, "h"));
        Assert.StartsWith("GET\n", Acs3HmacSha256Signature.CanonicalRequest(request, names, "h"));
    }

    [Fact]
    public void Roa_NormalisesControlCharactersInHeaderValues()
    {
        var request = new SignableRequest("GET", "/p", [], [new("x-acs-a", "\tx\ny\r")]);

        Assert.Contains("x-acs-a:x y\n", RoaHmacSha1Signature.StringToSign(request));
    }

    [Fact]
    public void AcceptAndUserAgent_AreNotSigned_InV3()
    {
        var request = new SignableRequest("GET", "/p", [], [new("accept", "application/json"), new("user-agent", "x"), new("authorization", "y"), new("host", "h")]);

        Assert.Equal(["host"], Acs3HmacSha256Signature.SignableHeaderNames(request));
    }
}
