using SaePowerShell;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Endpoints;
using Xunit;

namespace SaePowerShell.Tests.Core.Endpoints;

internal sealed class FakeEnvironment(Dictionary<string, string>? values = null) : IEnvironment
{
    public string? Get(string name) => values != null && values.TryGetValue(name, out string? v) ? v : null;
}

public sealed class ServiceLocatorTests
{
    [Theory]
    [InlineData("cn-shanghai:prod", "cn-shanghai")]
    [InlineData("cn-shanghai", "cn-shanghai")]
    [InlineData("ap-southeast-1:x", "ap-southeast-1")]
    [InlineData("weird", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void RegionFromNamespaceId(string? namespaceId, string? region) => Assert.Equal(region, RegionIds.FromNamespaceId(namespaceId));

    [Fact]
    public void RegionalEndpoint_FromTheNamespace()
    {
        ServiceLocation location = ServiceLocator.Locate(null, null, "cn-shanghai:prod", new FakeEnvironment());

        Assert.Equal(new Uri("https://sae.cn-shanghai.aliyuncs.com/"), location.Endpoint);
        Assert.Equal("cn-shanghai", location.RegionId);
    }

    [Fact]
    public void ExplicitRegion_WinsOverTheNamespace_AndTheEnvironment()
    {
        var environment = new FakeEnvironment(new() { ["ALIBABA_CLOUD_REGION_ID"] = "cn-beijing" });

        Assert.Equal("cn-hangzhou", ServiceLocator.Locate(null, "cn-hangzhou", "cn-shanghai:prod", environment).RegionId);
        Assert.Equal("cn-shanghai", ServiceLocator.Locate(null, null, "cn-shanghai:prod", environment).RegionId);
        Assert.Equal("cn-beijing", ServiceLocator.Locate(null, null, null, environment).RegionId);
    }

    [Fact]
    public void EndpointOverride_FromParameter_ThenEnvironment()
    {
        var environment = new FakeEnvironment(new() { ["ALIBABA_CLOUD_SAE_ENDPOINT"] = "http://127.0.0.1:9999" });

        Assert.Equal(new Uri("http://127.0.0.1:5080/"), ServiceLocator.Locate(new Uri("http://127.0.0.1:5080/some/path"), null, null, environment).Endpoint);
        Assert.Equal(new Uri("http://127.0.0.1:9999/"), ServiceLocator.Locate(null, null, null, environment).Endpoint);
    }

    [Fact]
    public void NoRegion_SaysHowToSetOne()
    {
        var ex = Assert.Throws<SaeConfigurationException>(() => ServiceLocator.Locate(null, null, null, new FakeEnvironment()));

        Assert.Equal("NoRegion", ex.ErrorId);
        Assert.Contains("-RegionId", ex.Message);
        Assert.Contains("ALIBABA_CLOUD_REGION_ID", ex.Message);
        Assert.Contains("this call", ex.Message);
    }

    [Theory]
    [InlineData("weird")]
    [InlineData("cn-hangzhou::demo")]
    [InlineData("cn-hangzhou:")]
    [InlineData(":demo")]
    public void AMalformedNamespaceId_IsRefusedBeforeAnyCall_NamingTheValue(string namespaceId)
    {
        var ex = Assert.Throws<SaeConfigurationException>(() => ServiceLocator.Locate(null, "cn-hangzhou", namespaceId, new FakeEnvironment()));

        Assert.Equal("InvalidNamespaceId", ex.ErrorId);
        Assert.Equal(SaeErrorCategory.InvalidArgument, ex.Category);
        Assert.Contains("'" + namespaceId + "'", ex.Message);
    }

    [Theory]
    [InlineData("CN HANGZHOU")]
    [InlineData("cn-hangzhou.evil.com/x")]
    public void MalformedRegion_IsRefused_NotPutIntoAHostName(string region)
    {
        var ex = Assert.Throws<SaeConfigurationException>(() => ServiceLocator.Locate(null, region, null, new FakeEnvironment()));
        Assert.Equal("InvalidRegion", ex.ErrorId);
    }

    [Fact]
    public void NonHttpEndpoint_IsRefused()
    {
        Assert.Equal("InvalidEndpoint", Assert.Throws<SaeConfigurationException>(() => ServiceLocator.Locate(new Uri("ftp://x/"), null, null, new FakeEnvironment())).ErrorId);
        var environment = new FakeEnvironment(new() { ["ALIBABA_CLOUD_SAE_ENDPOINT"] = "not a uri" });
        Assert.Equal("InvalidEndpoint", Assert.Throws<SaeConfigurationException>(() => ServiceLocator.Locate(null, null, null, environment)).ErrorId);
    }
}

public sealed class CredentialResolverTests
{
    // FakeEnvironment has no HOME, so the chain reads no profile file after the environment.
    private static SaeCredential Credential(ChosenCredential found) => found.Source.GetAsync(CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public void Explicit_WinsOverTheEnvironment()
    {
        var environment = new FakeEnvironment(new() { ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "env-id", ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret" });

        Assert.Equal("explicit", Credential(CredentialChain.Resolve(new ExplicitCredentials(new SaeCredential("explicit", "s", null, "-Credential"), null), null, environment)).AccessKeyId);
    }

    [Fact]
    public void Environment_WithSecurityToken()
    {
        var environment = new FakeEnvironment(new()
        {
            ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "STS.id", ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "secret", ["ALIBABA_CLOUD_SECURITY_TOKEN"] = "token",
        });

        SaeCredential credential = Credential(CredentialChain.Resolve(ExplicitCredentials.None, null, environment));

        Assert.Equal(("STS.id", "secret", "token"), (credential.AccessKeyId, credential.Secret.Reveal(), credential.SecurityToken));
        Assert.Contains("ALIBABA_CLOUD_SECURITY_TOKEN", credential.Source);
    }

    [Fact]
    public void None_IsAClearError()
    {
        var ex = Assert.Throws<SaeConfigurationException>(() => CredentialChain.Resolve(ExplicitCredentials.None, null, new FakeEnvironment()));

        Assert.Equal("NoCredentials", ex.ErrorId);
        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", ex.Message);
        Assert.Contains("-Credential", ex.Message);
    }

    [Fact]
    public void HalfAPair_IsAClearError()
    {
        var ex = Assert.Throws<SaeConfigurationException>(() => CredentialChain.Resolve(ExplicitCredentials.None, null, new FakeEnvironment(new() { ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "id" })));

        Assert.Equal("IncompleteCredentials", ex.ErrorId);
    }

    [Fact]
    public void ToString_NeverShowsTheSecretOrToken()
    {
        var credential = new SaeCredential("LTAI5tAbcdefghijKLMN", "the-secret", "the-token", "somewhere");

        Assert.DoesNotContain("the-secret", credential.ToString());
        Assert.DoesNotContain("the-token", credential.ToString());
        Assert.DoesNotContain("LTAI5tAbcdefghijKLMN", credential.ToString());
        Assert.StartsWith("LTAI", credential.ToString());
    }
}
