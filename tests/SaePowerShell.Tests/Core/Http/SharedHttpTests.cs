using SaePowerShell.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.Http;

public sealed class SharedHttpTests
{
    [Fact]
    public void OnDotNet_TheHandlerTakesTheConnectTimeout_AndRenewsPooledConnections()
    {
        using HttpMessageHandler handler = SharedHttp.CreateHandler(TimeSpan.FromSeconds(7));

        var sockets = Assert.IsType<SocketsHttpHandler>(handler);
        Assert.Equal(TimeSpan.FromSeconds(7), sockets.ConnectTimeout);
        Assert.Equal(SharedHttp.PooledConnectionLifetime, sockets.PooledConnectionLifetime);
        Assert.False(sockets.AllowAutoRedirect);
        Assert.True(sockets.UseProxy);
    }

    [Theory]
    [InlineData(null, 10)]
    [InlineData("", 10)]
    [InlineData("2.5", 2.5)]
    [InlineData("60", 60)]
    public void TheConnectTimeout_ComesFromItsVariable(string? value, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), SharedHttp.ConnectTimeout(value));

    [Theory]
    [InlineData("soon")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("99999")]
    public void ABadConnectTimeout_IsAnErrorNamingIt(string value)
    {
        var ex = Assert.Throws<SaePowerShell.SaeConfigurationException>(() => SharedHttp.ConnectTimeout(value));

        Assert.Equal("InvalidConnectTimeout", ex.ErrorId);
        Assert.Contains(value, ex.Message);
    }
}
