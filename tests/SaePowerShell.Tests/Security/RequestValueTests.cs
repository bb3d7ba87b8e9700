using SaePowerShell.Core.Api;
using SaePowerShell.Core.Credentials;
using SaePowerShell.Core.Credentials.Sts;
using SaePowerShell.Core.Endpoints;
using SaePowerShell.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Security;

public sealed class RequestValueTests
{
    private static readonly ServiceLocation Location = new(new Uri("https://sae.cn-hangzhou.aliyuncs.com/"), "cn-hangzhou", "t", "t");
    private static readonly SaeCredential Credential = new("LTAIid", "secret", null, "test");

    private static ApiRequest ListNamed(string name) => new ApiRequest(SaeApi.ListApplications, Location).With("AppName", name);

    [Theory]
    [InlineData("web&NamespaceId=cn-hangzhou:prod")]
    [InlineData("a=b")]
    public void UnderRoa_AValueThatCouldBeReSplit_IsRefusedBeforeSigning(string value)
    {
        var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() =>
            SignedRequestFactory.Create(ListNamed(value), Credential, SaePowerShell.SaeSignatureMethod.RoaHmacSha1, DateTimeOffset.UtcNow, "n", "ua"));

        Assert.Equal("AmbiguousRoaValue", ex.ErrorId);
        Assert.Contains("AppName", ex.Message);
        Assert.Contains("Acs3HmacSha256", ex.Message);
    }

    [Fact]
    public void UnderAcs3_TheSameValue_IsSignedAsOneParameter()
    {
        using HttpRequestMessage message = SignedRequestFactory.Create(ListNamed("web&NamespaceId=x"), Credential, SaePowerShell.SaeSignatureMethod.Acs3HmacSha256, DateTimeOffset.UtcNow, "n", "ua");

        Assert.Equal("?AppName=web%26NamespaceId%3Dx", message.RequestUri!.Query);
    }

    [Fact]
    public void ALoneSurrogate_IsRefused_NotSentAsAReplacementCharacter()
    {
        // Built here, not as theory data: the test runner's serialization would itself replace a lone surrogate.
        foreach (string value in new[] { "web" + (char)0xD800, (char)0xDC00 + "web" })
        {
            var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() =>
                SignedRequestFactory.Create(ListNamed(value), Credential, SaePowerShell.SaeSignatureMethod.Acs3HmacSha256, DateTimeOffset.UtcNow, "n", "ua"));

            Assert.Equal("InvalidParameterValue", ex.ErrorId);
        }
    }

    [Fact]
    public void APairedSurrogate_IsFine() =>
        SignedRequestFactory.Create(ListNamed("web\ud83d\ude00"), Credential, SaePowerShell.SaeSignatureMethod.Acs3HmacSha256, DateTimeOffset.UtcNow, "n", "ua").Dispose();
}

public sealed class CleartextTests
{
    private sealed class Env(Dictionary<string, string> values) : IEnvironment
    {
        public string? Get(string name) => values.TryGetValue(name, out string? value) ? value : null;
    }

    private static readonly Env None = new([]);

    [Theory]
    [InlineData("http://sae.cn-shanghai.aliyuncs.com")]
    [InlineData("http://10.0.0.5:5080")]
    [InlineData("http://emulator:5080")]
    public void PlainHttpToAnotherHost_IsRefused(string endpoint)
    {
        var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() => ServiceLocator.Locate(new Uri(endpoint), "cn-shanghai", null, None));

        Assert.Equal("UnencryptedEndpoint", ex.ErrorId);
        Assert.Contains("-Endpoint", ex.Message);
        Assert.Contains("-AllowUnencryptedHttp", ex.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:5080")]
    [InlineData("https://sae.cn-shanghai.aliyuncs.com")]
    public void LoopbackHttpAndHttps_AreFine(string endpoint) =>
        Assert.Equal(new Uri(endpoint).Host, ServiceLocator.Locate(new Uri(endpoint), "cn-shanghai", null, None).Endpoint.Host);

    [Fact]
    public void TheOptIn_AllowsIt_FromTheSwitchOrTheVariable()
    {
        var endpoint = new Uri("http://emulator:5080");
        Assert.Equal("emulator", ServiceLocator.Locate(endpoint, "cn-shanghai", null, None, allowCleartext: true).Endpoint.Host);
        Assert.Equal("emulator", ServiceLocator.Locate(endpoint, "cn-shanghai", null, new Env(new() { [CleartextPolicy.Variable] = "true" })).Endpoint.Host);
    }

    [Fact]
    public void AnEndpointVariableOrASessionEndpoint_IsHeldToTheSameRule()
    {
        var fromVariable = Assert.Throws<SaePowerShell.SaeConfigurationException>(() =>
            ServiceLocator.Locate(null, "cn-shanghai", null, new Env(new() { [ServiceLocator.EndpointVariable] = "http://sae.example.test" })));
        Assert.Contains(ServiceLocator.EndpointVariable, fromVariable.Message);

        var fromSession = Assert.Throws<SaePowerShell.SaeConfigurationException>(() =>
            ServiceLocator.Locate(null, "cn-shanghai", null, None, new LocationDefaults(null, new Uri("http://sae.example.test"), null)));
        Assert.Contains("Connect-SaeAccount", fromSession.Message);
    }

    [Fact]
    public void AnStsEndpointOverPlainHttp_IsRefused_UnlessOptedIn()
    {
        var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() => StsEndpoint.Resolve(new Env(new() { [StsEndpoint.EndpointVariable] = "http://sts.aliyuncs.com" }), null, null));
        Assert.Equal("UnencryptedEndpoint", ex.ErrorId);
        Assert.Contains(StsEndpoint.EndpointVariable, ex.Message);

        Assert.Equal("http", StsEndpoint.Resolve(new Env(new() { [StsEndpoint.EndpointVariable] = "http://sts.aliyuncs.com", [CleartextPolicy.Variable] = "true" }), null, null).Scheme);
        Assert.Equal("http", StsEndpoint.Resolve(new Env(new() { [StsEndpoint.EndpointVariable] = "http://127.0.0.1:5080" }), null, null).Scheme);
    }
}
