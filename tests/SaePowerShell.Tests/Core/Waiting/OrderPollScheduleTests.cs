using SaePowerShell.Core.Waiting;
using Xunit;

namespace SaePowerShell.Tests.Core.Waiting;

public sealed class OrderPollScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static SaeChangeOrderBatch Batch(SaeChangeOrderStatus status, double seconds) =>
        new() { PipelineId = "p", Status = status, StartTime = T0, UpdateTime = T0.AddSeconds(seconds) };

    [Fact]
    public void WithoutAFinishedBatch_ThePausesGrow_UpToTheLongest()
    {
        var schedule = new OrderPollSchedule(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
        var order = new SaeChangeOrder("co");

        double[] pauses = Enumerable.Range(0, 8).Select(_ => schedule.Next(order).TotalSeconds).ToArray();

        Assert.Equal([2, 3, 4.5, 6.75, 10.125, 15, 15, 15], pauses);
    }

    [Theory]
    [InlineData(8, 8)]
    [InlineData(0.5, 2)]
    [InlineData(120, 15)]
    public void OnceABatchHasFinished_TheNextLookComesAboutOneBatchLater(double batchSeconds, double expected)
    {
        var schedule = new OrderPollSchedule(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15));
        var order = new SaeChangeOrder("co") { Batches = [Batch(SaeChangeOrderStatus.Succeeded, batchSeconds), Batch(SaeChangeOrderStatus.Executing, 0)] };

        Assert.Equal(expected, schedule.Next(order).TotalSeconds);
    }
}
