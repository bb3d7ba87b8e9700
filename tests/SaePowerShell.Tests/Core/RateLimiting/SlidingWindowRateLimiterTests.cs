using SaePowerShell;
using SaePowerShell.Core.RateLimiting;
using SaePowerShell.Tests.Core.Http;
using Xunit;

namespace SaePowerShell.Tests.Core.RateLimiting;

public sealed class SlidingWindowRateLimiterTests
{
    [Fact]
    public void LetsThePermitsThrough_ThenSpacesCallsAWindowApart()
    {
        var clock = new FakeClock();
        var limiter = new SlidingWindowRateLimiter(3, TimeSpan.FromSeconds(60), clock);

        double[] waits = Enumerable.Range(0, 7).Select(_ => limiter.Reserve().TotalSeconds).ToArray();

        Assert.Equal([0, 0, 0, 60, 60, 60, 120], waits);
    }

    [Fact]
    public void FreesSlots_AsTimePasses()
    {
        var clock = new FakeClock();
        var limiter = new SlidingWindowRateLimiter(2, TimeSpan.FromSeconds(10), clock);
        limiter.Reserve();
        clock.UtcNow += TimeSpan.FromSeconds(4);
        limiter.Reserve();

        clock.UtcNow += TimeSpan.FromSeconds(7);

        Assert.Equal(TimeSpan.Zero, limiter.Reserve());
        Assert.Equal(TimeSpan.FromSeconds(3), limiter.Reserve());
    }

    [Fact]
    public async Task IsExact_UnderConcurrency()
    {
        var clock = new FakeClock();
        var limiter = new SlidingWindowRateLimiter(55, TimeSpan.FromSeconds(60), clock);
        DateTimeOffset start = clock.UtcNow;

        // 16 threads reserve 1,000 slots at the same instant; every grant is when that call may go.
        DateTimeOffset[][] grants = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 1000 / 16 + 1).Select(__ => start + limiter.Reserve()).ToArray())));

        DateTimeOffset[] all = grants.SelectMany(g => g).Order().ToArray();
        for (int i = 55; i < all.Length; i++)
        {
            Assert.True(all[i] - all[i - 55] >= TimeSpan.FromSeconds(60), $"calls {i - 55} and {i} are in the same minute");
        }

        // And no slower than it must be: 55 a minute.
        Assert.Equal(TimeSpan.FromSeconds(60 * ((all.Length - 1) / 55)), all[^1] - start);
    }

    [Theory]
    [InlineData(null, 55, 60)]
    [InlineData("120/60", 120, 60)]
    [InlineData(" 5/2.5 ", 5, 2.5)]
    [InlineData("1/0.001", 1, 0.001)]   // the shortest window
    [InlineData("1/86400", 1, 86400)]   // the longest: a day
    public void ParsesTheSetting(string? value, int permits, double seconds)
    {
        var setting = RateLimits.Parse(value);

        Assert.Equal((permits, TimeSpan.FromSeconds(seconds)), setting!.Value);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    [InlineData("0")]
    public void CanBeTurnedOff(string value) => Assert.Null(RateLimits.Parse(value));

    [Theory]
    [InlineData("fast")]
    [InlineData("60")]
    [InlineData("0/60")]
    [InlineData("-1/60")]
    [InlineData("60/0")]
    [InlineData("1/0.0009")]          // just short of the shortest window
    [InlineData("1/86400.001")]       // just past a day
    [InlineData("1/1e300")]           // was an OverflowException from every cmdlet
    [InlineData("1/Infinity")]
    [InlineData("1/NaN")]
    [InlineData("2147483648/60")]     // more calls than an int holds
    public void AMalformedSetting_IsAnErrorNamingIt(string value)
    {
        var ex = Assert.Throws<SaeConfigurationException>(() => RateLimits.Parse(value));

        Assert.Equal("InvalidRateLimit", ex.ErrorId);
        Assert.Contains(value, ex.Message);
    }
}
