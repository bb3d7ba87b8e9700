using System.Net;
using SaePowerShell.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Http;

public sealed class TlsPolicyTests
{
    private sealed class FakeSetting(bool netFramework, SecurityProtocolType protocols) : ISecurityProtocolSetting
    {
        public bool IsNetFramework { get; } = netFramework;

        public SecurityProtocolType Protocols { get; set; } = protocols;

        public int Writes { get; private set; }

        SecurityProtocolType ISecurityProtocolSetting.Protocols
        {
            get => Protocols;
            set
            {
                Writes++;
                Protocols = value;
            }
        }
    }

#pragma warning disable SYSLIB0039, CS0618 // The old protocols are what Windows PowerShell 5.1 offers; the test names them on purpose.
    [Theory]
    [InlineData(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls, SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls12)]
    [InlineData(SecurityProtocolType.Tls11, SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12)]
    [InlineData(SecurityProtocolType.Tls12, SecurityProtocolType.Tls12)]
    [InlineData(SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13, SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13)]
    [InlineData((SecurityProtocolType)0, (SecurityProtocolType)0)]
    public void OnDotNetFramework_Tls12IsAdded_AndNothingIsTakenAway(SecurityProtocolType before, SecurityProtocolType after)
    {
        var setting = new FakeSetting(true, before);

        TlsPolicy.Apply(setting);

        Assert.Equal(after, setting.Protocols);
        Assert.Equal(before == after ? 0 : 1, setting.Writes);
    }

    [Fact]
    public void OnDotNet_NothingIsChanged()
    {
        var setting = new FakeSetting(false, SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls);

        TlsPolicy.Apply(setting);

        Assert.Equal(0, setting.Writes);
        Assert.False(ServicePointSetting.Instance.IsNetFramework);
    }
#pragma warning restore SYSLIB0039, CS0618
}
