using SaePowerShell.Core.Waiting;
using Xunit;

namespace SaePowerShell.Tests.Core.Waiting;

public sealed class PollScheduleTests
{
    [Fact]
    public void StartsShort_GrowsByHalf_AndStopsAtTheMaximum()
    {
        var schedule = new PollSchedule(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));

        double[] waits = Enumerable.Range(0, 5).Select(_ => schedule.Next(1).TotalSeconds).ToArray();

        Assert.Equal([2, 3, 4.5, 5, 5], waits);
    }

    [Fact]
    public void NeverPollsFasterThanTheQuotaAllows()
    {
        var schedule = new PollSchedule(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(15));

        // 30 change orders polled in a round: the next round waits at least 29 s, about one call a second.
        Assert.Equal(29, schedule.Next(30).TotalSeconds);
    }
}
