using SaePowerShell.Emulator.Hosting;
using Xunit;

namespace SaePowerShell.Tests.Emulator;

/// <summary>
/// The check the emulator makes on the addresses its server reports after starting. Nothing is bound here: the
/// addresses are only strings, so no test ever makes the emulator listen off loopback.
/// </summary>
public sealed class LoopbackBindingTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://192.168.1.20:5000")]
    [InlineData("http://example.com:5000")]
    [InlineData("http://+:5000")]
    [InlineData("not a url")]
    public void AnAddressOffLoopback_IsReported(string address)
    {
        Assert.Equal(address, LoopbackBinding.FirstNonLoopback(["http://127.0.0.1:5001", address]));
    }

    [Fact]
    public void LoopbackAddresses_PassTheCheck()
    {
        Assert.Null(LoopbackBinding.FirstNonLoopback(["http://127.0.0.1:5000", "http://127.0.0.2:5000", "http://[::1]:5000", "http://localhost:5000", "https://127.0.0.1:5443"]));
    }
}
