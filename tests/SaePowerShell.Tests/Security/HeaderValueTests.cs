using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sources;
using SaePowerShell.Core.Errors;
using Xunit;

namespace SaePowerShell.Tests.Security;

/// <summary>Values that go into headers are checked as they are read, whatever their source; the error names the source, never the value.</summary>
public sealed class HeaderValueTests
{
    [Theory]
    [InlineData("CAIS\r\n\r\nDELETE /smuggled-request HTTP/1.1\r\nHost: x", "a line break")]
    [InlineData("CAIS\u0000token", "a control character")]
    [InlineData("CAIS tok", "a space")]
    [InlineData("CAISté", "not printable ASCII")]
    [InlineData("CAIS\u007f", "a control character")]
    public void ATokenThatCouldBreakAHeader_IsAnErrorNamingItsSource_NotItsValue(string token, string kind)
    {
        var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() => new SaeCredential("STS.id", "secret", token, "the credentials URI http://127.0.0.1/creds"));

        Assert.Equal("InvalidCredentialValue", ex.ErrorId);
        Assert.Contains("security token from the credentials URI http://127.0.0.1/creds", ex.Message);
        Assert.Contains(kind, ex.Message);
        Assert.DoesNotContain("CAIS", ex.Message);
        Assert.DoesNotContain("smuggled", ex.Message);
    }

    [Fact]
    public void ATrailingLineBreak_IsTrimmed_AndSaid()
    {
        var credential = new SaeCredential("LTAIkey\n", "secret\r\n", "token\n", "ALIBABA_CLOUD_SECURITY_TOKEN");

        Assert.Equal(("LTAIkey", "secret", "token"), (credential.AccessKeyId, credential.Secret.Reveal(), credential.SecurityToken));
        Assert.Equal(3, credential.Notes.Count);
        Assert.All(credential.Notes, n => Assert.Contains("from ALIBABA_CLOUD_SECURITY_TOKEN", n));
        Assert.Contains(credential.Notes, n => n.Contains("security token", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAccessKeyIdWithALineBreakInside_FromTheEnvironment_IsAnErrorNamingTheVariables()
    {
        var environment = new DictionaryEnvironment(new() { ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAI\r\nX-Evil: 1", ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "s" });

        var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() => EnvironmentCredentials.FromEnvironment(environment));

        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", ex.Message);
        Assert.DoesNotContain("Evil", ex.Message);
    }

    [Theory]
    [InlineData("CAIS+TOKEN/MARKER=7f3a==")]
    [InlineData("plain-token-value")]
    public void EveryEncodingOfATokenIsRedacted(string token)
    {
        string once = Uri.EscapeDataString(token);
        string twice = Uri.EscapeDataString(once);
        string base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(token));
        string echoed = "string to sign: GET&%2F&SecurityToken%3D" + twice + " raw=" + token + " once=" + once + " lower=" + once.ToLowerInvariant() + " b64=" + base64;

        string redacted = SecretRedactor.Redact(echoed, token);

        Assert.DoesNotContain(token, redacted);
        Assert.DoesNotContain(once, redacted, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(twice, redacted, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(base64, redacted);
        Assert.Contains("***", redacted);
    }

    private sealed class DictionaryEnvironment(Dictionary<string, string> values) : IEnvironment
    {
        public string? Get(string name) => values.TryGetValue(name, out string? value) ? value : null;
    }
}
