using SaePowerShell.Emulator;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>The command-line options of the credential stand-ins: --oidc-token, --sts-duration-cap-seconds, --imds-v2-only.</summary>
public sealed class CredentialOptionsTests
{
    [Fact]
    public void Defaults_AcceptOnlyTheDefaultOidcToken_NoCap_AndImdsV1()
    {
        EmulatorOptions options = EmulatorOptions.Parse([]);

        Assert.Equal(["emulator-oidc-token"], options.AcceptedOidcTokens);
        Assert.Null(options.StsDurationCapSeconds);
        Assert.False(options.ImdsV2Only);
    }

    [Fact]
    public void OidcToken_IsRepeatable_AndAddsToTheDefault()
    {
        EmulatorOptions options = EmulatorOptions.Parse(["--oidc-token", "one", "--oidc-token=two"]);

        Assert.Equal(["emulator-oidc-token", "one", "two"], options.AcceptedOidcTokens);
    }

    [Fact]
    public void ImdsV2Only_IsASwitch_ThatDoesNotTakeTheNextArgument()
    {
        EmulatorOptions options = EmulatorOptions.Parse(["--imds-v2-only", "--sts-duration-cap-seconds", "30"]);

        Assert.True(options.ImdsV2Only);
        Assert.Equal(30, options.StsDurationCapSeconds);
    }

    [Theory]
    [InlineData("--sts-duration-cap-seconds", "0")]
    [InlineData("--sts-duration-cap-seconds", "-5")]
    [InlineData("--sts-duration-cap-seconds", "ten")]
    [InlineData("--oidc-token", "")]
    public void BadValues_AreRefused(string name, string value)
    {
        Assert.Throws<EmulatorOptionsException>(() => EmulatorOptions.Parse([name, value]));
    }

    [Fact]
    public void AnOidcTokenWithoutValue_IsRefused()
    {
        Assert.Throws<EmulatorOptionsException>(() => EmulatorOptions.Parse(["--oidc-token"]));
    }

    [Fact]
    public void Usage_NamesTheNewOptions()
    {
        Assert.Contains("--oidc-token", EmulatorOptions.Usage);
        Assert.Contains("--sts-duration-cap-seconds", EmulatorOptions.Usage);
        Assert.Contains("--imds-v2-only", EmulatorOptions.Usage);
    }
}
